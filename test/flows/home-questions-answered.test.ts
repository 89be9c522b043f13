/**
 * The questions of home-questions.test.ts typed at the menu get their answers, in the person's
 * language: who decides a status, several groups, one's own TKSK, what comes after registering,
 * a small group (someone who leads no group: a leader's "anggota kami cuma 8" may be a change).
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('questions typed at the menu', (kind) => {
  const bot = useTestBot(kind);

  it.each([
    ['sopo sing nentokake status desa?', 'Tingkat desa dihitung bot ini'],
    ['tksk nang endi?', 'Bot ini tidak memuat nomor petugas'],
    ['tksk e sopo', 'tanyakan di kantor kecamatan Anda'],
    ['habis daftar terus ngapain', 'Setelah kelompok terdaftar'],
    ['anggota kami cuma 8', 'Kelompok kecil juga boleh: cukup 2 anggota atau lebih'],
  ])('answers "%s" in Indonesian', async (typed, answer) => {
    const reply = allText(await bot.send(`id-${typed}`, typed));
    expect(reply).toContain(answer);
  });

  it.each([
    ['how many groups can i register', 'Each group is registered on its own'],
    ['after registering what next', 'Once your group is registered'],
    ['we only have 8 members', 'Small groups may register too: 2 members or more'],
  ])('answers "%s" in English', async (typed, answer) => {
    const reply = allText(await bot.send(`en-${typed}`, typed));
    expect(reply).toContain(answer);
  });
});
