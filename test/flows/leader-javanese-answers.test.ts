/**
 * A posyandu's ketua answering as she writes, found walking the bot: a particle or a Javanese
 * "nggih" after the RT/RW or the activity's date ("RT 5 RW 3 NGGIH", "kemarin ya"), numbers in
 * words at the RT/RW ("rt lima rw tiga"), Javanese "wingi" (yesterday) and the day in words
 * after "tanggal" ("tanggal tiga kemarin"), members counted in Javanese ("kurang luwih selawe"). Each was "Saya belum bisa membaca …" and the
 * question again; an RW corrected in Kelompok saya with "mas" after it asked the RT/RW again, and a
 * change said in Javanese there ("anggotane saiki seket") was not understood;
 * an RT stated in the group's name was dropped when the RW was answered alone;
 * beneficiaries naming balita weighed as usual beside a PMKS category were refused whole; a group
 * typed again without the word of its dusun ("PKK Glugo" for "PKK Dsn Glugo") was registered twice;
 * the last confirmation answered said "nothing else waits" with one set aside still waiting.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

describeEachDatabase('a ketua\'s answers in her own words', (kind) => {
  // Friday 20 November 2026, 10:00 in Jakarta.
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const group = (name: string) => bot.bot.database.prisma.group.findFirstOrThrow({ where: { name }, include: { area: true } });

  it('reads the RT/RW and the date as she types them', async () => {
    const sumarni = (input: string | { button: string }) => bot.send('bu-sumarni', input);
    await sumarni('daftar');
    await sumarni({ button: 'consent:agree' });
    await sumarni('panggungharjo sewon');
    await sumarni({ button: 'village-exact:yes' });
    await sumarni('posyandu mawar lestari');
    const unit = allText(await sumarni('RT 5 RW 3 NGGIH'));
    expect(unit).not.toContain('belum bisa membaca');
    expect(unit).toContain('Berapa jumlah anggotanya?');
    // Counted in Javanese (was "Mohon tulis jumlahnya dengan angka").
    expect(allText(await sumarni('kurang luwih selawe'))).toContain('Siapa ketua kelompok ini?');
    expect(allText(await sumarni('SUMARNI 0812 3456 7890'))).toContain('Wilayah: RT 005 / RW 003');
    await sumarni({ button: 'save' });
    expect(await group('Posyandu Mawar Lestari')).toMatchObject({ memberCount: 25, area: { rt: 5, rw: 3 } });

    // Another ketua of the desa, the RT/RW in words.
    const darto = (input: string | { button: string }) => bot.send('pak-darto', input);
    await darto('daftar');
    await darto({ button: 'consent:agree' });
    await darto('panggungharjo sewon');
    await darto({ button: 'village-exact:yes' });
    await darto('karang taruna tunas muda');
    expect(allText(await darto('rt lima rw tiga'))).toContain('Berapa jumlah anggotanya?');
    await darto('40');
    expect(allText(await darto('pak darto 0813 2222 3333'))).toContain('Wilayah: RT 005 / RW 003');
    await darto({ button: 'save' });

    // Her activity's date, with "nggih" after it, in Javanese, and the day in words.
    await sumarni('menu');
    await sumarni('catat kegiatan');
    // "malam minggu" (Saturday evening) after "minggu lalu", then corrected: "wingi sore nggih".
    expect(allText(await sumarni('minggu lalu'))).toContain('"Minggu lalu" hari apa?');
    expect(allText(await sumarni('malam minggu'))).toContain('Jenis kegiatannya apa?');
    await sumarni('kembali');
    expect(allText(await sumarni('dinten niki'))).toContain('Jenis kegiatannya apa?');
    await sumarni('kembali');
    const date = allText(await sumarni('wingi sore nggih'));
    expect(date).not.toContain('belum bisa membaca');
    expect(date).toContain('Jenis kegiatannya apa?');
    await sumarni({ button: 'category:layanan_kesehatan' });
    await sumarni('nimbang balita sama kasih pmt');
    await sumarni('nggih');
    // The balita weighed as usual are no PMKS, the two disabled children are: kept, the balita said left out (was all refused).
    const summary = allText(await sumarni('ada tiga puluh balita sama dua anak disabilitas'));
    expect(summary).toContain('Balita yang ditimbang atau dilayani seperti biasa tidak saya hitung sebagai PMKS');
    expect(summary).toContain('Penerima manfaat: Anak dengan disabilitas 2');
    expect(summary).toContain('Tanggal: 19 November 2026');
    expect(summary).toContain('Kelompok lain: Karang Taruna Tunas Muda');
    expect(allText(await sumarni('eh tanggalnya salah, harusnya tanggal tiga'))).toContain('Tanggal: 3 November 2026');
    expect(allText(await sumarni({ button: 'save' }))).toContain('Kegiatan sudah dicatat');
    const activity = await bot.bot.database.prisma.activity.findFirstOrThrow({ where: { description: 'nimbang balita sama kasih pmt' }, include: { beneficiaries: true } });
    expect(activity.date.toISOString().slice(0, 10)).toBe('2026-11-03');
    expect(activity.beneficiaries.map(({ pmksCode, count }) => ({ pmksCode, count }))).toEqual([{ pmksCode: 5, count: 2 }]);

    // Kelompok saya: the RW corrected with "mas" after it.
    await darto('menu');
    await darto('kelompok saya');
    expect(allText(await darto('rw nya salah harusnya rw 4 mas'))).toContain('Wilayah: RT 005 / RW 004');
    expect((await group('Karang Taruna Tunas Muda')).area).toMatchObject({ rt: 5, rw: 4 });
    // Said in Javanese (was "Maaf, jawaban itu belum bisa saya pakai").
    // Said without a verb at the group's screen: asked first, as at the menu, and "nggih" saves it.
    expect(allText(await darto('anggotane saiki seket'))).toContain('Ubah jumlah anggota Karang Taruna Tunas Muda dari 40 jadi 50?');
    expect(allText(await darto('nggih'))).toContain('Anggota: 50 orang');
    expect(allText(await darto('jadwale dadi malem jumat'))).toContain('Pertemuan: malem jumat');
    await darto('menu');
    expect(allText(await darto('anggotane karang taruna saiki dadi sewidak'))).toContain('Anggota: 60 orang');
    expect((await group('Karang Taruna Tunas Muda')).memberCount).toBe(60);
  });

  it('keeps a name typed all in capitals as a form writes it, and reads a dusun with "mboten" and "nggih"', async () => {
    const partinah = (input: string | { button: string }) => bot.send('bu-partinah', input);
    await partinah('daftar');
    await partinah({ button: 'consent:agree' });
    await partinah('panggungharjo sewon');
    await partinah({ button: 'village-exact:yes' });
    await partinah('POSYANDU LANSIA SEHAT BAHAGIA');
    expect(allText(await partinah('mboten pake rt, dusun glugo nggih'))).toContain('Berapa jumlah anggotanya?');
    await partinah('kurang lebih tiga puluhan');
    const summary = allText(await partinah('BU PARTINAH 0813 2223 3344'));
    expect(summary).toContain('• Nama: Posyandu Lansia Sehat Bahagia');
    expect(summary).toContain('• Wilayah: Dusun Glugo');
    await partinah({ button: 'save' });
    expect((await group('Posyandu Lansia Sehat Bahagia')).area).toMatchObject({ rt: 0, rw: 0, dusun: 'Glugo' });

    // The RT the name states kept when only the RW is answered (was RT 0 beside "RT Lima").
    await partinah('daftar');
    await partinah({ button: 'village:34.02.15.2004' });
    await partinah('arisan ibu ibu rt lima');
    await partinah('rw tiga');
    await partinah('rolas');
    const arisan = allText(await partinah('0812 3456 7000 bu painem'));
    expect(arisan).toContain('• Wilayah: RT 005 / RW 003');
    expect(arisan).toContain('• Anggota: 12 orang');
  });

  it('asks about a group typed again without the word of its dusun, rather than registering it twice', async () => {
    const wati = (input: string | { button: string }) => bot.send('bu-wati', input);
    await wati('daftar');
    await wati({ button: 'consent:agree' });
    await wati('panggungharjo sewon');
    await wati({ button: 'village-exact:yes' });
    await wati('pkk dsn glugo');
    await wati('30');
    await wati('bu wati 0857 1111 2222');
    await wati({ button: 'save' });

    // The same leader, the same group, "dusun" left out (was a second group "PKK Glugo" in Dusun Glugo).
    await wati('daftar');
    await wati({ button: 'village:34.02.15.2004' });
    const asked = allText(await wati('pkk glugo'));
    expect(asked).toContain('Di desa ini sudah terdaftar "PKK Dsn Glugo" (Dusun Glugo). Apakah itu kelompok yang Anda maksud?');
    expect(allText(await wati('iya'))).toContain('Anda sendiri pengurusnya');
    await wati('batal');

    // Another group after all: "bukan" registers it.
    await wati('daftar');
    await wati({ button: 'village:34.02.15.2004' });
    await wati('PKK Glugo');
    expect(allText(await wati({ button: 'same:no' }))).toContain('Di RT/RW berapa?');
    expect(await bot.bot.database.prisma.group.count({ where: { villageCode: '34.02.15.2004', name: { in: ['PKK Dsn Glugo', 'PKK Glugo'] } } })).toBe(1);
  });

  it('says the confirmations set aside with "mengko" still wait, after the last one is answered', async () => {
    const ani = (input: string | { button: string }) => bot.send('bu-ani', input);
    const budi = (input: string | { button: string }) => bot.send('pak-budi', input);
    const base = { villageQuery: 'panggungharjo sewon', villageCode: '34.02.15.2004', unit: 'rt 1 rw 1', members: '20' };
    await answerRegistration(ani, await ani('daftar'), { ...base, type: 'posyandu', name: 'Posyandu Anggrek', ketua: 'Bu Ani', phone: '081211112222' });
    await answerRegistration(budi, await budi('daftar'), { ...base, type: 'karang_taruna', name: 'Karang Taruna Bina Putra', ketua: 'Pak Budi', phone: '081233334444' });
    for (const description of ['nimbang balita bareng', 'kerja bakti selokan bareng']) {
      await ani('catat kegiatan');
      await ani('kemarin');
      await ani({ button: 'category:kerja_bakti' });
      // The partner tapped (one of the desa's groups, or the only one), then the list closed.
      const asked = await ani(description);
      const partner = asked.flatMap((reply) => reply.buttons ?? []).find((button) => button.label.includes('Karang Taruna Bina Putra'))!;
      const picked = await ani({ button: partner.id });
      if (buttonIds(picked).includes('partners:done')) await ani({ button: 'partners:done' });
      await ani({ button: 'pmks:done' });
      expect(allText(await ani({ button: 'save' }))).toContain('Kegiatan sudah dicatat');
    }
    await budi('konfirmasi');
    await budi('mengko wae');
    const last = allText(await budi('nggih leres kami ikut'));
    expect(last).not.toContain('Tidak ada lagi yang perlu dikonfirmasi');
    expect(last).toContain('sisanya bisa dijawab nanti lewat menu Konfirmasi');
  });
});
