/**
 * Issue #11's "done means", as one script any channel can drive: an officer enrols; Ani
 * registers two groups of her own, each with its own ketua and phone (shown by /datasaya,
 * the admin API and the CSV export), and sends global commands in the middle of the second
 * registration (they work and never become an answer); Budi, with one group, logs a joint
 * activity with Ani's group (no separate photo step); Ani confirms; the officer rejects it
 * with a reason; Budi is told, corrects it from "Kegiatan saya" and sends it back; the
 * officer verifies it and Budi is told. Channels differ only in how a {@link JourneyChat}
 * types and presses (Telegram: inline keyboards; WhatsApp: numbered lists).
 */
import { expect, it } from 'vitest';
import type { Bot } from '../../src/main.js';
import type { Clock } from '../../src/core/ports.js';
import { officerInviteCode } from './officer-invite.js';

/** One person's chat on some channel. */
export interface JourneyChat {
  /** Types text (commands too); resolves with what the bot sent back, joined, buttons' labels included. */
  say(text: string): Promise<string>;
  /** Presses the button whose label matches, on the latest message offering it; resolves like say(). */
  press(label: string | RegExp): Promise<string>;
  /** Every text the bot sent this chat so far (replies, alerts, notices), oldest first. */
  history(): string[];
}

/** What the journey runs on. */
export interface JourneyWorld {
  readonly bot: Bot;
  readonly clock: Clock;
  /** The admin API's bearer token (ADMIN_TOKEN). */
  readonly adminToken: string;
  readonly officer: JourneyChat;
  readonly ani: JourneyChat;
  readonly budi: JourneyChat;
  /** Moves the clock on a little and waits until the outbox sent everything due and the channel is idle. */
  deliver(): Promise<void>;
}

/** The desa of the journey (in the test region extract). */
export const JOURNEY_DESA = 'Panggungharjo, Sewon, Bantul';
const KECAMATAN = '34.02.15';

/** What was sent since `before` (a history length), joined. */
function since(chat: JourneyChat, before: number): string {
  return chat.history().slice(before).join('\n---\n');
}

/** Registers a first group: consent, exact desa confirmed, name, RT/RW, members, ketua with phone. */
async function firstGroup(chat: JourneyChat, name: string, unit: string, members: string, ketua: string): Promise<string> {
  expect(await chat.say('daftar')).toContain('Setuju');
  await chat.press('✅ Setuju');
  expect(await chat.say(JOURNEY_DESA)).toContain('Desa Panggungharjo, Kec. Sewon, Kab. Bantul?');
  await chat.press('✅ Ya');
  await chat.say(name);
  await chat.say(unit);
  await chat.say(members);
  await chat.say(ketua);
  return chat.press('✅ Simpan');
}

/**
 * Defines the journey's tests (call inside a describe); `world()` gives what beforeAll set up.
 * Each test goes on from the previous one.
 */
