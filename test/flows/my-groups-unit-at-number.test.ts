/**
 * An RT/RW typed at a number question of 👥 Kelompok saya: "rw 5" at ✏️ Anggota ("Berapa jumlah
 * anggotanya sekarang?") was refused ("Mohon tulis jumlahnya dengan angka") and lost, while the
 * registration's number questions keep it (unit-at-number.ts). It is now saved as the group's
 * RT/RW, as ✏️ RT/RW saves it (the other part as it was; no new verification), said so, and the
 * question asked again; at ✏️ Tahun berdiri and ✏️ HP ketua too, a new ketua's phone included.
 */
import { expect, it } from 'vitest';
import { allText, manualClock, type TestBot } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { arisanOnScreen } from '../support/register-group.js';

/** A group registered in Panggungharjo at RT 03 (no RW) by `user`, its screen in Kelompok saya shown; its id. */
async function groupOnScreen(bot: TestBot, user: string, name: string, phone: string): Promise<string> {
  expect(allText(await arisanOnScreen((input) => bot.send(user, input), name, phone))).toContain('• Wilayah: RT 003');
  return (await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name } })).id;
}

describeEachDatabase('an RT/RW typed at the number questions of Kelompok saya', (kind) => {
  const clock = manualClock('2026-12-07T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const group = (id: string) => bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id }, include: { area: true } });

  it('saves "rw 5" typed at ✏️ Anggota as the group\'s RW, says so, and asks the members again', async () => {
    const send = (input: string | { button: string }) => bot.send('anggota-rw', input);
    const id = await groupOnScreen(bot, 'anggota-rw', 'Arisan Anggota RW', '0812 3131 5151');
    const before = (await group(id)).verification;
    expect(allText(await send({ button: 'edit:members' }))).toContain('Berapa jumlah anggotanya sekarang?');
    const kept = allText(await send('rw 5'));
    expect(kept).toContain('Wilayah kelompok sudah saya simpan: RT 003 / RW 005 🙂 Jumlah anggota belum saya ubah.');
    expect(kept).toContain('Berapa jumlah anggotanya sekarang?');
    expect(kept).not.toContain('dengan angka');
    // Saved as ✏️ RT/RW saves it: the RT stays, and no new verification (only the members are still to change).
    expect((await group(id)).area).toMatchObject({ rt: 3, rw: 5 });
    expect(kept).not.toContain('memverifikasi');
    expect((await group(id)).memberCount).toBe(20);
    const screen = allText(await send('25'));
    expect(screen).toContain('• Wilayah: RT 003 / RW 005');
    expect(screen).toContain('• Anggota: 25 orang');
    expect(await group(id)).toMatchObject({ memberCount: 25, verification: before, area: { rt: 3, rw: 5 } });
  });

  it('keeps "rt 4 rw 6" at ✏️ Tahun berdiri and "RW 07" at ✏️ HP ketua, asking each again', async () => {
    const send = (input: string | { button: string }) => bot.send('tahun-hp-rw', input);
    const id = await groupOnScreen(bot, 'tahun-hp-rw', 'Arisan Tahun RW', '0812 3131 6161');
    await send({ button: 'edit:founded' });
    const year = allText(await send('rt 4 rw 6'));
    expect(year).toContain('RT 004 / RW 006');
    expect(year).toContain('Tahun berapa kelompok ini berdiri?');
    expect(year).not.toContain('Mohon tulis tahunnya');
    expect(allText(await send('2015'))).toContain('• Berdiri: 2015');
    await send({ button: 'edit:ketuaPhone' });
    const phone = allText(await send('RW 07'));
    expect(phone).toContain('RT 004 / RW 007');
    expect(phone).toContain('Berapa nomor HP ketua yang baru?');
    expect(allText(await send('0812 3131 7171'))).toContain('• Wilayah: RT 004 / RW 007');
    expect(await group(id)).toMatchObject({ foundedYear: 2015, ketuaPhone: '+6281231317171', area: { rt: 4, rw: 7 } });
  });

  it('keeps "rw 8" at a new ketua\'s phone, and still saves the new ketua with the phone typed next', async () => {
    const send = (input: string | { button: string }) => bot.send('ketua-baru-rw', input);
    const id = await groupOnScreen(bot, 'ketua-baru-rw', 'Arisan Ketua RW', '0812 3131 8181');
    await send({ button: 'edit:ketuaName' });
    expect(allText(await send('Bu Sari'))).toContain('Berapa nomor HP Sari?');
    const kept = allText(await send('rw 8'));
    expect(kept).toContain('RT 003 / RW 008');
    expect(kept).toContain('Berapa nomor HP Sari?');
    expect((await group(id)).ketuaName).toBe('Wati');
    expect(allText(await send('0813 4242 5353'))).toContain('• Ketua: Sari (+6281342425353)');
    expect(await group(id)).toMatchObject({ ketuaName: 'Sari', area: { rt: 3, rw: 8 } });
  });

  it('says so in English', async () => {
    const send = (input: string | { button: string }) => bot.send('members-rw-en', input);
    await groupOnScreen(bot, 'members-rw-en', 'Arisan English RW', '0812 3131 9191');
    await send('menu');
    await send('english');
    expect(allText(await send('my groups'))).toContain('• Members: 20');
    await send({ button: 'edit:members' });
    const kept = allText(await send('rw 5'));
    expect(kept).toContain('Saved: the group is at RT 003 / RW 005 now 🙂 Members: not changed yet.');
    expect(kept).toContain('How many members');
  });
});
