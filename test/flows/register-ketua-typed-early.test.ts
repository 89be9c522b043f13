/**
 * The ketua named at an earlier question of the registration: "desa panggungharjo, ketuanya bu
 * Sri" at the desa question searched the desa and lost the ketua (asked again at its question);
 * "ketuanya mas Andi, 0856…" at the RT/RW question was refused ("Saya belum bisa membaca RT/RW
 * itu"). The ketua (and the phone typed with it) is now kept, said back, and not asked again.
 */
import { expect, it } from 'vitest';
import { allText, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('the ketua named at an earlier question of the registration', (kind) => {
  const clock = manualClock('2026-12-07T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  /** Consent given: the desa question on screen. */
  async function atDesa(user: string, start = 'daftar kelompok', agree = 'Di desa/kelurahan mana kelompok ini?'): Promise<void> {
    await bot.send(user, start);
    expect(allText(await bot.send(user, { button: 'consent:agree' }))).toContain(agree);
  }

  /** Panggungharjo confirmed and the group named: the RT/RW question on screen. */
  async function atUnit(user: string, name: string): Promise<void> {
    await bot.send(user, 'panggungharjo');
    await bot.send(user, { button: 'village-exact:yes' });
    expect(allText(await bot.send(user, name))).toMatch(/Di RT\/RW berapa\?|Which RT\/RW/);
  }

  it('keeps a ketua named at the desa question, searches the desa, and asks only her phone', async () => {
    const user = 'ketua-at-desa';
    await atDesa(user);
    const desa = allText(await bot.send(user, 'desa panggungharjo, ketuanya bu Sri'));
    expect(desa).toContain('Saya catat ketuanya: Sri');
    expect(desa).toContain('Panggungharjo');
    expect(desa).not.toContain('ketuanya bu Sri”');
    await bot.send(user, { button: 'village-exact:yes' });
    await bot.send(user, 'Posyandu Mawar Sari');
    await bot.send(user, 'rt 3 rw 5');
    const members = allText(await bot.send(user, '40'));
    expect(members).not.toContain('Siapa ketua kelompok ini?');
    expect(members).toContain('Berapa nomor HP Sri?');
    const summary = allText(await bot.send(user, '0812 2745 6789'));
    expect(summary).toContain('• Ketua: Sri (+6281227456789)');
    await bot.send(user, 'batal');
  });

  // "bu sri 081234567890" at the name question was saved as the group's name "Bu Sri 081234567890", the ketua asked again.
  it('keeps someone named with a form of address and a whole number, typed at the name question, as the ketua', async () => {
    const user = 'ketua-at-name';
    await atDesa(user);
    await bot.send(user, 'panggungharjo');
    await bot.send(user, { button: 'village-exact:yes' });
    const name = allText(await bot.send(user, 'bu sri 081234567890'));
    expect(name).toContain('Saya catat ketuanya: Sri, nomor HP +6281234567890');
    expect(name).toContain('Apa nama kelompoknya?');
    expect(allText(await bot.send(user, 'Arisan Mawar'))).toContain('Di RT/RW berapa?');
    await bot.send(user, 'rt 2 rw 5');
    const summary = allText(await bot.send(user, '25'));
    expect(summary).not.toContain('Siapa ketua kelompok ini?');
    expect(summary).toContain('• Nama: Arisan Mawar\n');
    expect(summary).toContain('• Ketua: Sri (+6281234567890)');
    await bot.send(user, 'batal');
  });

  // "…, no 0856…" was saved as the ketua "mas Andi no" (so "wa", "cp", "nomor" before the number): the label is no part of the name.
  it('keeps the ketua\'s name without the label typed before the number at the desa question', async () => {
    for (const label of ['no', 'wa', 'cp', 'nomor']) {
      const user = `ketua-label-${label}`;
      await atDesa(user);
      const desa = allText(await bot.send(user, `desa panggungharjo, ketuanya mas Andi, ${label} 0856 4321 7788`));
      expect(desa, label).toContain('Saya catat ketuanya: Andi, nomor HP +6285643217788');
      expect(desa, label).toContain('Panggungharjo');
      await bot.send(user, 'batal');
    }
  });

  // "oh iya nomer hp bu marni 0878…" at the members question, the ketua named at the desa question: was "Mohon tulis jumlahnya dengan angka".
  it('keeps the named ketua\'s number typed at the members question, and asks the members again', async () => {
    const user = 'ketua-phone-at-members';
    await atDesa(user);
    expect(allText(await bot.send(user, 'desa panggungharjo, ketuane bu Marni'))).toContain('Saya catat ketuanya: Marni');
    await bot.send(user, { button: 'village-exact:yes' });
    await bot.send(user, 'Posyandu Kenanga Glugo');
    await bot.send(user, 'rt 1 rw 3');
    const members = allText(await bot.send(user, 'oh iya nomer hp bu marni 0878-1234-5566'));
    expect(members).toContain('Saya catat ketuanya: Marni, nomor HP +6287812345566');
    expect(members).toContain('Berapa jumlah anggotanya?');
    expect(members).not.toContain('dengan angka');
    const summary = allText(await bot.send(user, '30'));
    expect(summary).toContain('• Ketua: Marni (+6287812345566)');
    await bot.send(user, 'batal');
  });

  it('keeps a ketua and phone typed at the RT/RW question, and asks the RT/RW again', async () => {
    const user = 'ketua-at-unit';
    await atDesa(user);
    await atUnit(user, 'Karang Taruna Tunas Muda');
    const unit = allText(await bot.send(user, 'ketuanya mas Andi, 0856 4321 7788'));
    expect(unit).toContain('Saya catat ketuanya: Andi, nomor HP +6285643217788');
    expect(unit).toContain('Di RT/RW berapa?');
    expect(unit).not.toContain('belum bisa membaca');
    expect(allText(await bot.send(user, 'rt 1 rw 2'))).toContain('Berapa jumlah anggotanya?');
    const summary = allText(await bot.send(user, '25'));
    expect(summary).toContain('• Ketua: Andi (+6285643217788)');
    expect(summary).toContain('• Wilayah: RT 001 / RW 002');
    await bot.send(user, 'batal');
  });

  // "…, no hp blm tau nanti sy tanyakan" was read as the members ("Mohon tulis jumlahnya dengan angka").
  it('keeps a ketua named at the members question with the number to come, and asks the members again', async () => {
    const user = 'ketua-at-members';
    await atDesa(user);
    await atUnit(user, 'Posyandu Lansia Sehat Bahagia');
    await bot.send(user, 'rt 4 rw 12');
    const members = allText(await bot.send(user, 'ketua nya bu Wartini, no hp blm tau nanti sy tanyakan'));
    expect(members).toContain('Saya catat ketuanya: Wartini');
    expect(members).toContain('Berapa jumlah anggotanya?');
    expect(members).not.toContain('dengan angka');
    expect(allText(await bot.send(user, '25'))).toContain('Berapa nomor HP Wartini?');
    await bot.send(user, 'batal');
  });

  // The person themself as ketua, with her name and phone, typed where the members are asked.
  it('keeps "sy sendiri bu rt, bu Wartini 0813…" at the members question as the ketua with her phone, and asks the members again', async () => {
    const user = 'self-at-members';
    await atDesa(user);
    await atUnit(user, 'Posyandu Lansia Wartini');
    await bot.send(user, 'rt 4 rw 12');
    const members = allText(await bot.send(user, 'sy sendiri bu rt, bu Wartini 0813 5555 7777'));
    // Said as the person herself (was "Saya catat ketuanya: Wartini", as if someone else chaired it).
    expect(members).toContain('Saya catat Anda sendiri (Wartini) sebagai ketua, nomor HP +6281355557777');
    expect(members).not.toContain('Saya catat ketuanya');
    expect(members).toContain('Berapa jumlah anggotanya?');
    expect(members).not.toContain('dengan angka');
    const summary = allText(await bot.send(user, '25'));
    expect(summary).toContain('Wartini (+6281355557777)');
    expect(summary).toContain('• Anggota: 25 orang');
    await bot.send(user, 'batal');
  });

  it.each([
    ['saya sendiri ketuanya, bu Wartini', 'Saya catat Anda sendiri (Wartini) sebagai ketua 👍'],
    ['aku ketuanya, Bu Wartini', 'Saya catat Anda sendiri (Wartini) sebagai ketua 👍'],
  ])('says "%s" at the members question back as the person herself', async (typed, said) => {
    const user = `self-said-${typed}`;
    await atDesa(user);
    await atUnit(user, 'Posyandu Lansia Kenanga');
    await bot.send(user, 'rt 4 rw 12');
    const members = allText(await bot.send(user, typed));
    expect(members).toContain(said);
    expect(members).not.toContain('Saya catat ketuanya');
    expect(members).toContain('Berapa jumlah anggotanya?');
    await bot.send(user, 'batal');
  });

  // "I myself don't know" is no name: nothing is kept as the ketua (it would become the person's own name once saved).
  it.each(['saya sendiri belum tau', 'saya sendiri kurang tau jumlahnya', 'sy sendiri lupa', 'saya sendiri blm ngitung'])('keeps no ketua from "%s" at the members question', async (typed) => {
    const user = `self-unknown-${typed}`;
    await atDesa(user);
    await atUnit(user, 'Posyandu Lansia Melati');
    await bot.send(user, 'rt 4 rw 12');
    const members = allText(await bot.send(user, typed));
    expect(members).not.toContain('Saya catat ketuanya');
    expect(allText(await bot.send(user, '25'))).not.toContain('Berapa nomor HP');
    await bot.send(user, 'batal');
  });

  it('takes the RT/RW typed with the ketua at the RT/RW question, and says so in English', async () => {
    const user = 'ketua-with-unit';
    await atDesa(user);
    await atUnit(user, 'Majelis Taklim Nurul Iman');
    const both = allText(await bot.send(user, 'rt 4 rw 2, ketuanya bu hajjah Siti'));
    expect(both).toContain('Saya catat ketuanya:');
    expect(both).toContain('Berapa jumlah anggotanya?');
    expect(allText(await bot.send(user, '35'))).toContain('Berapa nomor HP');
    await bot.send(user, 'batal');

    const english = 'ketua-at-unit-english';
    await bot.send(english, 'english');
    await atDesa(english, 'register', 'In which desa');
    await atUnit(english, 'Karang Taruna English');
    const said = allText(await bot.send(english, 'ketuanya mas Andi 0856 4321 7788'));
    expect(said).toContain('Noted: the chair is Andi, phone +6285643217788');
    await bot.send(english, 'cancel');

    // The person herself, in English too (was "Noted: the chair is Wartini").
    const self = 'self-at-members-english';
    await bot.send(self, 'english');
    await atDesa(self, 'register', 'In which desa');
    await atUnit(self, 'Karang Taruna Wartini');
    await bot.send(self, 'rt 4 rw 12');
    expect(allText(await bot.send(self, 'saya sendiri ketuanya, bu Wartini 0813 5555 7777'))).toContain('Noted: you chair it yourself (Wartini), phone +6281355557777');
    await bot.send(self, 'cancel');
  });
});
