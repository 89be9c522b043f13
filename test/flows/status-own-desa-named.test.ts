/**
 * "desa gw cipete udh blm?": one's own desa named in a status question, in chat words, checked
 * as "status desa …" is (the desa found offered with one tap), not a list of look-alike names.
 * The test extract has no Cipete: its Panggungharjo and Sidoarum stand in.
 */
import { describe, expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

describe('one\'s own desa named in a status question [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each([
    ['desa gw panggungharjo udh blm?', 'Desa Panggungharjo, Kec. Sewon, Kab. Bantul?'],
    ['desa gw tuh panggungharjo udh blm?', 'Desa Panggungharjo, Kec. Sewon, Kab. Bantul?'],
    ['desaku sidoarum piye?', 'Desa Sidoarum, Kec. Godean, Kab. Sleman?'],
  ])('checks the desa named in %j', async (text, shown) => {
    const replies = allText(await bot.send(`own-named-${text}`, text));
    expect(replies).toContain(shown);
    expect(replies).not.toContain('Hasil pencarian');
  });
});
