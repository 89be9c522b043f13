/**
 * Corrections a leader types at their group's screen in 👥 Kelompok saya, the field said wrong
 * with its right value, as at the registration's summary: "jadwalnya salah, tiap malam jumat"
 * (was saved as the schedule "salah, tiap malam jumat"), "anggotanya salah, 12" (the 12 was lost),
 * "rw nya 05 bukan 04", "pertemuan bukan mingguan tapi bulanan", a new name in Javanese; and an
 * RT said alone keeps the group's RW (was set to none).
 */
import { expect, it } from 'vitest';
import { allText, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

describeEachDatabase('corrections typed at a group\'s screen in Kelompok saya', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const group = (id: string) => bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id }, include: { area: true } });

  it('saves the right value of a field said wrong, as typed after "salah" or "bukan"', async () => {
    const send = (input: string | { button: string }) => bot.send('koreksi-kelompok', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'pkk', name: 'PKK Mawar Koreksi', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RT 05 RW 04', members: '20', ketua: 'Bu Wati', phone: '0812 1212 5656',
    });
    const { id } = await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'PKK Mawar Koreksi' } });
    await send('menu');
    expect(allText(await send('👥 Kelompok saya'))).toContain('• Wilayah: RT 005 / RW 004');

    const schedule = allText(await send('jadwalnya salah, tiap malam jumat'));
    expect(schedule).toContain('• Pertemuan: tiap malam jumat');
    expect((await group(id)).meetingSchedule).toBe('tiap malam jumat');

    // Said without a verb, a change is asked about first at the screen, as at the menu (was saved at once).
    expect(allText(await send('anggotanya salah, 12'))).toContain('Ubah jumlah anggota PKK Mawar Koreksi dari 20 jadi 12?');
    expect(allText(await send('ya'))).toContain('• Anggota: 12 orang');
    expect((await group(id)).memberCount).toBe(12);

    expect(allText(await send('rw nya 05 bukan 04'))).toContain('• Wilayah: RT 005 / RW 005');
    expect(allText(await send('pertemuan bukan mingguan tapi bulanan'))).toContain('dari tiap malam jumat jadi bulanan?');
    expect(allText(await send('ya'))).toContain('• Pertemuan: bulanan');
    expect(allText(await send('anggotanya bukan 12, tapi 15'))).toContain('dari 12 jadi 15?');
    expect(allText(await send('ya'))).toContain('• Anggota: 15 orang');
    expect(await group(id)).toMatchObject({ memberCount: 15, meetingSchedule: 'bulanan', area: { rt: 5, rw: 5 } });

    expect(allText(await send('ketuanya ganti bu Sari 0812 3434 5656'))).toContain('• Ketua: Sari (+6281234345656)');

    const renamed = allText(await send('namanya salah harusnya PKK Melati Koreksi'));
    expect(renamed).toContain('Sudah diperbarui');
    expect((await group(id)).name).toBe('PKK Melati Koreksi');
    // Javanese: "the name is wrong, the right one is …".
    expect(allText(await send('jenenge kleru, sing bener PKK Melati Sewon'))).toContain('Sudah diperbarui');
    expect((await group(id)).name).toBe('PKK Melati Sewon');
    expect(allText(await send('anggotane kleru, sing bener 18'))).toContain('dari 15 jadi 18?');
    expect(allText(await send('nggih'))).toContain('• Anggota: 18 orang');
    // Javanese "taun" for the year (was "Mohon tulis tahunnya").
    expect(allText(await send('berdiri taun 2010'))).toContain('dengan 2010?');
    expect(allText(await send('nggih'))).toContain('• Berdiri: 2010');
    expect(await group(id)).toMatchObject({ memberCount: 18, ketuaName: 'Sari', ketuaPhone: '+6281234345656' });

    // A status request typed as the new name renames nothing (was saved as the group's name).
    await send({ button: 'edit:name' });
    const request = allText(await send('cek status desa timbulharjo'));
    expect(request).not.toContain('Sudah diperbarui');
    expect((await group(id)).name).toBe('PKK Melati Sewon');
  });

  it('reads the person themself as the right ketua, by name, in a correction ("ketuana lepat, sanes … tapi abdi nyalira, Asep …")', async () => {
    const send = (input: string | { button: string }) => bot.send('koreksi-ketua-sunda', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'karang_taruna', name: 'KT Tunas Koreksi', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RT 05 RW 04', members: '20', ketua: 'Pak Ujang', phone: '0812 1212 4545',
    });
    const { id } = await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'KT Tunas Koreksi' } });
    await send('menu');
    await send('👥 Kelompok saya');
    // Was "Berapa nomor HP abdi nyalira, Asep Saepudin?", then a ketua of that name. A new ketua said
    // without a verb is asked about first at the screen, as at the menu (was saved at once).
    expect(allText(await send('ketuana lepat, sanes eta tapi abdi nyalira, Asep Saepudin 0813 1111 2222'))).toContain('jadi Asep Saepudin (+6281311112222)?');
    const fixed = allText(await send('muhun'));
    expect(fixed).toContain('• Ketua: Asep Saepudin (+6281311112222)');
    expect(await group(id)).toMatchObject({ ketuaName: 'Asep Saepudin', ketuaPhone: '+6281311112222' });
  });

  it('keeps the group\'s RW when only its RT is typed, and its RT when only its RW is (the RW was set to none)', async () => {
    const send = (input: string | { button: string }) => bot.send('rt-saja', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan RT Saja', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RT 05 RW 04', members: '20', ketua: 'Bu Wati', phone: '0812 1212 7878',
    });
    const { id } = await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Arisan RT Saja' } });
    await send('menu');
    await send('👥 Kelompok saya');
    expect(allText(await send('rt nya 3'))).toContain('• Wilayah: RT 003 / RW 004');
    expect((await group(id)).area).toMatchObject({ rt: 3, rw: 4 });
    expect(allText(await send('rt nya salah, harusnya 7'))).toContain('• Wilayah: RT 007 / RW 004');
    expect(allText(await send('rw 6'))).toContain('• Wilayah: RT 007 / RW 006');
    // Both said: both as typed.
    expect(allText(await send('rt nya 2 rw nya 9'))).toContain('• Wilayah: RT 002 / RW 009');
    expect((await group(id)).area).toMatchObject({ rt: 2, rw: 9 });
  });

  it('asks the field\'s question for a field said wrong without the right value (was "belum bisa saya pakai")', async () => {
    const send = (input: string | { button: string }) => bot.send('nama-salah', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan Nama Salah', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RT 05 RW 04', members: '20', ketua: 'Bu Wati', phone: '0812 1212 9090',
    });
    await send('menu');
    await send('👥 Kelompok saya');
    expect(allText(await send('namanya salah'))).toContain('Tulis nama baru kelompok:');
    expect(allText(await send('Arisan Nama Benar'))).toContain('Sudah diperbarui');
    expect(allText(await send('anggotanya bukan 20'))).toContain('Berapa jumlah anggotanya sekarang?');
  });

  it('makes another field\'s change typed for a new ketua or name, not a ketua or name of it, and reads "change … to …" in English', async () => {
    const send = (input: string | { button: string }) => bot.send('english-chair', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan Chair Words', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RT 05 RW 04', members: '20', ketua: 'Bu Wati', phone: '0812 1212 3131',
    });
    const { id } = await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Arisan Chair Words' } });
    await send('menu');
    await send('👥 Kelompok saya');
    // Was the ketua question, then "founded in 2012" saved as the new ketua's name.
    expect(allText(await send('change the chair to Mrs Sari Dewi 0812 7777 6666'))).toContain('• Ketua: Mrs Sari Dewi (+6281277776666)');
    await send({ button: 'edit:ketuaName' });
    // A year: kept as the year founded, the ketua asked again (as at registration).
    const instead = allText(await send('founded in 2012'));
    expect(instead).toContain('Tahun berdiri 2012 sudah saya simpan');
    expect(instead).toContain('Siapa ketua yang baru?');
    expect(await group(id)).toMatchObject({ foundedYear: 2012, ketuaName: 'Mrs Sari Dewi', ketuaPhone: '+6281277776666' });
    // Another field's change: made, the ketua not changed, the group's screen.
    expect(allText(await send('anggotanya 30'))).toContain('bukan nama ketua, jadi ketua tidak saya ubah');
    expect(await group(id)).toMatchObject({ memberCount: 30, ketuaName: 'Mrs Sari Dewi' });
    await send({ button: 'edit:name' });
    expect(allText(await send('anggotanya 40'))).toContain('• Anggota: 40 orang');
    expect(await group(id)).toMatchObject({ name: 'Arisan Chair Words', memberCount: 40 });
  });
});
