/**
 * Changes 👥 Kelompok saya asks about before saving, for a leader of two groups: "ga jadi" at the
 * question ends it with what stays (was "Kelompok saya ditutup"); a change naming the other group
 * typed at one group's screen is asked about (was saved at once); a value corrected with no field
 * named ("bukan 25 tapi 8") finds the field holding it (was "belum paham" at the menu, "pilih
 * tombol" at the screen), or asks which.
 */
import { expect, it } from 'vitest';
import { allText, buttonLabelled, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

describeEachDatabase('changes asked about before they are saved', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const group = (name: string) => bot.bot.database.prisma.group.findFirstOrThrow({ where: { name } });

  /** Registers Posyandu `anggrek` (25 members) and Karang Taruna `taruna` (40) for `user`; back at the menu. */
  async function twoGroups(user: string, anggrek: string, taruna: string) {
    const send = (input: string | { button: string }) => bot.send(user, input);
    await answerRegistration(send, await send('daftar'), {
      type: 'posyandu', name: anggrek, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 03', members: '25', ketua: 'Bu Ani', phone: '0812 1111 2222',
    });
    await answerRegistration(send, await send('daftar'), {
      type: 'karang_taruna', name: taruna, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 07', members: '40', ketua: 'Mas Rizky', phone: '0813 2222 3333',
    });
    await send('menu');
    return send;
  }

  it('ends a change asked about at the menu with what stays on "ga jadi" or "batal" (was "Kelompok saya ditutup")', async () => {
    const send = await twoGroups('asked-cancel', 'Posyandu Anggrek Batal', 'Karang Taruna Batal');
    for (const typed of ['ga jadi', 'batal']) {
      expect(allText(await send('jumlah anggota posyandu anggrek batal sebenarnya 8 orang'))).toContain('Ubah jumlah anggota Posyandu Anggrek Batal dari 25 jadi 8?');
      const cancelled = allText(await send(typed));
      expect(cancelled, typed).toContain('Baik, jumlah anggota Posyandu Anggrek Batal tetap 25.');
      expect(cancelled, typed).not.toContain('ditutup');
      expect(cancelled, typed).toContain('Silakan pilih menu');
    }
    // ❌ Tidak says the same.
    await send('jumlah anggota posyandu anggrek batal sebenarnya 8 orang');
    expect(allText(await send({ button: 'change:no' }))).toContain('Baik, jumlah anggota Posyandu Anggrek Batal tetap 25.');
    expect((await group('Posyandu Anggrek Batal')).memberCount).toBe(25);
  });

  it('asks before changing another group named at one group\'s screen, and goes back to that screen on "ga jadi" (was saved at once)', async () => {
    const send = await twoGroups('asked-other', 'Posyandu Anggrek Lain', 'Karang Taruna Lain');
    await send('👥 Kelompok saya');
    await send('Posyandu Anggrek Lain');
    const asked = await send('anggota karang taruna lain jadi 30');
    expect(allText(asked)).toContain('Ubah jumlah anggota Karang Taruna Lain dari 40 jadi 30?');
    expect(buttonLabelled(asked, '✅ Ya, ubah')).toBe('change:yes');
    expect((await group('Karang Taruna Lain')).memberCount).toBe(40);
    const kept = allText(await send('ga jadi'));
    expect(kept).toContain('Baik, jumlah anggota Karang Taruna Lain tetap 40.');
    // The screen it was typed at, again.
    expect(kept).toContain('• Anggota: 25 orang');
    expect(kept).not.toContain('ditutup');

    await send('anggota karang taruna lain jadi 30');
    const made = allText(await send({ button: 'change:yes' }));
    expect(made).toContain('Sudah diperbarui');
    expect(made).toContain('• Anggota: 30 orang');
    expect((await group('Karang Taruna Lain')).memberCount).toBe(30);
    expect((await group('Posyandu Anggrek Lain')).memberCount).toBe(25);

    // In English at its screen: "is now" is no part of the new ketua's name (was refused as a question).
    // A new ketua said without a verb is asked about first at the screen too (was saved at once).
    expect(allText(await send('the leader is now Mrs Sri 0857 1111 3333'))).toContain('Ubah ketua Karang Taruna Lain dari Rizky (+6281322223333) jadi Mrs Sri (+6285711113333)?');
    expect(allText(await send('yes'))).toContain('Sudah diperbarui');
    expect(await group('Karang Taruna Lain')).toMatchObject({ ketuaName: 'Mrs Sri', ketuaPhone: '+6285711113333' });
  });

  it('finds the field a value corrected with no field named holds ("bukan 25 tapi 8"), at the menu and at a screen, and asks which when none or several do', async () => {
    const send = await twoGroups('asked-value', 'Posyandu Anggrek Nilai', 'Karang Taruna Nilai');
    const asked = await send('bukan 25 tapi 8');
    expect(allText(asked)).toContain('Ubah jumlah anggota Posyandu Anggrek Nilai dari 25 jadi 8?');
    expect((await group('Posyandu Anggrek Nilai')).memberCount).toBe(25);
    expect(allText(await send('iya'))).toContain('Sudah diperbarui');
    expect((await group('Posyandu Anggrek Nilai')).memberCount).toBe(8);

    // At the other group's screen, its own value.
    await send('menu');
    await send('👥 Kelompok saya');
    await send('Karang Taruna Nilai');
    expect(allText(await send('40 salah, harusnya 35'))).toContain('Ubah jumlah anggota Karang Taruna Nilai dari 40 jadi 35?');
    const kept = allText(await send({ button: 'change:no' }));
    expect(kept).toContain('Baik, jumlah anggota Karang Taruna Nilai tetap 40.');
    expect(kept).toContain('• Anggota: 40 orang');

    // No field holds it: which is asked, nothing saved.
    const none = allText(await send('bukan 99 tapi 12'));
    expect(none).toContain('Tidak ada data kelompok Anda yang isinya 99.');
    expect(none).toContain('Data mana yang jadi 12?');
    // Both groups hold it: which is asked, both listed.
    await send('ubah jumlah anggota jadi 8');
    expect((await group('Karang Taruna Nilai')).memberCount).toBe(8);
    await send('menu');
    const several = allText(await send('bukan 8 tapi 10'));
    expect(several).toContain('Ada beberapa data yang isinya 8:');
    expect(several).toContain('• jumlah anggota Posyandu Anggrek Nilai');
    expect(several).toContain('• jumlah anggota Karang Taruna Nilai');
    expect((await group('Posyandu Anggrek Nilai')).memberCount).toBe(8);
    expect((await group('Karang Taruna Nilai')).memberCount).toBe(8);
    // The group picked then: its field holding 8 asked about (was "Saya belum bisa membaca perubahan").
    expect(allText(await send('Karang Taruna Nilai'))).toContain('Ubah jumlah anggota Karang Taruna Nilai dari 8 jadi 10?');
    expect(allText(await send('ya'))).toContain('• Anggota: 10 orang');
    expect((await group('Karang Taruna Nilai')).memberCount).toBe(10);
    expect((await group('Posyandu Anggrek Nilai')).memberCount).toBe(8);
  });

  it('reads a leader of two groups as meant: the value asked about corrected at the question, the group by its value said wrong or named before a new ketua', async () => {
    const send = await twoGroups('asked-meant', 'Posyandu Anggrek Sari', 'Karang Taruna Sari');
    // "bukan 25 tapi 40" at "… dari 25 jadi 30?": 40 asked about instead (was "Ya atau Tidak").
    expect(allText(await send('bukan 40 tapi 30'))).toContain('Ubah jumlah anggota Karang Taruna Sari dari 40 jadi 30?');
    expect(allText(await send('eh bukan 30 tapi 35'))).toContain('Ubah jumlah anggota Karang Taruna Sari dari 40 jadi 35?');
    expect(allText(await send('jadi 36 aja'))).toContain('Ubah jumlah anggota Karang Taruna Sari dari 40 jadi 36?');
    expect((await group('Karang Taruna Sari')).memberCount).toBe(40);
    expect(allText(await send({ button: 'change:yes' }))).toContain('• Anggota: 36 orang');
    expect((await group('Karang Taruna Sari')).memberCount).toBe(36);

    // The field named with its value said wrong: the one group holding it (was "untuk kelompok yang mana?").
    await send('menu');
    const byValue = allText(await send('anggotanya bukan 25 tp 8'));
    expect(byValue).not.toContain('untuk kelompok yang mana?');
    expect(byValue).toContain('Ubah jumlah anggota Posyandu Anggrek Sari dari 25 jadi 8?');
    await send({ button: 'change:no' });

    // The group named before its field, or past a field typed with a slip (were the FAQ, and "which group?").
    expect(allText(await send('posyandu anggrek sari anggotanya 22'))).toContain('Ubah jumlah anggota Posyandu Anggrek Sari dari 25 jadi 22?');
    await send({ button: 'change:no' });
    // Said with "jadi", made at once, as "anggota … jadi 22" is.
    expect(allText(await send('anggtoa posyandu anggrek sari jd 22'))).toContain('Sudah diperbarui');
    expect((await group('Posyandu Anggrek Sari')).memberCount).toBe(22);
    expect((await group('Karang Taruna Sari')).memberCount).toBe(36);
    await send('menu');

    // The group named between the ketua and the person addressed is no part of the new ketua's name.
    const ketua = allText(await send('ketua posyandu anggrek sari skrg bu sri 0857 1234 5678'));
    expect(ketua).toContain('Ubah ketua Posyandu Anggrek Sari dari Ani (+6281211112222) jadi Sri (+6285712345678)?');
    expect(allText(await send('ya'))).toContain('Sudah diperbarui');
    expect(await group('Posyandu Anggrek Sari')).toMatchObject({ ketuaName: 'Sri', ketuaPhone: '+6285712345678' });
  });

  it('leaves "bukan 25 tapi 8" from someone who leads no group to the FAQ (not "only for leaders")', async () => {
    await bot.send('asked-resident', 'halo');
    const replies = allText(await bot.send('asked-resident', 'bukan 25 tapi 8'));
    expect(replies).not.toContain('Ubah');
    expect(replies).not.toContain('bukan 25 tapi 8');
  });
});
