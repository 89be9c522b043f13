/**
 * "Kegiatan saya" through web chat (issue #11): a leader sees the latest activities of
 * their groups with where each stands; an officer rejects one with a reason; the leader
 * opens it from the rejection notice, corrects it with the activity flow's own questions
 * and sends it back; the officer is alerted again and verifies it. A pending activity can
 * be withdrawn; a partner group's leader sees it but cannot change it. Groups and
 * activities are seeded through the repositories; every decision is taken in the chat.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deepLinkButtonId } from '../../src/core/engine/flow.js';
import type { NewActivity } from '../../src/domain/model/activities.js';
import { encodeVerifyTarget, VERIFY_DEEP_LINK } from '../../src/domain/officers/verify-target.js';
import type { NewGroup } from '../../src/domain/model/groups.js';
import { createAppTransactionRunner, type PrismaAppTx } from '../../src/storage/app-tx.js';
import { allText, buttonIds, createTestStore, manualClock, startTestBot, type Reply, type TestBot, type TestStore } from '../support/bot.js';
import { createGroup } from '../support/create-group.js';
import { describeEachDatabase } from '../support/databases.js';
import { seedConsent } from '../support/seed-consent.js';
import { enrolOfficer } from '../support/officer-invite.js';
import { jpegWithGps, png } from '../support/test-images.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('a leader sees, corrects and withdraws activities', (kind) => {
  let store: TestStore;
  let bot: TestBot;
  // 10:00 in Jakarta.
  const clock = manualClock('2026-11-20T03:00:00Z');
  const ids = { ani: '', budi: '', arisan: '', posyandu: '', activity: '' };

  beforeAll(async () => {
    store = await createTestStore(kind);
    bot = await startTestBot(store, { clock });
    for (const [name, user] of [['ani', 'ani'], ['budi', 'budi']] as const) {
      await bot.send(user, 'halo');
      ids[name] = (await bot.bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: await bot.users.externalId(user) } })).personId;
    }
    // Seeded as the leaders they are: they agreed to the notice when registering their groups.
    await seedConsent(bot.bot.database.prisma, [ids.ani, ids.budi], clock());
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: ['34.02.15'] }, (text) => bot.send('tono', text));
    await transaction(async (tx) => {
      // Each group keeps its own ketua (issue #11), apart from the chat account that registered it.
      const group = (type: NewGroup['type'], name: string, ketuaName: string, ketuaPhone: string): NewGroup => ({
        type, typeOther: null, name, villageCode: PANGGUNGHARJO, unit: { rw: 4, rt: 0, dusun: '' }, memberCount: 20, foundedYear: null, meetingSchedule: null, ketuaName, ketuaPhone,
      });
      ids.arisan = (await createGroup(tx.groups, group('arisan', 'Arisan Melati', 'Bu Siti Aminah', '+6281227456789'), 'arisan melati', ids.ani, clock())).id;
      ids.posyandu = (await createGroup(tx.groups, group('posyandu', 'Posyandu Mawar', 'Bu Ketua', '+6281200000001'), 'posyandu mawar', ids.budi, clock())).id;
      await tx.people.setContact(ids.ani, 'Bu Siti Aminah', '+6281227456789');
    });
    ids.activity = await logActivity({ date: '2026-11-15', description: 'Kerja bakti bersih selokan' });
    clock.advance(60_000);
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  function transaction<T>(fn: (tx: PrismaAppTx) => Promise<T>): Promise<T> {
    return createAppTransactionRunner(bot.bot.database.prisma, clock).transaction(fn);
  }

  /** An activity of Ani's arisan with the posyandu as partner, alerted to the officer as the flow's effect does. */
  async function logActivity(fields: { date: string; description: string }): Promise<string> {
    const activity: NewActivity = {
      ...fields, category: 'kerja_bakti', villageCode: PANGGUNGHARJO, ownGroupId: ids.arisan, partnerGroupIds: [ids.posyandu], beneficiaries: { '8': 20 }, photoRef: null,
    };
    const { onActivityLogged } = await import('../../src/domain/alerts/event-alerts.js');
    return transaction(async (tx) => {
      const { id } = await tx.activities.create(activity, ids.ani, clock());
      await onActivityLogged(tx, id, [ids.posyandu], ids.ani, false, clock());
      return id;
    });
  }

  /** What the web chat inbox of `user` holds now (after the outbox ran). */
  /** The officer's alert of the activity withdrawn below, taken before the withdrawal. */
  let withdrawnAlerts: Reply[] = [];

  async function inbox(user: string): Promise<Reply[]> {
    // The test bot is composed but not started: its dispatcher is run here, batch by batch.
    for (let round = 0; round < 20 && (await bot.bot.dispatcher!.runOnce()) > 0; round++);
    const response = await bot.bot.app.inject({ method: 'GET', url: `/webchat/inbox?userId=${await bot.users.userId(user)}` });
    return (response.json() as { replies: Reply[] }).replies;
  }

  function buttonLabelled(replies: readonly Reply[], label: string | RegExp): string {
    const matches = (text: string) => (typeof label === 'string' ? text === label : label.test(text));
    const found = replies.flatMap((reply) => reply.buttons ?? []).find((button) => matches(button.label));
    if (!found) throw new Error(`no button ${String(label)} in ${JSON.stringify(replies)}`);
    return found.id;
  }

  it('shows the officer the pending group\'s ketua with the whole phone, members and RT/RW', async () => {
    await bot.send('tono', 'menu');
    await bot.send('tono', { button: 'menu:officer' });
    const pending = allText(await bot.send('tono', { button: 'officer:pending' }));
    expect(pending).toContain('Arisan Melati (Arisan)');
    expect(pending).toContain('Ketua: Bu Siti Aminah · +6281227456789');
    expect(pending).toContain('20 anggota · RW 004');
    // The activity with what the officer decides on: its reporter, the partner's answer, whom it served.
    expect(pending).toContain('Kelompok pelapor: Arisan Melati\nMitra: Posyandu Mawar (⏳ belum konfirmasi)\nPenerima manfaat: Lansia terlantar 20');
  });

  it('lists the activity with its state as it moves: partner, then officer', async () => {
    const list = await bot.send('ani', 'menu').then(() => bot.send('ani', { button: 'menu:activities' }));
    expect(allText(list)).toContain('Kerja bakti');
    expect(allText(list)).toContain('menunggu konfirmasi Posyandu Mawar');
    await bot.send('budi', 'konfirmasi');
    expect(allText(await bot.send('budi', { button: 'accept' }))).toContain('dicatat: ya, disetujui');
    // Ani's list stayed open meanwhile: back from a side trip it shows what changed.
    expect(allText(await bot.send('ani', '/datasaya'))).toContain('Arisan Melati');
    const back = allText(await bot.send('ani', 'kembali'));
    expect(back).toContain('menunggu verifikasi petugas');
    expect(back).not.toContain('menunggu konfirmasi Posyandu Mawar');
    expect(allText(await bot.send('ani', 'menu').then(() => bot.send('ani', { button: 'menu:activities' })))).toContain('menunggu verifikasi petugas');
    // A menu entry's words typed at the list, which takes only its items: that entry opens.
    const logging = allText(await bot.send('ani', 'catat kegiatan'));
    expect(logging).not.toContain('belum bisa saya pakai');
    // (Seeded with consent, as a registered leader is: the activity's first question.)
    const asked = 'Kapan kegiatan';
    expect(logging).toContain(asked);
    // Inside the activity's own questions, "kegiatan" refused does not start it afresh.
    expect(allText(await bot.send('ani', 'kegiatan'))).toContain(asked);
    expect(allText(await bot.send('ani', 'batal'))).toContain('Kerja bakti');
    // A request in words at the list opens it too, as at the menu; "batal" comes back.
    const register = allText(await bot.send('ani', 'mau daftar kelompok lagi'));
    expect(register).not.toContain('belum bisa saya pakai');
    expect(register).toContain('Mari daftarkan kelompok Anda');
    expect(allText(await bot.send('ani', 'batal'))).toContain('Kerja bakti');
  });

  it('rejected, corrected through the activity questions, sent back and verified', async () => {
    const alert = await inbox('tono');
    expect(allText(alert)).toContain('Kerja bakti bersih selokan');
    expect(allText(alert)).toContain('Penerima manfaat: Lansia terlantar 20');
    expect(allText(await bot.send('tono', { button: buttonLabelled(alert, '❌ Tolak') }))).toContain('Tulis alasannya');
    expect(allText(await bot.send('tono', 'tanggal salah, kegiatannya tanggal 14'))).toContain('dengan alasan');
    expect(allText(await bot.send('tono', 'ya'))).toContain('Ditolak');

    // The notice opens "my activities" with one tap.
    const notice = await inbox('ani');
    expect(allText(notice)).toContain('Alasan: tanggal salah, kegiatannya tanggal 14');
    const list = await bot.send('ani', { button: buttonLabelled(notice, '📒 Buka Kegiatan saya') });
    expect(allText(list)).toContain('ditolak petugas: tanggal salah, kegiatannya tanggal 14');
    const details = await bot.send('ani', { button: `act:${ids.activity}` });
    expect(buttonIds(details)).toEqual(['fix', 'list', 'cmd:menu']);

    const summary = await bot.send('ani', { button: 'fix' });
    expect(allText(summary)).toContain('Perbaiki kegiatan yang ditolak');
    expect(allText(summary)).toContain('Posyandu Mawar');
    expect(allText(await bot.send('ani', { button: 'fix:date' }))).toContain('Kapan');
    const corrected = await bot.send('ani', '14/11/2026');
    expect(allText(corrected)).toContain('14 November 2026');
    expect(buttonIds(corrected)).toContain('resubmit');
    // Counts typed again are set, not added to what was recorded (20 lansia stays 20, not 40).
    await bot.send('ani', { button: 'fix:beneficiaries' });
    const counted = allText(await bot.send('ani', '20 lansia, 3 fakir miskin'));
    expect(counted).toContain('Penerima manfaat: Lansia terlantar 20, Fakir miskin 3');
    // "kirim ulang" typed for 📤 Kirim ulang ke petugas.
    expect(allText(await bot.send('ani', 'kirim ulang'))).toContain('dikirim ulang ke petugas');

    const row = await bot.bot.database.prisma.activity.findUniqueOrThrow({ where: { id: ids.activity } });
    expect(row).toMatchObject({ verification: 'pending', rejectionReason: null, description: 'Kerja bakti bersih selokan' });
    expect(row.date.toISOString().slice(0, 10)).toBe('2026-11-14');

    // The posyandu confirmed the 15th: a new date is not what it confirmed, so it is asked again.
    const partner = await bot.bot.database.prisma.activityParticipant.findUniqueOrThrow({ where: { activityId_groupId: { activityId: ids.activity, groupId: ids.posyandu } } });
    expect(partner).toMatchObject({ status: 'pending', confirmedAt: null });
    const reasked = await inbox('budi');
    expect(allText(reasked)).toContain('Arisan Melati memperbaiki kegiatan bersama yang sudah dikonfirmasi Posyandu Mawar: sekarang 14 November 2026');
    // In 📥 Konfirmasi too: the item says it was corrected and sent back, and what the date was.
    const asked = allText(await bot.send('budi', 'konfirmasi'));
    expect(asked).toContain('✏️ Kegiatan ini sudah diperbaiki Arisan Melati setelah ditolak petugas dan dikirim ulang (sebelumnya: 15 November 2026), karena itu ditanyakan lagi.');
    expect(asked).toContain('(Kerja bakti/gotong royong, 14 November 2026)');
    expect(allText(await bot.send('budi', 'iya'))).toContain('dicatat: ya, disetujui');

    // The officer is alerted again, and verifies.
    clock.advance(60_000);
    const again = await inbox('tono');
    expect(allText(again)).toContain('sudah diperbaiki pengurusnya');
    // With the reason it was rejected with and what the correction changed, from what (as for a resubmitted group).
    expect(allText(again)).toContain('(alasan penolakan dulu: tanggal salah, kegiatannya tanggal 14)');
    expect(allText(again)).toContain('Yang berubah:\n• Tanggal: 15 November 2026 → 14 November 2026\n• Penerima manfaat (Fakir miskin): 0 → 3');
    expect(allText(again)).not.toContain('Penerima manfaat (Lansia terlantar)');
    expect(allText(await bot.send('tono', { button: buttonLabelled(again, '✅ Verifikasi') }))).toContain('Terverifikasi');
    expect(allText(await inbox('ani'))).toContain('sudah diverifikasi petugas');
    await bot.send('ani', 'menu');
    expect(allText(await bot.send('ani', { button: 'menu:activities' }))).toContain('✅ terverifikasi');
    expect(await bot.bot.database.prisma.auditLog.count({ where: { action: 'activity.correct', targetId: ids.activity } })).toBe(1);
  });

  it('shows the officer on web chat the photo sent with a rejected activity\'s correction first, not the first submission\'s again', async () => {
    // A new activity with its evidence photo, as the flow saves it.
    const first = await transaction(async (tx) => {
      const { id } = await tx.activities.create(
        { date: '2026-11-17', description: 'Santunan lansia RW 4', category: 'kerja_bakti', villageCode: PANGGUNGHARJO, ownGroupId: ids.arisan, partnerGroupIds: [], beneficiaries: { '8': 5 }, photoRef: null },
        ids.ani,
        clock(),
      );
      const photo = await tx.photos.addDraft(ids.ani, { bytes: await jpegWithGps(64, 48), mime: 'image/jpeg', width: 64, height: 48, gps: null }, false, clock());
      await tx.photos.attach(id, ids.ani, [photo.id], 3);
      const { onActivityLogged } = await import('../../src/domain/alerts/event-alerts.js');
      await onActivityLogged(tx, id, [], ids.ani, true, clock());
      return { id, photo: photo.id };
    });
    clock.advance(60_000);
    const alert = (await inbox('tono')).filter((reply) => allText([reply]).includes('Santunan lansia RW 4'));
    expect(alert.flatMap((reply) => reply.photos ?? [])).toEqual([first.photo]);
    await bot.send('tono', 'menu');
    expect(allText(await bot.send('tono', { button: buttonLabelled(alert, '❌ Tolak') }))).toContain('Tulis alasannya');
    await bot.send('tono', 'fotonya bukan foto kegiatan ini, kirim foto yang benar');
    expect(allText(await bot.send('tono', 'ya'))).toContain('Ditolak');

    // Ani corrects it: the right photo, sent at the correction's summary.
    await inbox('ani');
    await bot.send('ani', 'menu');
    await bot.send('ani', { button: 'menu:activities' });
    await bot.send('ani', { button: `act:${first.id}` });
    expect(allText(await bot.send('ani', { button: 'fix' }))).toContain('Perbaiki kegiatan yang ditolak');
    const upload = await bot.bot.app.inject({
      method: 'POST',
      url: `/webchat/photos?userId=${encodeURIComponent(await bot.users.userId('ani'))}&messageId=fix-photo-1`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: await png(80, 60),
    });
    expect(upload.statusCode, upload.body).toBe(200);
    expect(allText((upload.json() as { replies: Reply[] }).replies)).toContain('Foto diterima');
    expect(allText(await bot.send('ani', 'kirim ulang'))).toContain('dikirim ulang ke petugas');
    const current = (await bot.bot.database.prisma.activityPhoto.findFirstOrThrow({ where: { activityId: first.id, width: 80 } })).id;

    clock.advance(60_000);
    const again = (await inbox('tono')).filter((reply) => allText([reply]).includes('Santunan lansia RW 4'));
    expect(allText(again)).toContain('sudah diperbaiki pengurusnya');
    // The photo the correction brought comes first (the page shows the alert from its top), said so; the earlier one follows.
    expect(allText(again)).toContain('Foto baru dari perbaikan: 1 (ditampilkan pertama)');
    expect(again.flatMap((reply) => reply.photos ?? [])).toEqual([current, first.photo]);
    // …served to the officer's own session.
    const image = await bot.bot.app.inject({ method: 'GET', url: `/webchat/photos/${current}?userId=${encodeURIComponent(await bot.users.userId('tono'))}` });
    expect(image.statusCode).toBe(200);
    expect(allText(await bot.send('tono', { button: buttonLabelled(again, '✅ Verifikasi') }))).toContain('Terverifikasi');
  });

  it('withdraws a pending activity; a partner sees it but cannot change it', async () => {
    const second = await logActivity({ date: '2026-11-18', description: 'Kunjungan lansia bersama' });
    // The officer is alerted before it is withdrawn (an alert still unsent then is not sent at all: nothing waits).
    withdrawnAlerts = (await inbox('tono')).filter((reply) => allText([reply]).includes('Kunjungan lansia bersama'));
    await bot.send('budi', 'menu');
    await bot.send('budi', { button: 'menu:activities' });
    const seen = await bot.send('budi', { button: `act:${second}` });
    expect(allText(seen)).toContain('hanya pengurusnya yang dapat memperbaiki');
    expect(buttonIds(seen)).toEqual(['list', 'cmd:menu']);

    await bot.send('ani', 'menu');
    await bot.send('ani', { button: 'menu:activities' });
    const details = await bot.send('ani', { button: `act:${second}` });
    expect(buttonIds(details)).toEqual(['addPhoto', 'withdraw', 'list', 'cmd:menu']);
    // A change asked in words: how, since a pending activity is not changed in place.
    expect(allText(await bot.send('ani', 'mau ubah tanggalnya, harusnya tgl 4'))).toContain('belum bisa diubah di sini');
    // The withdrawal typed with its reason, and confirmed as people say it.
    expect(allText(await bot.send('ani', 'tarik aja, salah pilih kelompok'))).toContain('Tarik kembali kegiatan');
    expect(allText(await bot.send('ani', 'iya tarik aja'))).toContain('sudah ditarik kembali');
    expect(await bot.bot.database.prisma.activity.findUnique({ where: { id: second } })).toBeNull();
    // The partner's confirmation request went with it, and its leader is told so.
    await bot.send('budi', 'menu');
    expect(allText(await bot.send('budi', 'konfirmasi'))).not.toContain('Kunjungan lansia');
    expect(allText(await inbox('budi'))).toContain('Arisan Melati menarik kembali kegiatan bersama (18 November 2026, Kerja bakti/gotong royong), jadi permintaan konfirmasi untuk Posyandu Mawar sudah tidak berlaku');
  });

  it('tells the officer who presses an earlier alert\'s button that the activity was withdrawn, and when', async () => {
    const alerts = withdrawnAlerts;
    expect(alerts).toHaveLength(1);
    // None comes after the withdrawal.
    expect((await inbox('tono')).filter((reply) => allText([reply]).includes('Kunjungan lansia bersama'))).toHaveLength(0);
    for (const label of ['✅ Verifikasi', '❌ Tolak']) {
      await bot.send('tono', 'menu');
      const answer = allText(await bot.send('tono', { button: buttonLabelled(alerts, label) }));
      expect(answer).toContain('sudah ditarik kembali oleh kelompok pelapornya pada 20 November 2026 pukul 10:0');
      expect(answer).not.toContain('tidak ditemukan');
    }
  });

  it('tells the officer that a group ended by its leader while pending needs no verification', async () => {
    clock.advance(86_400_000);
    await transaction((tx) => tx.groups.deactivate(ids.posyandu, clock()));
    await bot.send('tono', 'menu');
    const answer = allText(await bot.send('tono', { button: deepLinkButtonId(VERIFY_DEEP_LINK, encodeVerifyTarget({ type: 'group', id: ids.posyandu, action: 'verify' })) }));
    expect(answer).toContain('Posyandu Mawar');
    expect(answer).toContain('dinonaktifkan oleh ketuanya pada 21 November 2026');
    expect((await bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id: ids.posyandu } })).verification).toBe('pending');
  });
});
