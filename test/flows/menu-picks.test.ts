/**
 * Answers picked from the main menu, through web chat. The home flow never holds the
 * person's menu: a menu button, a typed number or a word that opens an entry is looked up
 * in the live menu by an effect, so only what this person's menu offers is opened; a miss
 * is a stale button, or words read as free text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LOCALES_DIR } from '../../src/paths.js';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

interface Copy {
  home: { menu: string; staleButton: string };
  engine: { nothingToCancel: string };
  statusCheck: { askVillage: string; askVillageTyped: string };
}
const COMMON = JSON.parse(readFileSync(join(LOCALES_DIR, 'id', 'common.json'), 'utf8')) as Copy;
const OFFICERS = JSON.parse(readFileSync(join(LOCALES_DIR, 'id', 'officers.json'), 'utf8')) as { enroll: { askCode: string } };

describeEachDatabase('picks from the main menu', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  it('opens an entry by its button or its number, and only entries this person has', async () => {
    const menu = await bot.send('warga-1', 'menu');
    const entries = buttonIds(menu).filter((id) => id.startsWith('menu:'));
    // Someone who leads no group and is no officer sees neither a leader's entries nor the panel.
    expect(entries).toContain('menu:status');
    expect(entries).not.toContain('menu:activity');
    expect(entries).not.toContain('menu:officer');
    // An officer's word from a resident is a question about it, not an officer's enrolment.
    const verification = allText(await bot.send('warga-1', 'verifikasi'));
    expect(verification).not.toContain('Kirim kode undangan petugas');
    expect(verification).not.toContain('Hasil pencarian');

    // The number of an entry opens it, as its button does.
    const byNumber = await bot.send('warga-1', String(entries.indexOf('menu:status') + 1));
    expect(allText(byNumber)).toContain(COMMON.statusCheck.askVillageTyped);
    await bot.send('warga-1', 'batal');
    const byButton = await bot.send('warga-1', { button: 'menu:status' });
    expect(allText(byButton)).toContain(COMMON.statusCheck.askVillageTyped);
    await bot.send('warga-1', 'batal');

    // A leader's entry from an old message is no longer offered: said so, and the menu shown again.
    const stale = await bot.send('warga-1', { button: 'menu:activity' });
    expect(allText(stale)).toContain(COMMON.home.staleButton);
    expect(allText(stale)).toContain(COMMON.home.menu);
    expect(buttonIds(stale).filter((id) => id.startsWith('menu:'))).toEqual(entries);

    // A leader's entry typed in words: why it is not there, and how to become one; the inbox, empty.
    for (const words of ['kelompok saya', 'ganti nomor hp ketua', 'catat kegiatan']) {
      const told = await bot.send('warga-1', words);
      expect(allText(told)).toContain(`“${words}” ada untuk pengurus kelompok`);
      expect(buttonIds(told)).toContain('menu:register');
    }
    expect(allText(await bot.send('warga-1', 'konfirmasi'))).toContain('Tidak ada yang menunggu konfirmasi Anda');
    // A tie asked for in a sentence is that entry too (was "saya belum paham pertanyaannya").
    expect(allText(await bot.send('warga-1', 'mau catat hubungan sama karang taruna'))).toContain('ada untuk pengurus kelompok');
    // And what waits for confirmation, asked in a sentence; what confirming means stays a question.
    expect(allText(await bot.send('warga-1', 'ada yg minta konfirmasi ga'))).toContain('Tidak ada yang menunggu konfirmasi Anda');
    expect(allText(await bot.send('warga-1', 'konfirmasi itu maksudnya apa'))).not.toContain('Tidak ada yang menunggu konfirmasi Anda');
    // An officer's words in a sentence from a resident are a question, not an enrolment.
    expect(allText(await bot.send('warga-1', 'ada yang perlu saya verifikasi?'))).not.toContain('Kirim kode undangan petugas');

    // A number past the end of the menu opens nothing: it is read as words, at the menu.
    const past = await bot.send('warga-1', String(entries.length + 1));
    expect(allText(past)).not.toContain(COMMON.statusCheck.askVillageTyped);
    expect(allText(await bot.send('warga-1', 'batal'))).toContain(COMMON.engine.nothingToCancel);
  });

  it('opens 🔗 Hubungan antarkelompok for a tie asked for in a sentence, and leaves a question about ties to the FAQ', async () => {
    const send = (input: string | { button: string }) => bot.send('ketua-tie', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan Tie Words', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 07', members: '20', ketua: 'Bu Tia', phone: '0812 7777 1212',
    });
    const asked = allText(await send('mau catat hubungan sama kelompok tani sri rejeki'));
    expect(asked).toMatch(/Dengan kelompok mana Arisan Tie Words punya hubungan\?|Belum ada kelompok lain yang terdaftar di desa ini|Hubungan ini untuk kelompok Anda yang mana\?/);
    await send('batal');
    expect(allText(await send('hubungan antarkelompok itu apa?'))).not.toMatch(/Dengan kelompok mana|Hubungan ini untuk kelompok Anda/);
  });

  it('makes a change to one\'s group said at the menu, in Kelompok saya (was the FAQ on who may be members)', async () => {
    const send = (input: string | { button: string }) => bot.send('ketua-news', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'kelompok_tani', name: 'Kelompok Tani Kabar Baru', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 08', members: '30', ketua: 'Pak Slamet', phone: '0812 9876 5432',
    });
    const group = () => bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Kelompok Tani Kabar Baru' } });
    const members = allText(await send('anggota kelompok kami sekarang nambah jadi 35 orang'));
    expect(members).not.toContain('Keanggotaan biasanya');
    expect((await group()).memberCount).toBe(35);
    await send('menu');
    await send('ketua kami sekarang jadi Bu Aminah 0857 1111 2222');
    expect(await group()).toMatchObject({ ketuaName: 'Aminah', ketuaPhone: '+6285711112222' });
    await send('menu');
    // A question about it is no change: the ketua stays (was saved as "siapa ya").
    const asked = allText(await send('ketua kelompok kami jadi siapa ya'));
    expect(asked).not.toContain('siapa ya');
    expect(await group()).toMatchObject({ ketuaName: 'Aminah' });
    await send('menu');
    // Someone who leads no group is told why, as for "kelompok saya".
    expect(allText(await bot.send('warga-news', 'anggota kelompok kami sekarang jadi 40'))).toContain('ada untuk pengurus kelompok');
    // A group that ended, said so: marking it inactive is asked to confirm (was "saya belum paham").
    expect(allText(await send('kelompok kami sudah bubar, tolong dihapus'))).toContain('Yakin menonaktifkan "Kelompok Tani Kabar Baru"?');
    await send('tidak');
    expect((await group()).active).toBe(true);
    await send('menu');
    expect(allText(await send('kalau kelompok bubar gimana?'))).not.toContain('Yakin menonaktifkan');

    // Leading two groups: which one the change is for is asked, with the change said back.
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan Kabar Kedua', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 09', members: '15', ketua: 'Pak Slamet', phone: '0812 9876 5432',
    });
    const which = await send('anggota kelompok kami sekarang jadi 40');
    expect(allText(which)).toContain('Perubahan “anggota kelompok kami sekarang jadi 40” untuk kelompok yang mana?');
    const second = which.flatMap((reply) => reply.buttons ?? []).find((button) => button.label.includes('Arisan Kabar Kedua'))!;
    await send({ button: second.id });
    const kedua = await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Arisan Kabar Kedua' } });
    expect(kedua.memberCount).toBe(40);
    expect((await group()).memberCount).toBe(35);
  });

  it('asks someone who is no officer for an invite code when they write "petugas"', async () => {
    const replies = await bot.send('warga-2', 'petugas');
    expect(allText(replies)).toContain(OFFICERS.enroll.askCode);
  });
});
