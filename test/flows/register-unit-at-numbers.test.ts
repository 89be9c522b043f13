/**
 * An RT/RW typed where the registration asks a number: "rw 5" at "Berapa jumlah anggotanya?"
 * was refused ("Mohon tulis jumlahnya dengan angka") and the RW lost, though the person gave
 * the group's RW (the RT said in the request kept). It is now kept as the group's wilayah
 * (the other part as it was), said so, and the question asked again; at the year founded and
 * the ketua's phone too.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('an RT/RW typed at the registration\'s number questions', (kind) => {
  const clock = manualClock('2026-12-07T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  /** Consent given, Panggungharjo confirmed: the name question on screen. */
  async function atName(user: string): Promise<void> {
    await bot.send(user, 'daftar kelompok');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'panggungharjo');
    await bot.send(user, { button: 'village-exact:yes' });
  }

  /** The group named, its RT/RW answered: the members question on screen. */
  async function atMembers(user: string, name: string, unit: string): Promise<void> {
    await atName(user);
    await bot.send(user, name);
    expect(allText(await bot.send(user, unit))).toContain('Berapa jumlah anggotanya?');
  }

  it('keeps a RW typed at the members question beside the RT said in the request, and asks the members again', async () => {
    const user = 'members-rw-request';
    const guessed = await bot.send(user, 'mau daftar arisan melati rt 3 di desa panggungharjo');
    await bot.send(user, { button: buttonIds(guessed)[0]! });
    await bot.send(user, { button: 'consent:agree' });
    expect(allText(await bot.send(user, { button: 'village-exact:yes' }))).toContain('Berapa jumlah anggotanya?');
    const replies = allText(await bot.send(user, 'rw 5'));
    expect(replies).toContain('Saya catat RT 003 / RW 005.');
    expect(replies).toContain('Berapa jumlah anggotanya?');
    expect(replies).not.toContain('dengan angka');
    expect(allText(await bot.send(user, '20'))).toContain('Siapa ketua kelompok ini?');
    const summary = allText(await bot.send(user, 'Bu Sri Wahyuni 081227456789'));
    expect(summary).toContain('• Wilayah: RT 003 / RW 005');
    expect(summary).toContain('• Anggota: 20 orang');
    await bot.send(user, { button: 'save' });
    const saved = await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: { startsWith: 'Arisan Melati' } }, include: { area: true } });
    expect(saved.area).toMatchObject({ rt: 3, rw: 5 });
  });

  it('keeps "rt 3 rw 6" and "RW 05" typed at the members question in place of the RT/RW answered', async () => {
    const user = 'members-rt-rw';
    await atMembers(user, 'Arisan Kenanga Wilayah', 'rt 2 rw 4');
    const both = allText(await bot.send(user, 'rt 3 rw 6'));
    expect(both).toContain('Saya catat RT 003 / RW 006.');
    expect(both).toContain('Berapa jumlah anggotanya?');
    // The RW alone: the RT stays.
    expect(allText(await bot.send(user, 'RW 05'))).toContain('Saya catat RT 003 / RW 005.');
    await bot.send(user, '20');
    expect(allText(await bot.send(user, 'Bu Sri Wahyuni 081227456789'))).toContain('• Wilayah: RT 003 / RW 005');
    await bot.send(user, 'batal');
  });

  it('keeps an RT/RW typed at the ketua\'s phone and at the year founded, asking each again', async () => {
    const user = 'phone-rw';
    await atMembers(user, 'Arisan Dahlia Wilayah', 'rt 2');
    await bot.send(user, '20');
    expect(allText(await bot.send(user, 'Bu Sri Wahyuni'))).toContain('Berapa nomor HP Sri Wahyuni?');
    const phone = allText(await bot.send(user, 'rw 7'));
    expect(phone).toContain('Saya catat RT 002 / RW 007.');
    expect(phone).toContain('Berapa nomor HP Sri Wahyuni?');
    expect(phone).not.toContain('nomor HP yang lengkap');
    expect(allText(await bot.send(user, '081227456789'))).toContain('• Wilayah: RT 002 / RW 007');
    await bot.send(user, { button: 'change' });
    await bot.send(user, { button: 'edit:founded' });
    const year = allText(await bot.send(user, 'rw 8'));
    expect(year).toContain('Saya catat RT 002 / RW 008.');
    expect(year).not.toContain('Mohon tulis tahunnya');
    const summary = allText(await bot.send(user, '2015'));
    expect(summary).toContain('• Wilayah: RT 002 / RW 008');
    expect(summary).toContain('• Berdiri: 2015');
    await bot.send(user, 'batal');
  });

  // "posyandu … rw 12" stated the RW; "rt nya 04" at the members question was refused ("Mohon tulis jumlahnya dengan angka").
  it('keeps "rt nya 04" typed at the members question beside the RW the name stated', async () => {
    const user = 'members-rt-nya';
    await atName(user);
    expect(allText(await bot.send(user, 'posyandu lansia sehat bahagia rw 12'))).toContain('Berapa jumlah anggotanya?');
    const replies = allText(await bot.send(user, 'rt nya 04'));
    expect(replies).toContain('Saya catat RT 004 / RW 012.');
    expect(replies).not.toContain('dengan angka');
    await bot.send(user, 'batal');
  });

  it('says so in English', async () => {
    const user = 'members-rw-english';
    await bot.send(user, 'english');
    await bot.send(user, 'register');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'panggungharjo');
    await bot.send(user, { button: 'village-exact:yes' });
    await bot.send(user, 'Arisan English Wilayah');
    await bot.send(user, 'rt 3');
    const replies = allText(await bot.send(user, 'rw 5'));
    expect(replies).toContain('Noted: RT 003 / RW 005.');
    expect(replies).toContain('How many members');
    await bot.send(user, 'cancel');
  });
});
