/**
 * An introduction typed where a desa is asked ("punten, nami abdi Asep": Sundanese "excuse me, my
 * name is Asep"): at the status check's and the registration's desa question it was searched,
 * and "punten" offered Desa Punten (Kota Batu). Only the village picker's own question read it.
 * Now every desa question greets the person by name and asks for the desa again, in their
 * language (Indonesian to Sundanese and Javanese speakers, as the bot answers them), with the
 * question's buttons; a desa typed next is checked as before.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

describe('an introduction at a desa question [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each([
    ['su', 'punten, nami abdi Asep', 'Asep'],
    ['id', 'permisi, nama saya Dede Rohman', 'Dede Rohman'],
    ['jv', 'jeneng kula Budi', 'Budi'],
  ])('greets by name at the status check\'s desa question and asks it again (%s)', async (language, typed, name) => {
    const user = `status-intro-${language}`;
    await bot.send(user, 'menu');
    await bot.send(user, 'cek status');
    const replies = allText(await bot.send(user, typed));
    expect(replies).toContain(`Salam kenal, ${name} 🙏`);
    expect(replies).toContain('Desa/kelurahan mana yang ingin dicek?');
    expect(replies).not.toContain('Hasil pencarian');
    // Still at the question: a desa typed next is checked.
    expect(buttonIds(await bot.send(user, 'panggungharjo'))).toContain('village-exact:yes');
  });

  it('says it in English to someone who chose English', async () => {
    await bot.send('status-intro-en', 'menu');
    await bot.send('status-intro-en', 'english please');
    await bot.send('status-intro-en', 'check status');
    const replies = allText(await bot.send('status-intro-en', 'hello, my name is Dewi'));
    expect(replies).toContain('Nice to meet you, Dewi 🙏');
    expect(replies).toContain('Which desa/kelurahan do you want to check?');
    expect(replies).not.toContain('Results for');
  });

  it('greets by name at the registration\'s desa question and asks it again', async () => {
    const user = 'register-intro-su';
    await bot.send(user, 'daftar kelompok');
    expect(allText(await bot.send(user, { button: 'consent:agree' }))).toContain('Di desa/kelurahan mana kelompok ini?');
    const replies = allText(await bot.send(user, 'punten, nami abdi Asep'));
    expect(replies).toContain('Salam kenal, Asep 🙏');
    expect(replies).toContain('Di desa/kelurahan mana kelompok ini?');
    expect(replies).not.toContain('Hasil pencarian');
    expect(buttonIds(await bot.send(user, 'panggungharjo'))).toContain('village-exact:yes');
  });
});
