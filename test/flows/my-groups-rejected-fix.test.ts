/**
 * A leader whose group an officer rejected ("jumlah anggota kok 25, setahu saya kader nya cuma 8")
 * fixes it from the main menu of the web chat, in words: the field said wrong with the right value
 * and the group named, a field with a plain value, a phone after "ganti nomor hp ketua" with no
 * "jadi", and a wish to fix the data with no field named (Kelompok saya opens on the group). Someone
 * who leads no group keeps the FAQ's answers to the same words.
 */
import { expect, it } from 'vitest';
import { allText, manualClock } from '../support/bot.js';
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

  it('makes the change a field said wrong, or with a plain value, says (were "belum paham" and the FAQ)', async () => {
    const { send, group } = await rejectedLeader('anggrek-fix');
    const named = allText(await send('jumlah anggota posyandu anggrek sebenarnya 8 orang'));
    expect(named).toContain('Sudah diperbarui');
    expect(named).toContain('• Anggota: 8 orang');
    expect((await group()).memberCount).toBe(8);

    await send('menu');
    expect(allText(await send('anggotanya 9 orang'))).toContain('Sudah diperbarui');
    expect((await group()).memberCount).toBe(9);

    await send('menu');
    expect(allText(await send('jumlah anggota bukan 25 tapi 8'))).toContain('Sudah diperbarui');
    expect((await group()).memberCount).toBe(8);
  });

  it('reads the ketua\'s phone after "ganti nomor hp ketua" or "no hp ketua sekarang" with no "jadi" (was the FAQ\'s how-to)', async () => {
    const { send, group } = await rejectedLeader('anggrek-hp', 'Posyandu Anggrek Dua');
    expect(allText(await send('ganti nomor hp ketua 081234567890'))).toContain('Sudah diperbarui');
    expect((await group()).ketuaPhone).toBe('+6281234567890');
    await send('menu');
    await send('no hp ketua sekarang 0812 3333 4444');
    expect((await group()).ketuaPhone).toBe('+6281233334444');
    await send('menu');
    await send('nomor ketua ganti 0857 5555 6666');
    expect((await group()).ketuaPhone).toBe('+6285755556666');
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
