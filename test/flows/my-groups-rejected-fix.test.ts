/**
 * A leader whose group an officer rejected ("jumlah anggota kok 25, setahu saya kader nya cuma 8")
 * fixes it from the main menu of the web chat, in words: the field said wrong with the right value
 * and the group named, a field with a plain value, a phone after "ganti nomor hp ketua" with no
 * "jadi", and a wish to fix the data with no field named (Kelompok saya opens on the group). A change
 * said without a verb may be a mere remark: it is asked about first ("Ubah … dari 25 jadi 8?"). Someone
 * who leads no group keeps the FAQ's answers to the same words.
 */
import { expect, it } from 'vitest';
import { allText, buttonLabelled, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

describeEachDatabase('a rejected group fixed in words from the menu', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const prisma = () => bot.bot.database.prisma;

  /** Registers Posyandu Anggrek (25 members) for `user` and has an officer reject it with the reason the leader reads. */
  async function rejectedLeader(user: string, name = 'Posyandu Anggrek') {
    const send = (input: string | { button: string }) => bot.send(user, input);
    await answerRegistration(send, await send('daftar'), {
      type: 'posyandu', name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 03', members: '25', ketua: 'Bu Ani', phone: '0812 1111 2222',
    });
    const { id } = await prisma().group.findFirstOrThrow({ where: { name } });
    await prisma().group.update({ where: { id }, data: { verification: 'rejected', rejectionReason: 'jumlah anggota kok 25, setahu saya kader nya cuma 8' } });
    await send('menu');
    return { send, group: () => prisma().group.findUniqueOrThrow({ where: { id } }) };
  }

  it('asks before making a change said without a verb, and makes it on ✅ Ya (was saved at once; before that "belum paham" and the FAQ)', async () => {
    const { send, group } = await rejectedLeader('anggrek-fix');
    const asked = await send('jumlah anggota posyandu anggrek sebenarnya 8 orang');
    expect(allText(asked)).toContain('Ubah jumlah anggota Posyandu Anggrek dari 25 jadi 8?');
    expect(allText(asked)).not.toContain('Sudah diperbarui');
    expect(buttonLabelled(asked, '✅ Ya, ubah')).toBe('change:yes');
    expect(buttonLabelled(asked, '❌ Tidak')).toBe('change:no');
    expect((await group()).memberCount).toBe(25);
    const named = allText(await send({ button: 'change:yes' }));
    expect(named).toContain('Sudah diperbarui');
    expect(named).toContain('• Anggota: 8 orang');
    expect((await group()).memberCount).toBe(8);

    await send('menu');
    expect(allText(await send('anggotanya 9 orang'))).toContain('Ubah jumlah anggota Posyandu Anggrek dari 8 jadi 9?');
    // "iya" typed for the button, as at the other yes/no questions.
    expect(allText(await send('iya'))).toContain('Sudah diperbarui');
    expect((await group()).memberCount).toBe(9);

    await send('menu');
    expect(allText(await send('jumlah anggota bukan 25 tapi 8'))).toContain('Ubah jumlah anggota Posyandu Anggrek dari 9 jadi 8?');
    expect(allText(await send({ button: 'change:yes' }))).toContain('Sudah diperbarui');
    expect((await group()).memberCount).toBe(8);
  });

  it('changes nothing on ❌ Tidak, says what stays and is back at the menu; a change asked with a verb is made at once', async () => {
    const { send, group } = await rejectedLeader('anggrek-tidak', 'Posyandu Anggrek Empat');
    expect(allText(await send('anggota posyandu anggrek empat 8 orang'))).toContain('Ubah jumlah anggota Posyandu Anggrek Empat dari 25 jadi 8?');
    const refused = allText(await send({ button: 'change:no' }));
    expect(refused).toContain('Baik, jumlah anggota Posyandu Anggrek Empat tetap 25.');
    expect(refused).not.toContain('Sudah diperbarui');
    expect((await group()).memberCount).toBe(25);
    // Back at the menu: its words are read there again.
    expect(allText(await send('anggotanya 7 orang'))).toContain('Ubah jumlah anggota Posyandu Anggrek Empat dari 25 jadi 7?');
    expect(allText(await send('tidak'))).toContain('Baik, jumlah anggota Posyandu Anggrek Empat tetap 25.');
    expect((await group()).memberCount).toBe(25);
    // Any other text is no answer: the question stands, nothing saved.
    await send('anggotanya 7 orang');
    expect(allText(await send('zzz qqq'))).not.toContain('Sudah diperbarui');
    expect((await group()).memberCount).toBe(25);

    await send('menu');
    expect(allText(await send('ubah anggota jadi 8'))).toContain('Sudah diperbarui');
    expect((await group()).memberCount).toBe(8);
  });

  it('asks in English for a change said in English without a verb; "change members to …" is made at once', async () => {
    const { send, group } = await rejectedLeader('anggrek-en', 'Posyandu Anggrek Lima');
    await send('english');
    const asked = await send('members should be 8');
    expect(allText(asked)).toContain('Change the number of members of Posyandu Anggrek Lima from 25 to 8?');
    expect(buttonLabelled(asked, '✅ Yes, change it')).toBe('change:yes');
    expect(buttonLabelled(asked, '❌ No')).toBe('change:no');
    expect(allText(await send({ button: 'change:no' }))).toContain('All right, the number of members of Posyandu Anggrek Lima stays 25.');
    expect((await group()).memberCount).toBe(25);
    await send('members should be 8');
    expect(allText(await send('yes'))).toContain('Updated');
    expect((await group()).memberCount).toBe(8);
    await send('menu');
    expect(allText(await send('change members to 9'))).toContain('Updated');
    expect((await group()).memberCount).toBe(9);
    // Said as what the group has (was the FAQ's "I did not understand").
    await send('menu');
    expect(allText(await send('actually we have 20 members'))).toContain('Change the number of members of Posyandu Anggrek Lima from 9 to 20?');
    expect(allText(await send({ button: 'change:yes' }))).toContain('Updated');
    expect((await group()).memberCount).toBe(20);
  });

  it('asks about the group named among several, and changes only that one', async () => {
    const { send, group: anggrek } = await rejectedLeader('dua-posyandu', 'Posyandu Anggrek Enam');
    await answerRegistration(send, await send('daftar'), {
      type: 'posyandu', name: 'Posyandu Melati Enam', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 04', members: '30', ketua: 'Bu Ani', phone: '0812 1111 2222',
    });
    await send('menu');
    expect(allText(await send('anggota posyandu melati enam 12 orang'))).toContain('Ubah jumlah anggota Posyandu Melati Enam dari 30 jadi 12?');
    expect(allText(await send({ button: 'change:yes' }))).toContain('• Anggota: 12 orang');
    expect((await prisma().group.findFirstOrThrow({ where: { name: 'Posyandu Melati Enam' } })).memberCount).toBe(12);
    expect((await anggrek()).memberCount).toBe(25);
  });

  it('reads the ketua\'s phone after "ganti nomor hp ketua" or "no hp ketua sekarang" with no "jadi" (was the FAQ\'s how-to); the latter is asked first', async () => {
    const { send, group } = await rejectedLeader('anggrek-hp', 'Posyandu Anggrek Dua');
    expect(allText(await send('ganti nomor hp ketua 081234567890'))).toContain('Sudah diperbarui');
    expect((await group()).ketuaPhone).toBe('+6281234567890');
    await send('menu');
    expect(allText(await send('no hp ketua sekarang 0812 3333 4444'))).toContain('Ubah nomor HP ketua Posyandu Anggrek Dua dari +6281234567890 jadi +6281233334444?');
    expect((await group()).ketuaPhone).toBe('+6281234567890');
    await send({ button: 'change:yes' });
    expect((await group()).ketuaPhone).toBe('+6281233334444');
    await send('menu');
    await send('nomor ketua ganti 0857 5555 6666');
    expect((await group()).ketuaPhone).toBe('+6285755556666');
  });

  it('asks before a new ketua said without a verb, then their phone as ✏️ Ketua does (was no change read)', async () => {
    const { send, group } = await rejectedLeader('anggrek-ketua', 'Posyandu Anggrek Tujuh');
    expect(allText(await send('ketua sekarang bu sri'))).toContain('Ubah ketua Posyandu Anggrek Tujuh dari Ani jadi Sri?');
    expect((await group()).ketuaName).toBe('Ani');
    expect(allText(await send({ button: 'change:yes' }))).toContain('Berapa nomor HP Sri?');
    expect(allText(await send('0813 7777 8888'))).toContain('Sudah diperbarui');
    expect(await group()).toMatchObject({ ketuaName: 'Sri', ketuaPhone: '+6281377778888' });
  });

  it('opens the group, with the officer\'s reason, when asked to fix its data (was the privacy answer)', async () => {
    const { send } = await rejectedLeader('anggrek-perbaiki', 'Posyandu Anggrek Tiga');
    for (const text of ['mau perbaiki data kelompok', 'perbaiki', 'betulkan data', 'revisi data kelompok', "fix my group's data"]) {
      const opened = allText(await send(text));
      // The group's screen with the officer's reason ("fix my group's data" is answered in English).
      expect(opened, text).toContain('Posyandu Anggrek Tiga');
      expect(opened, text).toContain(': jumlah anggota kok 25, setahu saya kader nya cuma 8');
      await send('menu');
    }
  });

  it('keeps the FAQ for someone who leads no group', async () => {
    const send = (input: string | { button: string }) => bot.send('warga-anggota', input);
    await send('menu');
    for (const text of ['anggotanya 8 orang', 'jumlah anggota sebenarnya 8', 'betulkan data']) {
      const reply = allText(await send(text));
      expect(reply, text).not.toContain('ada untuk pengurus kelompok yang sudah terdaftar');
      expect(reply, text).not.toContain('Sudah diperbarui');
    }
  });
});
