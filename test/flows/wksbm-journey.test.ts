/**
 * The whole WKSBM journey through web chat alone, on PostgreSQL: three leaders
 * register three groups of two types in one desa, declare and confirm relations, log two
 * joint activities and confirm them, and the status reply walks from Belum Ada through
 * Rintisan and Tumbuh to Aktif, each time naming what is missing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { acceptConsent, allText, buttonIds, buttonLabelled, createTestStore, manualClock, startTestBot, type TestBot, type TestStore } from '../support/bot.js';
import { answerRegistration } from '../support/register-group.js';
import { describeEachDatabase } from '../support/databases.js';
import { levelTexts } from '../support/level-texts.js';

const LEVELS = levelTexts('id');

/** The id of the first button whose label contains `text`. */
describeEachDatabase('the WKSBM journey through web chat', (kind) => {
  let store: TestStore;
  let bot: TestBot;
  const clock = manualClock('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    store = await createTestStore(kind);
    bot = await startTestBot(store, { clock });
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  /** Registers a group as `user`, answering every question; returns the last replies. */
  async function register(user: string, type: string, name: string, unit: string, leader: string, phone: string) {
    await bot.send(user, 'halo');
    const replies = await acceptConsent(bot, user, await bot.send(user, 'daftar'));
    return answerRegistration((input) => bot.send(user, input), replies, {
      type, name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit, members: '30 orang', ketua: leader, phone,
    });
  }

  /** The status of Panggungharjo as an anonymous resident sees it. */
  async function status(): Promise<string> {
    const resident = `resident-${Math.random().toString(36).slice(2)}`;
    await bot.send(resident, 'cek status');
    let replies = await bot.send(resident, 'panggungharjo sewon');
    // An exact desa name is confirmed with one "✅ Ya" (issue #11), otherwise picked from a list.
    replies = await bot.send(resident, { button: buttonIds(replies).includes('village-exact:yes') && allText(replies).includes('Panggungharjo') ? 'village-exact:yes' : buttonLabelled(replies, 'Panggungharjo') });
    // The whole desa, in words ("sedesa aja") rather than its button.
    replies = await bot.send(resident, 'sedesa aja');
    return allText(replies);
  }

  /** Answers every inbox item of `user` with yes: the button, or a yes typed as people write it. */
  async function confirmAll(user: string, expected: number, yes: { button: string } | string = { button: 'accept' }) {
    let replies = await bot.send(user, 'menu');
    expect(buttonIds(replies)).toContain('menu:inbox');
    replies = await bot.send(user, { button: 'menu:inbox' });
    for (let i = 0; i < expected; i++) {
      expect(buttonIds(replies)).toContain('accept');
      replies = await bot.send(user, yes);
    }
    expect(allText(replies)).toContain('Tidak ada lagi yang perlu dikonfirmasi');
  }

  /** Declares a relation from `user`'s only group to the group named `other` (its button, or the words `typed`). */
  async function relate(user: string, other: string, relationKind: string, typed?: string) {
    let replies = await bot.send(user, 'hubungan');
    replies = await bot.send(user, typed ?? { button: buttonLabelled(replies, other) });
    replies = await bot.send(user, { button: `kind:${relationKind}` });
    expect(allText(replies)).toContain(other);
    replies = await bot.send(user, { button: 'save' });
    expect(allText(replies)).toContain('Hubungan dicatat');
  }

  /** Logs an activity of `user`'s only group with the partner named `partner`. */
  async function logActivity(user: string, partner: string, beneficiaries: string | null) {
    let replies = await bot.send(user, 'catat kegiatan');
    expect(allText(replies)).toContain('Kapan');
    await bot.send(user, 'kemarin');
    await bot.send(user, { button: 'category:santunan_anak_yatim' });
    replies = await bot.send(user, 'Santunan anak yatim bersama di balai desa');
    replies = await bot.send(user, { button: buttonLabelled(replies, partner) });
    expect(allText(replies.slice(-1))).toBeTruthy();
    await bot.send(user, { button: 'partners:done' });
    // Typed beneficiaries are the whole answer; otherwise "none" is pressed. Either leads to the summary.
    replies = await bot.send(user, beneficiaries ?? { button: 'pmks:done' });
    expect(allText(replies)).toContain(partner);
    replies = await bot.send(user, { button: 'save' });
    expect(allText(replies)).toContain('Kegiatan sudah dicatat');
  }

  it('walks from Belum Ada to Aktif, naming what is missing each time', async () => {
    expect(await status()).toContain(LEVELS.belum_ada!);

    const first = await register('leader-a', 'pkk', 'PKK Dusun Glugo', 'RT 05 RW 03', 'Bu Sri', '0812-1111-2222');
    expect(allText(first)).toContain('PKK Dusun Glugo');
    let now = await status();
    expect(now).toContain(LEVELS.belum_ada!);
    expect(now).toContain('Butuh');
    expect(now).toMatch(/sementara/i);

    await register('leader-b', 'karang_taruna', 'Karang Taruna Tunas Muda', 'RW 04', 'Mas Joko', '0813 3333 4444');
    await register('leader-c', 'arisan', 'Arisan RT 07', 'RT 07 RW 04', 'Pak Budi', '+62 815 5555 6666');
    now = await status();
    expect(now).toContain(LEVELS.rintisan!);
    expect(now).toContain('hubungan');

    await relate('leader-a', 'Karang Taruna Tunas Muda', 'shared_meetings');
    // Typed instead of tapped: words that only that group's name holds.
    await relate('leader-a', 'Arisan RT 07', 'formal_sk', 'arisan rt 07');
    expect(await status()).toContain(LEVELS.rintisan!);
    await confirmAll('leader-b', 1);
    await confirmAll('leader-c', 1);
    now = await status();
    expect(now).toContain(LEVELS.tumbuh!);
    expect(now).toContain('kegiatan bersama');

    await logActivity('leader-a', 'Karang Taruna Tunas Muda', '2 10');
    // "belum" (not yet) puts the answer off, as the Nanti button does: nothing is declined.
    let replies = await bot.send('leader-b', { button: 'menu:inbox' });
    expect(allText(replies)).toContain('Santunan anak yatim bersama');
    replies = await bot.send('leader-b', 'belum');
    expect(allText(replies)).toContain('sisanya bisa dijawab nanti');
    expect(await status()).toContain('menunggu konfirmasi Karang Taruna Tunas Muda');
    await confirmAll('leader-b', 1, 'nggih');
    now = await status();
    expect(now).toContain(LEVELS.tumbuh!);
    expect(now).toContain('Catat 1 kegiatan bersama lagi');
    // A leader's next steps are what is still missing, not all three steps (groups and ties are enough here).
    const lead = allText(await bot.send('leader-a', 'status desa kami gmn skrg'));
    expect(lead).toContain('Catat 1 kegiatan bersama lagi');
    expect(lead).not.toContain('ajak kelompok lain di desa ini mendaftar');

    await logActivity('leader-c', 'PKK Dusun Glugo', null);
    await confirmAll('leader-a', 1, 'Iya!');
    now = await status();
    expect(now).toContain(LEVELS.aktif!);
    // An Aktif desa's next steps are to stay Aktif, not the steps towards it.
    expect(now).toContain('Langkah berikutnya: cek desa/kelurahan lain, atau daftarkan kelompok Anda.');
    const own = allText(await bot.send('leader-a', 'status desa kami gmn skrg'));
    expect(own).toContain('Supaya tetap Aktif dan tidak menjadi 💤 Dorman');
    expect(own).not.toContain('ajak kelompok lain di desa ini mendaftar, catat hubungan');
  });

  it('keeps a registration through invalid answers, back and a restart', async () => {
    // Since issue #11: desa first, then the name; the type only when the name does not state it.
    let replies = await acceptConsent(bot, 'leader-d', await bot.send('leader-d', 'daftar'));
    expect(allText(replies)).toContain('desa');
    replies = await bot.send('leader-d', 'panggungharjo');
    replies = await bot.send('leader-d', { button: 'village-exact:yes' });
    expect(allText(replies)).toContain('nama kelompok');
    replies = await bot.send('leader-d', 'Kelompok Mawar');
    expect(buttonIds(replies)).toContain('type:posyandu');
    replies = await bot.send('leader-d', 'kapal selam');
    // One short error sentence with an example, then the question again (issue #11).
    expect(allText(replies)).toContain('belum bisa saya pakai');
    expect(buttonIds(replies)).toContain('type:posyandu');
    replies = await bot.send('leader-d', 'posyandu');
    expect(allText(replies)).toContain('RT/RW');
    replies = await bot.send('leader-d', 'kembali');
    expect(buttonIds(replies)).toContain('type:posyandu');
    replies = await bot.send('leader-d', 'kembali');
    expect(allText(replies)).toContain('nama kelompok');
    await bot.send('leader-d', 'Posyandu Melati');

    const before = bot;
    await bot.close();
    bot = await startTestBot(store, { clock });
    // The same browsers: their issued sessions are kept across the restart.
    bot.users.rememberAll(before.users);

    replies = await bot.send('leader-d', 'RW yang dekat masjid');
    expect(allText(replies)).toContain('RT/RW');
    replies = await bot.send('leader-d', 'RW XI');
    expect(allText(replies)).toContain('anggota');
  });

  it('lists, edits and deactivates only the leader\'s own groups', async () => {
    // A leader with one group: Kelompok saya opens it directly (issue #11), and only that one.
    let replies = await bot.send('leader-b', 'kelompok saya');
    expect(buttonIds(replies).filter((id) => id.startsWith('group:'))).toEqual([]);
    expect(allText(replies)).toContain('Karang Taruna Tunas Muda');
    expect(allText(replies)).not.toContain('PKK Dusun Glugo');
    expect(allText(replies)).not.toContain('Arisan RT 07');
    // A button naming someone else's group (forged, or from an old message) is refused.
    replies = await bot.send('leader-b', { button: 'group:00000000-0000-4000-8000-000000000000' });
    expect(allText(replies)).toContain('Tombol itu sudah tidak berlaku untuk pertanyaan ini.');
    expect(allText(replies)).toContain('Karang Taruna Tunas Muda');
    replies = await bot.send('leader-b', { button: 'edit:members' });
    replies = await bot.send('leader-b', '45');
    expect(allText(replies)).toContain('45');
  });
});
