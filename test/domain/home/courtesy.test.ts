/**
 * "maaf", "sorry", "bot goblok", "ga guna" typed alone at the menu or in ❓ Tanya: a kind word
 * back and what to do, with buttons. Before: "belum paham", the desa Sorry, the kecamatan
 * Guna, or what the bot is.
 */
import { describe, expect, it } from 'vitest';
import { courtesyOf } from '../../../src/domain/faq/courtesy.js';
import { allText, buttonIds } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('courtesyOf', () => {
  it('reads an apology or a complaint said alone, and nothing else', () => {
    for (const text of ['maaf', 'maaf ya min', 'sorry', 'Maaf, salah ketik', 'mohon maaf', 'nyuwun sewu']) expect(courtesyOf(text), text).toBe('apology');
    for (const text of ['bot goblok', 'bot bodoh', 'ga guna', 'useless bot', 'gak membantu sama sekali', 'you are stupid']) expect(courtesyOf(text), text).toBe('complaint');
    for (const text of ['maaf, cara daftar gimana?', 'sorry, what is wksbm', 'bot ini buat apa', 'guna', 'mohon', 'cek status', 'makasih']) expect(courtesyOf(text), text).toBeNull();
  });
});

describe('an apology or a complaint at the menu and in Tanya [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each(['maaf', 'maaf ya min', 'sorry'])('answers "%s" at the menu with "Tidak apa-apa" and the menu', async (typed) => {
    const user = `maaf-${typed}`;
    await bot.send(user, 'menu');
    const reply = await bot.send(user, typed);
    expect(allText(reply)).toContain('Tidak apa-apa 🙂');
    expect(allText(reply)).not.toContain('belum paham');
    expect(allText(reply)).not.toContain('Sorry, Kec.');
    expect(buttonIds(reply)).toContain('menu:status');
  });

  it.each(['bot goblok', 'bot bodoh', 'ga guna', 'useless bot'])('answers "%s" at the menu with an apology, a TKSK/PSM and the menu', async (typed) => {
    const user = `keluh-${typed}`;
    await bot.send(user, 'menu');
    const reply = await bot.send(user, typed);
    expect(allText(reply)).toContain('jawaban saya belum membantu');
    expect(allText(reply)).toContain('TKSK');
    expect(allText(reply)).not.toContain('Bot ini membantu kelompok warga');
    expect(allText(reply)).not.toContain('Kec. Guna');
    expect(buttonIds(reply)).toContain('menu:faq');
  });

  it('answers them in Tanya with the topics, and a question after an apology still gets its answer', async () => {
    await bot.send('tanya', 'menu');
    await bot.send('tanya', { button: 'menu:faq' });
    const sorry = await bot.send('tanya', 'maaf ya min');
    expect(allText(sorry)).toContain('Tidak apa-apa 🙂');
    expect(buttonIds(sorry)).toContain('faq:definition');
    const insult = await bot.send('tanya', 'bot bodoh');
    expect(allText(insult)).toContain('jawaban saya belum membantu');
    expect(allText(insult)).not.toContain('Bot ini membantu kelompok warga');
    expect(allText(await bot.send('tanya', 'maaf, apa itu wksbm?'))).not.toContain('Tidak apa-apa');
  });
});