export function leaderJourneyTests(world: () => JourneyWorld): void {
  it('enrols the officer of the kecamatan', async () => {
    const { bot, clock, officer } = world();
    const code = await officerInviteCode(bot, clock, { kind: 'tksk', areas: [KECAMATAN] });
    expect(await officer.say(`petugas ${code}`)).toContain('terdaftar sebagai petugas');
  });

  it('registers two groups of one person, each with its own ketua; commands mid-flow work and are never taken as answers', async () => {
    const { ani } = world();
    expect(await firstGroup(ani, 'Arisan Melati', 'RT 05 RW 03', '30', 'Bu Siti Aminah 0812-2745-6789')).toContain('Arisan Melati');

    await ani.say('daftar');
    // The desa of her own group comes first, as a button.
    await ani.press(/Panggungharjo/);
    // The name states the dusun: where the group is, not asked again (the RT/RW question is skipped).
    expect(await ani.say('PKK Dusun Glugo')).toContain('anggota');
    // /datasaya at the members question: the data report, not an answer; "kembali" resumes.
    const data = await ani.say('/datasaya');
    expect(data).toContain('Arisan Melati');
    expect(data).not.toContain('/datasaya');
    expect(await ani.say('kembali')).toContain('anggota');
    // "menu" at the members question: the menu, with the registration kept to resume.
    const menu = await ani.say('menu');
    expect(menu).toContain('Catat kegiatan bersama');
    expect(menu).toContain('Lanjutkan');
    expect(await ani.press(/Lanjutkan/)).toContain('anggota');
    const ketuaQuestion = await ani.say('25');
    // "Same ketua as Arisan Melati?" is one tap; another ketua is typed with her phone.
    expect(ketuaQuestion).toContain('Siti Aminah');
    const summary = await ani.say('Ustadzah Nur 0813 9876 5432');
    expect(summary).toContain('Ustadzah Nur (+6281398765432)');
    expect(summary).toContain('Dusun Glugo');
    expect(summary).not.toContain('menu');
    expect(await ani.press('✅ Simpan')).toContain('PKK Dusun Glugo');
  });

  it('keeps each group’s own ketua and phone in /datasaya, the admin API and the export', async () => {
    const { ani, bot, adminToken } = world();
    const report = await ani.say('/datasaya');
    expect(report).toMatch(/Arisan Melati[^\n]*\n\s*Ketua: Siti Aminah \(\+6281227456789\)/);
    expect(report).toMatch(/PKK Dusun Glugo[^\n]*\n\s*Ketua: Ustadzah Nur \(\+6281398765432\)/);
    const headers = { authorization: `Bearer ${adminToken}` };
    const list = await bot.app.inject({ method: 'GET', url: `/api/groups?prefix=${KECAMATAN}`, headers });
    expect(list.statusCode).toBe(200);
    const byName = new Map((list.json() as { items: Array<{ name: string; ketuaName: string; ketuaPhone: string }> }).items.map((group) => [group.name, group]));
    expect(byName.get('Arisan Melati')).toMatchObject({ ketuaName: 'Siti Aminah', ketuaPhone: '+6281227456789' });
    expect(byName.get('PKK Dusun Glugo')).toMatchObject({ ketuaName: 'Ustadzah Nur', ketuaPhone: '+6281398765432' });
    const csv = (await bot.app.inject({ method: 'GET', url: `/api/export/groups.csv?prefix=${KECAMATAN}`, headers })).body.split('\n');
    const arisan = csv.find((line) => line.includes('Arisan Melati'))!;
    expect(arisan).toContain('Siti Aminah');
    expect(arisan).not.toContain('Ustadzah Nur');
    expect(csv.find((line) => line.includes('PKK Dusun Glugo'))).toContain('Ustadzah Nur');
    await ani.say('menu');
  });

  it('logs a joint activity without a photo step; the partner confirms and the leader is told', async () => {
    const { ani, budi, deliver } = world();
    expect(await firstGroup(budi, 'Karang Taruna Tunas Muda', 'RW 04', '40', 'Mas Joko 0813 3333 4444')).toContain('Karang Taruna Tunas Muda');
    expect(await budi.say('catat kegiatan')).toContain('Kapan');
    await budi.press('📅 Kemarin');
    await budi.press('Bantuan lansia');
    await budi.say('Pemeriksaan kesehatan lansia di balai desa');
    await budi.press(/Arisan Melati/);
    await budi.press('✔️ Selesai');
    const summary = await budi.say('20 lansia, 5 fakir miskin');
    expect(summary).toContain('Lansia terlantar 20, Fakir miskin 5');
    // The summary invites a photo as evidence (this channel carries photos); saving without one is fine.
    expect(summary).toContain('sampai 3 foto');
    expect(await budi.press('✅ Simpan')).toContain('Kegiatan sudah dicatat');

    await deliver();
    const before = budi.history().length;
    expect((await ani.say('konfirmasi'))).toContain('Pemeriksaan kesehatan lansia');
    expect(await ani.press('✅ Ya, benar')).toContain('dicatat');
    await deliver();
    // The reporting leader hears that the partner confirmed.
    expect(since(budi, before)).toContain('Arisan Melati mengonfirmasi ikut dalam kegiatan Karang Taruna Tunas Muda');
  });

  it('rejected by the officer with a reason, corrected from Kegiatan saya, sent back and verified', async () => {
    const { officer, budi, deliver } = world();
    const alert = officer.history().join('\n');
    expect(alert).toContain('Pemeriksaan kesehatan lansia di balai desa');
    expect(await officer.press('❌ Tolak')).toContain('Tulis alasannya');
    let before = budi.history().length;
    expect(await officer.say('tanggal salah, kegiatannya tanggal 14')).toContain('dengan alasan');
    expect(await officer.press('❌ Ya, tolak')).toContain('Ditolak');

    await deliver();
    expect(since(budi, before)).toContain('Alasan: tanggal salah, kegiatannya tanggal 14');
    expect(await budi.press('📒 Buka Kegiatan saya')).toContain('ditolak petugas: tanggal salah, kegiatannya tanggal 14');
    expect(await budi.press(/❌$/)).toContain('Pemeriksaan kesehatan lansia di balai desa');
    expect(await budi.press('✏️ Perbaiki & kirim ulang')).toContain('Perbaiki kegiatan yang ditolak');
    expect(await budi.press('✏️ Tanggal')).toContain('Kapan');
    // A command in the middle of the correction: the report, then back to the question.
    expect(await budi.say('/datasaya')).toContain('Karang Taruna Tunas Muda');
    await budi.say('kembali');
    expect(await budi.say('14/11/2026')).toContain('14 November 2026');
    // Alerts may go out as soon as the correction commits: count from before it.
    before = officer.history().length;
    expect(await budi.press('📤 Kirim ulang ke petugas')).toContain('dikirim ulang ke petugas');
    await deliver();
    expect(since(officer, before)).toContain('sudah diperbaiki pengurusnya');
    before = budi.history().length;
    expect(await officer.press('✅ Verifikasi')).toContain('Terverifikasi');
    await deliver();
    // This officer gave no name when enrolling: the notice says their kind only.
    expect(since(budi, before)).toContain('sudah diverifikasi petugas TKSK. Terima kasih!');
    await budi.say('menu');
    expect(await budi.press(/Kegiatan saya/)).toContain('✅ terverifikasi');
  });
}
