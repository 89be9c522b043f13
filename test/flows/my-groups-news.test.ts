/**
 * Changes to one's group said at the menu, made in 👥 Kelompok saya: a new ketua told as news
 * without "jadi" ("ketua kami skrg ganti mas Rizky …"), a change that names which of one's groups
 * it is for, and what "batal" says after changes were saved there.
 */
import { expect, it } from 'vitest';
import { allText, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

describeEachDatabase('changes to one\'s group said at the menu', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const group = (name: string) => bot.bot.database.prisma.group.findFirstOrThrow({ where: { name } });

  it('saves a new ketua told with "skrg ganti" or "sekarang dipegang" (was the FAQ, nothing saved)', async () => {
    const send = (input: string | { button: string }) => bot.send('ketua-ganti', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan Ganti Ketua', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 05', members: '20', ketua: 'Pak Joko', phone: '0812 1212 3434',
    });
    const saved = allText(await send('ketua kami skrg ganti mas Rizky Aditya 0878 1122 3344'));
    expect(saved).toContain('Sudah diperbarui');
    expect(await group('Arisan Ganti Ketua')).toMatchObject({ ketuaName: 'Rizky Aditya', ketuaPhone: '+6287811223344' });
    await send('menu');
    await send('ketua kami sekarang dipegang Bu Sri Lestari 0857 2222 3333');
    expect(await group('Arisan Ganti Ketua')).toMatchObject({ ketuaName: 'Sri Lestari', ketuaPhone: '+6285722223333' });
  });

  it('makes a change to the group it names, of the two a leader leads (was "untuk kelompok yang mana?")', async () => {
    const send = (input: string | { button: string }) => bot.send('ketua-dua', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'karang_taruna', name: 'Karang Taruna Tunas Muda', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 07', members: '20', ketua: 'Pak Slamet', phone: '0812 7777 1212',
    });
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan Melati Putih', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 08', members: '20', ketua: 'Pak Slamet', phone: '0812 7777 1212',
    });
    const renamed = allText(await send('ganti nama kelompok tunas muda jadi Karang Taruna Tunas Muda Panggungharjo'));
    expect(renamed).not.toContain('untuk kelompok yang mana?');
    expect(renamed).toContain('Sudah diperbarui');
    expect(renamed).toContain('Karang Taruna Tunas Muda Panggungharjo');
    expect((await group('Karang Taruna Tunas Muda Panggungharjo')).memberCount).toBe(20);
    await group('Arisan Melati Putih');

    // At one group's screen, a change naming the other is made to the other, once asked about (it was saved at once).
    await send('menu');
    await send('👥 Kelompok saya');
    await send('Arisan Melati Putih');
    expect(allText(await send('ubah jumlah anggota tunas muda jadi 45'))).toContain('Ubah jumlah anggota Karang Taruna Tunas Muda Panggungharjo dari 20 jadi 45?');
    expect(allText(await send({ button: 'change:yes' }))).toContain('Sudah diperbarui');
    expect((await group('Karang Taruna Tunas Muda Panggungharjo')).memberCount).toBe(45);
    expect((await group('Arisan Melati Putih')).memberCount).toBe(20);

    // "batal" after changes were saved says they stay saved (was "Tidak ada yang disimpan").
    const cancelled = allText(await send('batal'));
    expect(cancelled).not.toContain('Tidak ada yang disimpan');
    expect(cancelled).toContain('Perubahan yang sudah tersimpan tetap tersimpan');
  });
});
