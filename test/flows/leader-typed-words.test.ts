/**
 * A group leader's typed answers while registering and in 👥 Kelompok saya, as a round of
 * walking the bot found them: a question typed for the name ("opo iki?" was registered as the
 * name), the words before the name, "sama kayak ketua MT" (was a ketua called "sama kayak"), a
 * field and value at the summary without "salah" or "jadi", an RW corrected alone (the RT was
 * dropped), a group picked from the list by its kind, "jd" for "jadi", a new ketua's number not
 * known yet, and the group's end said at its screen.
 */
import { expect, it } from 'vitest';
import { allText, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

describeEachDatabase('a leader\'s typed answers', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const group = (name: string) => bot.bot.database.prisma.group.findFirstOrThrow({ where: { name }, include: { area: true } });

  it('registers what was said, and changes it in Kelompok saya as said', async () => {
    const send = (input: string | { button: string }) => bot.send('leader-words', input);
    await send('daftar');
    await send({ button: 'consent:agree' });
    await send('panggungharjo sewon');
    await send({ button: 'village-exact:yes' });

    const question = allText(await send('opo iki?'));
    expect(question).toContain('Itu sepertinya pertanyaan, bukan nama kelompok');
    expect(question).toContain('Apa nama kelompoknya?');
    expect(allText(await send('nama kelompok kami: MT Nurul Iman'))).toContain('Di RT/RW berapa?');
    await send('rt 3 rw 12');
    await send('25');
    expect(allText(await send('bu hj siti aminah 0812 2233 4455'))).toContain('• Nama: MT Nurul Iman');

    expect(allText(await send('rw nya salah, harusnya rw 11'))).toContain('Wilayah: RT 003 / RW 011');
    expect(allText(await send('pertemuannya tiap malam jumat'))).toContain('Pertemuan: tiap malam jumat');
    expect(allText(await send('berdirinya th 2015'))).toContain('Berdiri: 2015');
    expect(allText(await send({ button: 'save' }))).toContain('"MT Nurul Iman" sudah terdaftar');
    expect(await group('MT Nurul Iman')).toMatchObject({ type: 'majelis_taklim', area: { rt: 3, rw: 11 }, foundedYear: 2015, meetingSchedule: 'tiap malam jumat' });

    // A second group, its ketua "the same as MT's" typed instead of tapped.
    await send('daftar');
    await send({ button: 'village:34.02.15.2004' });
    await send('Posyandu Melati 2');
    await send('rt 5 rw 3');
    await send('15');
    const same = allText(await send('sama kayak ketua MT'));
    expect(same).not.toContain('sama kayak');
    // Typed in lower case at MT's registration, kept with a name's capitals.
    expect(same).toContain('Ketua: Hj Siti Aminah (+6281222334455)');
    await send({ button: 'save' });
    expect(await group('Posyandu Melati 2')).toMatchObject({ ketuaName: 'Hj Siti Aminah', ketuaPhone: '+6281222334455' });

    // At the menu, news naming the group at length (was "belum paham").
    await send('menu');
    expect(allText(await send('anggota mt nurul iman skrg jadi 40 orang'))).toContain('Sudah diperbarui');
    expect((await group('MT Nurul Iman')).memberCount).toBe(40);

    // Kelompok saya: the group picked by its kind, then changes typed.
    await send('menu');
    await send('👥 Kelompok saya');
    expect(allText(await send('yg majelis taklim'))).toContain('• Jenis: Majelis taklim');
    await send({ button: 'edit:name' });
    expect(allText(await send('lho kok gitu?'))).toContain('Itu sepertinya pertanyaan, bukan nama kelompok');
    await send('batal');
    await send('👥 Kelompok saya');
    await send('yang pertama');
    expect(allText(await send('ganti nama jd mt nurul iman sewon'))).toContain('Sudah diperbarui');
    await group('MT Nurul Iman Sewon');
    expect(allText(await send('anggota skrg jd tiga puluh'))).toContain('Anggota: 30 orang');
    expect(allText(await send('rt/rw nya pindah ke rt 2 rw 11'))).toContain('Wilayah: RT 002 / RW 011');

    await send({ button: 'edit:ketuaName' });
    await send('mbak dewi lestari');
    const later = allText(await send('nomornya belum tau, nanti ya'));
    expect(later).toContain('Nomor HP ketua yang baru diperlukan');
    expect(later).not.toContain('bukan nomor HP yang lengkap');
    await send('0813 5555 6666');
    expect(await group('MT Nurul Iman Sewon')).toMatchObject({ ketuaName: 'Dewi Lestari', ketuaPhone: '+6281355556666', memberCount: 30, area: { rt: 2, rw: 11 } });

    expect(allText(await send('kelompok ini udah ga aktif lagi'))).toContain('Yakin menonaktifkan "MT Nurul Iman Sewon"?');
  });

  it('sends a co-leader request in the person\'s own name after "saya sendiri" (was from "saya sendiri")', async () => {
    const leader = (input: string | { button: string }) => bot.send('join-leader', input);
    const other = (input: string | { button: string }) => bot.send('join-secretary', input);
    await answerRegistration(leader, await leader('daftar'), {
      type: 'arisan', name: 'Arisan Mawar Merah', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'seluruh desa', members: '20', ketua: 'Bu Siti', phone: '0812 2233 4455',
    });
    await other('daftar');
    await other({ button: 'consent:agree' });
    await other('panggungharjo');
    await other({ button: 'village-exact:yes' });
    await other('Arisan Mawar Merah');
    await other({ button: 'join' });
    const asked = allText(await other('saya sendiri'));
    expect(asked).toContain('Mohon tulis nama Anda sendiri');
    expect(asked).not.toContain('sudah dikirim');
    expect(allText(await other('saya sendiri, Ahmad Fauzi'))).toContain('sudah dikirim');
    await leader('menu');
    const inbox = allText(await leader('📥 Konfirmasi'));
    expect(inbox).toContain('Ahmad Fauzi');
    expect(inbox).not.toContain('saya sendiri');
  });
});
