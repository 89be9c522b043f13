/**
 * Changes to one's group said without a verb as a leader types them in chat: with "min" after
 * the value, with a slip and "nya" typed apart ("angota nya 23 orang"), and a ketua said to be
 * another ("ketuanya bukan bu ani tapi bu sri"). Each is asked about before it is saved, at the
 * menu and at the group's screen, as the same words typed plainly are.
 */
import { expect, it } from 'vitest';
import { allText, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

describeEachDatabase('changes said in chat words, asked about before they are saved', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const group = (name: string) => bot.bot.database.prisma.group.findFirstOrThrow({ where: { name } });

  /** Registers Arisan `name` (25 members, ketua Bu Ani) for `user`; back at the menu. */
  async function oneGroup(user: string, name: string) {
    const send = (input: string | { button: string }) => bot.send(user, input);
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 03', members: '25', ketua: 'Bu Ani', phone: '0812 1111 2222',
    });
    await send('menu');
    return send;
  }

  it('asks about "berdiri thn 2015 min" and "angota nya 23 orang" at the menu (were the FAQ\'s)', async () => {
    const send = await oneGroup('chat-words-menu', 'Arisan Melati Chat');
    expect(allText(await send('berdiri thn 2015 min'))).toContain('Isi tahun berdiri Arisan Melati Chat dengan 2015?');
    expect(allText(await send({ button: 'change:yes' }))).toContain('Sudah diperbarui');
    await send('menu');
    expect(allText(await send('angota nya 23 orang'))).toContain('Ubah jumlah anggota Arisan Melati Chat dari 25 jadi 23?');
    expect(allText(await send({ button: 'change:yes' }))).toContain('Sudah diperbarui');
    expect(await group('Arisan Melati Chat')).toMatchObject({ foundedYear: 2015, memberCount: 23 });
  });

  it('asks about "ketuanya bukan bu ani tapi bu sri" at the menu and at the group\'s screen before asking Bu Sri\'s phone', async () => {
    const send = await oneGroup('chat-words-ketua', 'Arisan Mawar Chat');
    // At the menu: was the FAQ's "who registers a group".
    expect(allText(await send('ketuanya bukan bu ani tapi bu sri'))).toContain('Ubah ketua Arisan Mawar Chat dari Ani jadi Sri?');
    await send({ button: 'change:no' });
    await send('menu');
    await send('👥 Kelompok saya');
    // At the screen: was straight on to "Berapa nomor HP Bu Sri?", the ketua replaced unasked.
    const asked = allText(await send('ketuanya bukan bu ani tapi bu sri'));
    expect(asked).toContain('Ubah ketua Arisan Mawar Chat dari Ani jadi Sri?');
    expect(asked).not.toContain('nomor HP Bu Sri');
    expect(allText(await send({ button: 'change:yes' }))).toContain('nomor HP Sri');
    expect(allText(await send('0812 3333 4444'))).toContain('Sudah diperbarui');
    expect(await group('Arisan Mawar Chat')).toMatchObject({ ketuaName: 'Sri', ketuaPhone: '+6281233334444' });
  });

  // The ketua kept without the title typed with him ("Pak Ali" is Ali), corrected with another title: was no change read.
  // A village role (ustadz) stays with the name, as ketuaNameKept keeps it; a form of address (pak) goes.
  it('asks about "bukan ustadz Ali tapi ustadz Budi" and "bukan pak Ali tapi pak Budi" at the group\'s screen', async () => {
    const send = (input: string | { button: string }) => bot.send('chat-words-ustadz', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan Nurul Chat', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 03', members: '25', ketua: 'Pak Ali', phone: '0812 1111 2222',
    });
    await send('menu');
    await send('👥 Kelompok saya');
    const ustadz = allText(await send('bukan ustadz Ali tapi ustadz Budi'));
    expect(ustadz).toContain('Ubah ketua Arisan Nurul Chat dari Ali jadi ustadz Budi?');
    await send({ button: 'change:no' });
    expect(allText(await send('bukan pak Ali tapi pak Budi'))).toContain('Ubah ketua Arisan Nurul Chat dari Ali jadi Budi?');
    expect(allText(await send({ button: 'change:yes' }))).toContain('nomor HP Budi');
    expect(allText(await send('0812 3333 5555'))).toContain('Sudah diperbarui');
    expect(await group('Arisan Nurul Chat')).toMatchObject({ ketuaName: 'Budi', ketuaPhone: '+6281233335555' });
  });

  it('makes "skrg pertemuannya pindah tiap malem senin" at the group\'s screen (was "pilih tombol")', async () => {
    const send = await oneGroup('chat-words-schedule', 'Arisan Kenanga Chat');
    await send('👥 Kelompok saya');
    // Said without a verb: asked first, as at the menu (was saved at once).
    expect(allText(await send('skrg pertemuannya pindah tiap malem senin'))).toContain('Isi jadwal pertemuan Arisan Kenanga Chat dengan tiap malem senin?');
    const made = allText(await send('ya'));
    expect(made).toContain('Sudah diperbarui');
    expect(made).toContain('• Pertemuan: tiap malem senin');
  });
});
