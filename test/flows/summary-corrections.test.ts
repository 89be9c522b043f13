/**
 * Corrections typed at the registration's summary, as people type them instead of tapping
 * ✏️ Ubah: a field's label ("jadwal pertemuan"), "ubah <label>", or the field with its new value
 * ("anggotanya salah, 12 kader"). Each was "jawaban itu belum bisa saya pakai".
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { typeGroupName } from '../support/register-group.js';

describeEachDatabase('corrections typed at the registration summary', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  it('opens the field named, or sets it with the value typed, and shows the summary again', async () => {
    const send = (input: string | { button: string }) => bot.send('summary-typed', input);
    await send('daftar');
    await send({ button: 'consent:agree' });
    await send('Panggungharjo, Sewon, Bantul');
    await send({ button: 'village-exact:yes' });
    await send('Posyandu Kenari Sore');
    await send('RT 02 RW 04');
    await send('30');
    expect(buttonIds(await send('Bu Rina 0812 4444 5555'))).toContain('save');

    const members = allText(await send('anggotanya salah, 12 kader'));
    expect(members).not.toContain('belum bisa saya pakai');
    expect(members).toContain('Anggota: 12 orang');

    const schedule = allText(await send('jadwal pertemuan'));
    expect(schedule).toContain('Kapan kelompok ini biasanya bertemu?');
    expect(allText(await send('tiap kamis malam'))).toContain('Pertemuan: tiap kamis malam');
    // The meetings named by what the group does, and "nama nya" typed apart (were "belum bisa saya pakai").
    expect(allText(await send('posyandunya tiap tanggal 10 pagi'))).toContain('Pertemuan: tiap tanggal 10 pagi');
    expect(allText(await send('nama nya Posyandu Kenari Sore Glugo'))).toContain('Nama: Posyandu Kenari Sore Glugo');
    expect(allText(await send('namanya Posyandu Kenari Sore'))).toContain('Nama: Posyandu Kenari Sore\n');

    expect(allText(await send('ubah jadwal pertemuan'))).toContain('Kapan kelompok ini biasanya bertemu?');
    expect(allText(await send('minggu kedua tiap bulan'))).toContain('Pertemuan: minggu kedua tiap bulan');

    // A value that does not read asks that field's question.
    expect(allText(await send('anggota salah, banyak sekali'))).toContain('Berapa jumlah anggotanya?');
    expect(allText(await send('14'))).toContain('Anggota: 14 orang');

    // Typed after ✏️ Ubah, where the fields' buttons are (was "jawaban itu belum bisa saya pakai: salah satu tombol").
    expect(buttonIds(await send({ button: 'change' }))).toContain('edit:members');
    const typedAtChange = allText(await send('anggotanya harusnya 16'));
    expect(typedAtChange).not.toContain('belum bisa saya pakai');
    expect(typedAtChange).toContain('Anggota: 16 orang');
    await send({ button: 'change' });
    expect(allText(await send('jadwal pertemuan'))).toContain('Kapan kelompok ini biasanya bertemu?');
    expect(allText(await send('tiap kamis malam'))).toContain('Pertemuan: tiap kamis malam');
    await send({ button: 'change' });
    expect(allText(await send('members should be 14'))).toContain('Anggota: 14 orang');

    const saved = allText(await send({ button: 'save' }));
    expect(saved).toContain('"Posyandu Kenari Sore" sudah terdaftar');
    const group = await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Posyandu Kenari Sore' } });
    expect(group).toMatchObject({ memberCount: 14, meetingSchedule: 'tiap kamis malam' });
  });

  it('makes two corrections typed apart by a comma, each as if typed alone (the schedule took "berdiri th 2009" along)', async () => {
    const send = (input: string | { button: string }) => bot.send('summary-two', input);
    await typeGroupName(send, 'Panggungharjo', 'Yasinan Bapak-Bapak Al Barokah');
    for (const answer of ['RT 03 RW 02', '35']) await send(answer);
    expect(buttonIds(await send('Pak Haji Slamet 0857 2911 3344'))).toContain('save');
    const both = allText(await send('pertemuannya tiap malem jumat, berdiri th 2009'));
    expect(both).toContain('• Pertemuan: tiap malem jumat\n');
    expect(both).toContain('• Berdiri: 2009');
    // One correction with a comma in it is still read whole.
    expect(allText(await send('anggotanya salah, 40 orang'))).toContain('• Anggota: 40 orang');
  });
});
