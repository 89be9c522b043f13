/**
 * Questions residents typed at the main menu of the web chat, answered in their language
 * (the faqwords walk): the "sementara"/provisional mark on a status explained, "only 2 groups"
 * in English given the minimum, and questions about registering answered with 📝 offered
 * instead of starting the registration, which "daftar kelompok" and "register my group" still do.
 */
import { describe, expect, it } from 'vitest';
import { CONSENT_AGREE_BUTTON, allText, buttonIds } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

const REGISTER = 'menu:register';

describe('resident questions at the menu, in their own words [postgres]', () => {
  const bot = useTestBot('postgres');

  it('explains the provisional mark in English and "sementara" in Indonesian', async () => {
    const english = allText(await bot.send('fw-prov-en', 'what does provisional mean'));
    expect(english).toContain('not yet been checked by an officer');
    expect(english).not.toContain('Wahana Kesejahteraan Sosial');
    const indonesian = await bot.send('fw-prov-id', 'apa arti sementara di status');
    expect(allText(indonesian)).toContain('belum diperiksa petugas');
    expect(allText(indonesian)).not.toContain('arti sementara');
  });

  it('gives the minimum to "only 2 groups" in English as in Indonesian', async () => {
    expect(allText(await bot.send('fw-two-en', 'what happens if my village has only 2 groups'))).toContain('active groups of 2 different types');
    expect(allText(await bot.send('fw-two-id', 'kalau cuma ada 2 kelompok gimana'))).toContain('kelompok aktif dari 2 jenis berbeda');
  });

  it('answers questions about registering, with 📝 offered, and starts it when asked to', async () => {
    const need = await bot.send('fw-need', 'hello, what do i need to register my group?');
    expect(allText(need)).toContain('No documents are needed');
    expect(buttonIds(need)).toContain(REGISTER);
    expect(buttonIds(need)).not.toContain(CONSENT_AGREE_BUTTON);
    const several = await bot.send('fw-several-en', 'can i register more than one group');
    expect(allText(several)).toContain('Each group is registered on its own');
    expect(buttonIds(several)).toContain(REGISTER);
    expect(buttonIds(several)).not.toContain(CONSENT_AGREE_BUTTON);
    const beberapa = await bot.send('fw-several-id', 'bisa daftar lebih dari satu kelompok?');
    expect(allText(beberapa)).toContain('Setiap kelompok didaftarkan sendiri-sendiri');
    expect(buttonIds(beberapa)).toContain(REGISTER);
    for (const [index, typed] of ['daftar kelompok', 'register my group'].entries()) {
      expect(buttonIds(await bot.send(`fw-start-${index}`, typed)), typed).toContain(CONSENT_AGREE_BUTTON);
    }
    // A wish with no group named ("saya mau daftar" too) keeps the how-to with 📝 one tap away.
    expect(buttonIds(await bot.send('fw-start-wish', 'I want to register'))).toContain(REGISTER);
  });
});
