/**
 * The questions of home-questions.test.ts typed at the menu get their answers, in the person's
 * language: who decides a status, several groups, one's own TKSK, what comes after registering,
 * a small group (someone who leads no group: a leader's "anggota kami cuma 8" may be a change).
 * Typed in ❓ Tanya or at the registration's name question, they are read as at the menu: there
 * "tksk nang endi?" got what a TKSK is and "anggota kami cuma 8" was not understood.
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

  /** Read by rule at the menu (understanding/own-officer-asked.ts, small-group-asked.ts), not by the FAQ's phrasings alone. */
  const READ_AS_AT_THE_MENU: ReadonlyArray<readonly [string, string]> = [
    ['tksk nang endi?', 'Bot ini tidak memuat nomor petugas'],
    ['anggota kami cuma 8', 'Kelompok kecil juga boleh: cukup 2 anggota atau lebih'],
    ['habis daftar terus ngapain', 'Setelah kelompok terdaftar'],
  ];

  it.each(READ_AS_AT_THE_MENU)('answers "%s" in ❓ Tanya as at the menu', async (typed, answer) => {
    const user = `tanya-${typed}`;
    await bot.send(user, { button: 'menu:faq' });
    const reply = allText(await bot.send(user, typed));
    expect(reply).toContain(answer);
    expect(reply).not.toContain('satu orang per kecamatan');
  });

  it.each(READ_AS_AT_THE_MENU)('answers "%s" at the registration\'s name question as at the menu, then asks the name again', async (typed, answer) => {
    const user = `aside-${typed}`;
    await bot.send(user, 'daftar kelompok');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'panggungharjo');
    expect(allText(await bot.send(user, { button: 'village-exact:yes' }))).toContain('Apa nama kelompoknya?');
    const reply = allText(await bot.send(user, typed));
    expect(reply).toContain(answer);
    expect(reply).toContain('Apa nama kelompoknya?');
  });
});
