/**
 * Answers at the RT/RW and ketua questions of 📝 Daftarkan kelompok as a leader types them
 * (web chat): the group said first with "-nya" before "seluruh desa", and the meeting schedule
 * typed where the ketua is asked, kept for the summary, not taken as the ketua's name.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { typeGroupName } from '../support/register-group.js';

describeEachDatabase('words at the RT/RW and ketua questions of a registration (web chat)', (kind) => {
  const bot = useTestBot(kind);

  /** Registers up to the RT/RW question. */
  async function upToUnit(user: string, name: string): Promise<void> {
    await typeGroupName((input) => bot.send(user, input), 'Panggungharjo', name);
  }

  it('takes "pengajiannya seluruh desa mas" as the whole desa (was "Saya belum bisa membaca RT/RW itu")', async () => {
    const user = 'unit-subject-first';
    await upToUnit(user, 'Majelis Taklim Al Hidayah Glugo');
    const next = allText(await bot.send(user, 'pengajiannya seluruh desa mas'));
    expect(next).not.toContain('belum bisa membaca');
    expect(next).toContain('Berapa jumlah anggotanya?');
    await bot.send(user, '30');
    const summary = allText(await bot.send(user, 'Bu Siti 0812 7777 4321'));
    expect(summary).toContain('• Wilayah: seluruh desa');
  });

  it('takes "rw 12 aja kak, rt nya campur" as RW 12 (the RTs are several; was refused)', async () => {
    const user = 'unit-rt-mixed';
    await upToUnit(user, 'Remas Al Ikhlas Glugo');
    const next = allText(await bot.send(user, 'rw 12 aja kak, rt nya campur'));
    expect(next).toContain('Berapa jumlah anggotanya?');
    await bot.send(user, '30');
    expect(allText(await bot.send(user, 'Mas Dimas 0812 7777 4322'))).toContain('• Wilayah: RW 012');
  });

  it('keeps "tiap bulan tgl 5" at the ketua question as the meeting schedule and asks the ketua again', async () => {
    const user = 'ketua-schedule';
    await upToUnit(user, 'Arisan Melati Glugo');
    await bot.send(user, 'RT 02 RW 05');
    expect(allText(await bot.send(user, '25'))).toContain('Siapa ketua kelompok ini?');
    const kept = allText(await bot.send(user, 'tiap bulan tgl 5'));
    // Was "Berapa nomor HP Tiap Bulan Tgl 5?".
    expect(kept).not.toContain('Tiap Bulan Tgl 5?');
    expect(kept).toContain('Jadwal pertemuan “tiap bulan tgl 5” sudah saya catat');
    expect(kept).toContain('Siapa ketua kelompok ini?');
    const summary = allText(await bot.send(user, 'Bu Sri 0812 3456 7000'));
    expect(summary).toContain('• Pertemuan: tiap bulan tgl 5');
    expect(summary).toContain('• Ketua: Sri (+6281234567000)');
  });
});
