/**
 * Officers end to end through the composition root and a fake Telegram Bot API: an admin
 * makes invites, officers enrol by sending the code, a leader registers groups in one
 * officer's desa, the officer is alerted with Verifikasi/Tolak, verifies one (the leader is
 * told and the status is no longer provisional) and rejects another with a reason. An
 * officer of another kecamatan never hears of it, a muted kind is never recorded, and quiet
 * hours hold an alert until they end. Alerts go out through the outbox dispatcher.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deepLinkButtonId } from '../../src/core/engine/flow.js';
import { encodeVerifyTarget } from '../../src/domain/officers/verify-target.js';
import type { Bot } from '../../src/main.js';
import { startComposedTelegramBot } from '../channels/telegram/telegram-test-bot.js';
import { createTestStore, manualClock, type TestStore } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { deliverOutbox } from '../support/deliver-outbox.js';
import { officerInviteCode } from '../support/officer-invite.js';
import { newWebchatSession } from '../support/webchat-session.js';
import { FakeTelegram, type FakeUser, type TelegramTestUser, sentText } from '../support/fake-telegram.js';

const SEWON = '34.02.15';
const PANGGUNGHARJO = '34.02.15.2004';
const BAMBANGLIPURO = '34.02.05';

describeEachDatabase('officers and alerts through Telegram', (kind) => {
  let store: TestStore;
  let fake: FakeTelegram;
  let bot: Bot;
  // 10:00 in Jakarta.
  const clock = manualClock('2026-11-20T03:00:00Z');
  let officer: TelegramTestUser;
  let elsewhere: TelegramTestUser;
  let mutedOfficer: TelegramTestUser;
  let quietOfficer: TelegramTestUser;
  let leader: TelegramTestUser;
  let user: (who: FakeUser) => TelegramTestUser;
  /** The leader agreed to the personal-data notice at their first registration. */
  let leaderConsented = false;

  beforeAll(async () => {
    store = await createTestStore(kind);
    fake = await FakeTelegram.start();
    const composed = await startComposedTelegramBot(store, fake, { clock });
    bot = composed.bot;
    user = composed.user;
    officer = user({ id: 610001, firstName: 'Pak Tono' });
    elsewhere = user({ id: 610002, firstName: 'Bu Rini' });
    mutedOfficer = user({ id: 610003, firstName: 'Pak Agus' });
    quietOfficer = user({ id: 610004, firstName: 'Bu Wati' });
    leader = user({ id: 610005, firstName: 'Mas Bagus' });
  });
  afterAll(async () => {
    await bot?.close();
    await fake?.close();
    await store?.dispose();
  });

  /** An admin makes an invite with the service the CLI and the control socket use. */
  function invite(officerKind: string, areas: string[]): Promise<string> {
    return officerInviteCode(bot, clock, { kind: officerKind, areas });
  }

  /**
   * Registers a group in Panggungharjo as the leader, in the journey of issue #11: desa (an
   * exact name is confirmed with ✅ Ya), name (the type only when the name does not state it),
   * RT/RW, members, the ketua's name and phone in one answer, save.
   */
  async function registerGroup(type: string, name: string): Promise<string> {
    await leader.say('menu');
    const first = sentText(await leader.press('📝 Daftarkan kelompok'));
    if (leaderConsented) {
      // Agreed once: not asked again.
      expect(first).not.toContain('Pemberitahuan data pribadi');
      expect(first).toContain('desa/kelurahan');
    } else {
      expect(first).toContain('Pemberitahuan data pribadi');
      expect(sentText(await leader.press('✅ Setuju'))).toContain('desa/kelurahan');
      leaderConsented = true;
    }
    expect(sentText(await leader.say('panggungharjo sewon'))).toContain('Desa Panggungharjo, Kec. Sewon, Kab. Bantul?');
    expect(sentText(await leader.press('✅ Ya'))).toContain('nama kelompok');
    let asked = sentText(await leader.say(name));
    if (asked.includes('jenis kelompok')) asked = sentText(await leader.press(type));
    // A name that states its dusun ("PKK Dusun Glugo") is not asked the RT/RW.
    if (asked.includes('RT/RW')) asked = sentText(await leader.say('RW 04'));
    expect(asked).toContain('anggota');
    expect(sentText(await leader.say('25'))).toContain('ketua');
    const summary = sentText(await leader.say('Mas Bagus 0857 1234 5678'));
    expect(summary).toContain(name);
    expect(summary).toContain(type);
    expect(summary).toContain('Bagus (+6285712345678)');
    expect(sentText(await leader.press('✅ Simpan'))).toContain('sudah terdaftar');
    return (await bot.database.prisma.group.findFirstOrThrow({ where: { name } })).id;
  }

  /** Types the desa as `user` and confirms Panggungharjo (one exact hit: ✅ Ya). */
  async function pickPanggungharjo(user: TelegramTestUser) {
    expect(sentText(await user.say('panggungharjo sewon'))).toContain('Desa Panggungharjo, Kec. Sewon, Kab. Bantul?');
    return user.press('✅ Ya');
  }

  async function statusText(): Promise<string> {
    await leader.say('cek status');
    await leader.press('Panggungharjo');
    return sentText(await leader.press('🏘️ Seluruh desa'));
  }

  const deliver = () => deliverOutbox(bot, clock);

  it('enrols officers who send their invite codes', async () => {
    const code = await invite('tksk', [SEWON]);
    const enrolled = sentText(await officer.say(`petugas ${code}`));
    expect(enrolled).toContain('terdaftar sebagai petugas');
    expect(enrolled).toContain('Kec. Sewon');
    // Asked who they are: the leaders are told by name who verified.
    expect(enrolled).toContain('Siapa nama Anda?');
    expect(sentText(await officer.say('Tono Sugiarto 0812 3456 7890'))).toContain('Nama Anda tersimpan: Tono Sugiarto');
    expect(sentText(await elsewhere.say((await invite('tksk', [BAMBANGLIPURO])).toLowerCase()))).toContain('terdaftar sebagai petugas');
    expect(sentText(await mutedOfficer.say(await invite('psm', [PANGGUNGHARJO])))).toContain('Desa Panggungharjo');
    expect(sentText(await quietOfficer.say(await invite('dinsos', ['34.02'])))).toContain('Kabupaten Bantul');
    // A code is good once.
    const used = await bot.database.prisma.officerInvite.findFirstOrThrow({ where: { usedAt: { not: null } } });
    const usedText = sentText(await leader.say(`${used.code.slice(0, 4)}-${used.code.slice(4)}`));
    expect(usedText).toContain('sudah dipakai');
    // What to do next (was the fact alone): whom to ask for a new code; an officer is told they are one.
    expect(usedText).toContain('Minta kode baru kepada admin atau petugas yang mengundang Anda');
    expect(sentText(await leader.say('petugas ZZZZ-ZZZZ'))).toContain('Periksa lagi huruf dan angkanya');
    const own = await bot.database.prisma.officerInvite.findFirstOrThrow({ where: { kind: 'tksk', areaPrefixes: { equals: [SEWON] }, usedAt: { not: null } } });
    const again = sentText(await officer.say(`petugas ${own.code}`));
    expect(again).toContain('sudah dipakai');
    expect(again).toContain('Anda sudah terdaftar sebagai petugas TKSK untuk Kec. Sewon');
    expect(again).not.toContain('Minta kode baru');
  });

  it('adds the area of a second code to an officer and says so; a code for an area they have changes nothing', async () => {
    // Areas of Sleman: no alert of the tests below reaches this officer.
    const second = user({ id: 610011, firstName: 'Pak Joko' });
    expect(sentText(await second.say(`petugas ${await invite('psm', ['34.04.02.2001'])}`))).toContain('terdaftar sebagai petugas');
    await second.say('Joko Santoso');

    const added = sentText(await second.say(`petugas ${await invite('psm', ['34.04.07'])}`));
    expect(added).toContain('Wilayah ditambah: Kec. Depok (Kabupaten Sleman).');
    expect(added).toContain('Wilayah Anda sekarang: Desa Sidorejo (Kec. Godean), Kec. Depok (Kabupaten Sleman).');
    expect(added).not.toContain('terdaftar sebagai petugas');
    expect(sentText(await second.say('petugas'))).toContain('Wilayah: Desa Sidorejo (Kec. Godean), Kec. Depok (Kabupaten Sleman)');
    await second.say('menu');

    // Already theirs (a desa of the kecamatan they cover): said so, nothing added, the code still unused.
    const code = await invite('psm', ['34.04.07.2001']);
    const covered = sentText(await second.say(`petugas ${code}`));
    expect(covered).toContain('sudah termasuk wilayah Anda (Desa Sidorejo (Kec. Godean), Kec. Depok (Kabupaten Sleman))');
    expect(covered).not.toContain('Wilayah ditambah');
    const stored = await bot.database.prisma.officerInvite.findUniqueOrThrow({ where: { code: code.replace('-', '') } });
    expect(stored.usedAt).toBeNull();
  });

  it('lets officers mute a kind and set quiet hours from their menu', async () => {
    await mutedOfficer.say('menu');
    expect(sentText(await mutedOfficer.press('🛡️ Petugas'))).toContain('Petugas PSM');
    await mutedOfficer.press('🔕 Atur notifikasi');
    const toggled = await mutedOfficer.press('🔔 Kelompok baru');
    expect(sentText(toggled)).toContain('Tersimpan');
    expect(mutedOfficer.findButton('🔕 Kelompok baru')).toBeTruthy();
    await mutedOfficer.press('✔️ Selesai');

    await quietOfficer.say('petugas');
    await quietOfficer.press('🌙 Jam tenang');
    expect(sentText(await quietOfficer.say('09-11'))).toContain('Jam tenang: 09:00–11:00 WIB');
  });

  it('alerts the desa\'s officers of a new group; the verification reaches the leader and ends "provisional"', async () => {
    // The bot's dispatcher sends as soon as a message commits: count from before the event.
    const before = officer.history.length;
    const groupId = await registerGroup('Karang Taruna', 'Karang Taruna Bina Remaja');
    expect(await statusText()).toMatch(/sementara/i);
    await deliver();
    const alert = officer.history.slice(before);
    expect(sentText(alert)).toContain('Kelompok baru menunggu verifikasi');
    expect(sentText(alert)).toContain('Karang Taruna Bina Remaja (Karang Taruna)');
    expect(officer.findButton('✅ Verifikasi')).toBeTruthy();
    expect(officer.findButton('❌ Tolak')).toBeTruthy();

    // Another kecamatan never hears of it; a muted kind is not even recorded.
    expect(sentText(elsewhere.history)).not.toContain('Karang Taruna Bina Remaja');
    const rows = await bot.database.prisma.alert.findMany({ where: { kind: 'group.registered' }, include: { officer: { include: { person: { include: { identities: true } } } } } });
    const recipients = rows.map((row) => row.officer!.person.identities[0]!.externalId).sort();
    expect(recipients).toEqual([String(officer.user.id), String(quietOfficer.user.id)].sort());

    // Quiet hours: the row carries the officer; the dispatcher holds it until 11:00.
    const held = rows.find((row) => row.officer!.person.identities[0]!.externalId === String(quietOfficer.user.id))!;
    expect(held.officerId).toBe(held.officer!.id);
    expect(await bot.database.prisma.alert.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({ status: 'pending', nextAttemptAt: new Date('2026-11-20T04:00:00Z') });
    expect(sentText(quietOfficer.history)).not.toContain('Karang Taruna Bina Remaja');

    // Someone who is not an officer of the desa gets nowhere with the same deep link.
    const forged = deepLinkButtonId('v', encodeVerifyTarget({ type: 'group', id: groupId, action: 'verify' }));
    const response = await bot.app.inject({ method: 'POST', url: '/webchat/messages', payload: { userId: await newWebchatSession(bot.app), buttonId: forged, messageId: randomUUID() } });
    expect((response.json() as { replies: Array<{ text: string }> }).replies[0]!.text).toContain('tidak berwenang');

    const leaderBefore = leader.history.length;
    expect(sentText(await officer.press('✅ Verifikasi'))).toContain('Terverifikasi: Kelompok Karang Taruna Bina Remaja');
    await deliver();
    expect(sentText(leader.history.slice(leaderBefore))).toContain('Karang Taruna Bina Remaja (Desa Panggungharjo) sudah diverifikasi petugas TKSK (Tono Sugiarto). Terima kasih!');
    expect(await statusText()).not.toMatch(/sementara/i);
    // The pressed alert now reads as answered and keeps no keyboard: no second press there.
    expect(() => officer.findButton('✅ Verifikasi')).toThrow(/no button/);

    // When the quiet hours end, the held alert is not sent: the group no longer waits for a
    // verdict (it went out asking to verify it, and its buttons only said it was decided).
    clock.advance(61 * 60_000);
    await deliver();
    expect(sentText(quietOfficer.history)).not.toContain('Karang Taruna Bina Remaja');
    expect(await bot.database.prisma.alert.findUnique({ where: { id: held.id } })).toBeNull();
  });

  it('rejects a group with a reason the leader is told', async () => {
    await registerGroup('PKK', 'PKK Dusun Glugo');
    await deliver();
    expect(sentText(await officer.press('❌ Tolak'))).toContain('Tulis alasannya');
    // "besok aja" at the reason puts the decision off: nothing is rejected.
    expect(sentText(await officer.say('besok aja'))).toContain('belum ditolak');
    expect(await bot.database.prisma.group.findFirstOrThrow({ where: { name: 'PKK Dusun Glugo' } })).toMatchObject({ verification: 'pending' });
    // Still in the pending list, to decide on later; "verifikasi" typed at the menu opens the panel.
    await officer.say('menu');
    expect(sentText(await officer.say('verifikasi'))).toContain('PKK Dusun Glugo');
    // "ya, tolak" at the menu is the same list, not a check of Desa Tolak (Maybrat).
    await officer.say('menu');
    const yesReject = sentText(await officer.say('ya, tolak'));
    expect(yesReject).toContain('PKK Dusun Glugo');
    expect(yesReject).not.toContain('Desa Tolak');
    // Asked in a sentence too (was the FAQ's answer on who verifies).
    await officer.say('menu');
    expect(sentText(await officer.say('ada yang perlu saya verifikasi?'))).toContain('PKK Dusun Glugo');
    // All at once is not how records are decided: said so, with the list (was the list alone).
    await officer.say('menu');
    const all = sentText(await officer.say('semua sudah saya cek, verifikasi semua aja'));
    expect(all).toContain('Verifikasi dilakukan satu per satu');
    expect(all).toContain('PKK Dusun Glugo');
    // Typed at the panel too: the list, not "salah satu tombol".
    await officer.say('petugas');
    expect(sentText(await officer.say('verifikasi'))).toContain('PKK Dusun Glugo');
    expect(sentText(await officer.press('❌ Tolak'))).toContain('Tulis alasannya');
    const leaderBefore = leader.history.length;
    // The reason is shown back before the rejection, which cannot be taken back; the chat
    // around it is not the reason (was told whole: "ya karena … pak").
    expect(sentText(await officer.say('ya karena tidak ditemukan saat kunjungan pak'))).toContain('“tidak ditemukan saat kunjungan”');
    // "iya tolak aja" typed is the ❌ Ya, tolak button (was "jawaban itu belum bisa saya pakai").
    const rejected = sentText(await officer.say('iya tolak aja'));
    expect(rejected).toContain('Ditolak: Kelompok PKK Dusun Glugo');
    // Then what still waits, as 📋 shows it: nothing more here.
    expect(rejected).toContain('Tidak ada yang menunggu');
    await deliver();
    const told = sentText(leader.history.slice(leaderBefore));
    expect(told).toContain('PKK Dusun Glugo (Desa Panggungharjo) ditolak petugas TKSK (Tono Sugiarto).');
    expect(told).toContain('Alasan: tidak ditemukan saat kunjungan');
    // Another officer of the desa pressing the alert they were sent before is told it was decided.
    // It says who decided and when, from the audit log, so that they know whom to ask (was only "sudah diputuskan: …").
    expect(sentText(await quietOfficer.press('✅ Verifikasi'))).toMatch(/sudah diputuskan oleh petugas TKSK Tono Sugiarto pada \d+ \w+ 2026 pukul \d\d:\d\d WIB: /);
    expect(await statusText()).not.toMatch(/sementara/i);
  });

  it('lets the officer set the desa\'s level by hand; the status shows it beside the computed one', async () => {
    await officer.say('menu');
    await officer.press('🛡️ Petugas');
    expect(sentText(await officer.press('📋 Menunggu verifikasi'))).toContain('Tidak ada yang menunggu');
    await officer.press('🛡️ Petugas');
    await officer.press('🏷️ Tetapkan tingkat desa');
    // The level as it stands, with the question (it was asked without it).
    const asked = sentText(await pickPanggungharjo(officer));
    expect(asked).toContain('Sekarang: ⚪ Belum Ada menurut hitungan sistem.');
    expect(asked).toContain('Tingkat WKSBM untuk Desa Panggungharjo menurut penilaian Anda');
    await officer.press('🌿 Tumbuh');
    const leaderBefore = leader.history.length;
    expect(sentText(await officer.say('jaringan berjalan, hasil kunjungan lapangan'))).toContain('ditetapkan 🌿 Tumbuh');
    // Named where it shows: residents and leaders know whom to ask about it.
    expect(await statusText()).toContain('Tingkat: 🌿 Tumbuh (ditetapkan petugas Tono Sugiarto: jaringan berjalan, hasil kunjungan lapangan; hitungan sistem: ⚪ Belum Ada)');
    await deliver();
    expect(sentText(leader.history.slice(leaderBefore))).toContain('🏷️ Petugas Tono Sugiarto menetapkan tingkat WKSBM Panggungharjo, Kec. Sewon');
    // Opened again: the officer's level in force, by whom, beside the system's.
    await officer.press('🛡️ Petugas');
    await officer.press('🏷️ Tetapkan tingkat desa');
    expect(sentText(await pickPanggungharjo(officer))).toContain('Sekarang berlaku 🌿 Tumbuh (ditetapkan petugas Tono Sugiarto; hitungan sistem: ⚪ Belum Ada).');
    await officer.say('menu');
    // The officer of another kecamatan is not even offered this desa: only their own areas are searched.
    await elsewhere.say('petugas');
    await elsewhere.press('🏷️ Tetapkan tingkat desa');
    const outside = sentText(await elsewhere.say('panggungharjo sewon'));
    expect(outside).toContain('tidak ditemukan di wilayah Anda');
    // Named where it lies: the officer knows it exists, only not in their area.
    expect(outside).toContain('Desa Panggungharjo (Kec. Sewon, Kab. Bantul) ada, tetapi di luar wilayah Anda.');
  });

  it('lets the leader fix a rejected group and send it back; a verified group renamed is verified again', async () => {
    // The rejection notice opens that group in "Kelompok saya", with the officer's reason.
    const opened = sentText(await leader.press('👥 Buka Kelompok saya'));
    expect(opened).toContain('PKK Dusun Glugo');
    expect(opened).toContain('Alasan penolakan: tidak ditemukan saat kunjungan');
    expect(leader.findButton('📤 Kirim ulang')).toBeTruthy();
    // Sent back with nothing fixed: said once, nothing sent (a minute later, as fixing takes).
    clock.advance(60_000);
    expect(sentText(await leader.press('📤 Kirim ulang'))).toContain('Belum ada yang diubah sejak ditolak');
    expect(await bot.database.prisma.group.findFirstOrThrow({ where: { name: 'PKK Dusun Glugo' } })).toMatchObject({ verification: 'rejected' });
    // A field fixed: saved, but still rejected until sent back.
    await leader.press('✏️ Anggota');
    expect(sentText(await leader.say('32'))).toContain('masih berstatus ditolak');
    expect(await bot.database.prisma.group.findFirstOrThrow({ where: { name: 'PKK Dusun Glugo' } })).toMatchObject({ verification: 'rejected', memberCount: 32 });
    // The ketua's phone too (a fact officers verify): still rejected until it is sent back, once.
    await leader.press('✏️ HP ketua');
    expect(sentText(await leader.say('0857 9999 8888'))).toContain('masih berstatus ditolak');
    expect(await bot.database.prisma.group.findFirstOrThrow({ where: { name: 'PKK Dusun Glugo' } })).toMatchObject({ verification: 'rejected', ketuaPhone: '+6285799998888' });

    const before = officer.history.length;
    expect(sentText(await leader.press('📤 Kirim ulang'))).toContain('Sudah dikirim ulang ke petugas');
    expect(await bot.database.prisma.group.findFirstOrThrow({ where: { name: 'PKK Dusun Glugo' } })).toMatchObject({ verification: 'pending', rejectionReason: null, verifiedAt: null });
    expect(await statusText()).toMatch(/sementara/i);
    await deliver();
    const alert = sentText(officer.history.slice(before));
    expect(alert).toContain('Kelompok yang ditolak sudah diperbaiki dan dikirim ulang (alasan penolakan dulu: tidak ditemukan saat kunjungan)');
    expect(alert).toContain('PKK Dusun Glugo (PKK)');
    expect(alert).toContain('32 anggota');
    expect(alert).toContain('+6285799998888');
    // Sent back once: "kirim ulang" typed again finds it waiting, not rejected.
    await leader.say('menu');
    await leader.say('kelompok saya');
    const pending = sentText(await leader.press(/^PKK Dusun Glugo/));
    expect(pending).toContain('menunggu verifikasi petugas');
    expect(pending).not.toContain('Alasan penolakan');
    expect(sentText(await leader.say('kirim ulang'))).toContain('tidak sedang ditolak');

    // (A verdict's notice is one per record and moment: the rejection was at this clock's minute.)
    clock.advance(60_000);
    const leaderBefore = leader.history.length;
    expect(sentText(await officer.press('✅ Verifikasi'))).toContain('Terverifikasi: Kelompok PKK Dusun Glugo');
    await deliver();
    expect(sentText(leader.history.slice(leaderBefore))).toContain('PKK Dusun Glugo (Desa Panggungharjo) sudah diverifikasi');

    // The officer verified "PKK Dusun Glugo": under another name it is another claim, checked again.
    await leader.say('menu');
    await leader.say('kelompok saya');
    await leader.press(/^PKK Dusun Glugo/);
    await leader.press('✏️ Nama');
    const renamed = sentText(await leader.say('PKK Dasawisma Glugo'));
    expect(renamed).toContain('petugas akan memverifikasi kelompok ini lagi');
    expect(await bot.database.prisma.group.findFirstOrThrow({ where: { name: 'PKK Dasawisma Glugo' } })).toMatchObject({ verification: 'pending' });
    await deliver();
    expect(sentText(officer.history.slice(-3))).toContain('Data kelompok berubah (nama, jenis, desa atau ketua): mohon diverifikasi lagi');
    expect(sentText(officer.history.slice(-3))).toContain('• Nama: PKK Dusun Glugo → PKK Dasawisma Glugo');
    // The members count is the leader's to keep current: no new verification.
    await leader.press('✏️ Anggota');
    expect(sentText(await leader.say('33'))).not.toContain('memverifikasi');
  });

  it('takes quiet hours in words, and sends what they held once they are switched off', async () => {
    await quietOfficer.say('petugas');
    await quietOfficer.press('🌙 Jam tenang');
    // About 11:00 WIB now: "jam 9 pagi sampai jam 5 sore" holds alerts.
    expect(sentText(await quietOfficer.say('jam 9 pagi sampai jam 5 sore'))).toContain('Jam tenang: 09:00–17:00 WIB');
    const before = quietOfficer.history.length;
    await registerGroup('Arisan', 'Arisan Jam Tenang');
    await deliver();
    expect(sentText(quietOfficer.history.slice(before))).not.toContain('Arisan Jam Tenang');
    await quietOfficer.say('petugas');
    await quietOfficer.press('🌙 Jam tenang');
    await quietOfficer.press('🚫 Tanpa jam tenang');
    await deliver();
    expect(sentText(quietOfficer.history.slice(before))).toContain('Arisan Jam Tenang');
  });

  it('tells the officer deciding at night when the leader will be told (leaders\' notices wait until 06:00 WIB)', async () => {
    // To 22:00 WIB (15:00 UTC) of the same day.
    clock.advance(Date.parse('2026-11-20T15:00:00Z') - clock().getTime());
    const before = officer.history.length;
    await registerGroup('Posyandu', 'Posyandu Malam Hari');
    await deliver();
    expect(sentText(officer.history.slice(before))).toContain('Posyandu Malam Hari');
    const leaderBefore = leader.history.length;
    const verified = sentText(await officer.press('✅ Verifikasi'));
    // Was "Ketua kelompok sudah diberi tahu", while the notice waited for the morning.
    expect(verified).toContain('Terverifikasi: Kelompok Posyandu Malam Hari (Desa Panggungharjo). Ketua kelompok akan diberi tahu pukul 06.00 WIB');
    expect(verified).not.toContain('sudah diberi tahu');
    await deliver();
    expect(sentText(leader.history.slice(leaderBefore))).not.toContain('sudah diverifikasi');
    // 06:00 WIB: the leader is told.
    clock.advance(8 * 60 * 60_000);
    await deliver();
    expect(sentText(leader.history.slice(leaderBefore))).toContain('Posyandu Malam Hari (Desa Panggungharjo) sudah diverifikasi');
  });
});
