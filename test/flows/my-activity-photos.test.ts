/**
 * A leader sees the evidence photos of their own group's activity in "📒 Kegiatan saya",
 * through the composition root: the details say how many there are, and "📷 Lihat foto"
 * sends them as images on Telegram (sendPhoto through the fake Bot API) and names them in
 * the web chat reply, where GET /webchat/photos/:id serves them to that session only — not
 * to another session, not to a leader of a partner group, not without a session. 📷 Tambah foto
 * adds one to a pending activity on Telegram and on the web chat (uploaded through POST
 * /webchat/photos, offered there where "foto nya ada ga?" was asked at the list).
 *
 * The activities and photos are written through storage (the photo step of the activity
 * flow has its own tests in activity-photos.test.ts); the people, their chat identities and
 * everything they see go through the real channels.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Bot } from '../../src/main.js';
import { readPhotoBytes, createPhotoStore } from '../../src/storage/activities/photo-store.js';
import type { PrismaClient } from '../../src/storage/generated/prisma/client.js';
import { startComposedTelegramBot } from '../channels/telegram/telegram-test-bot.js';
import { allText, createTestStore, manualClock, type TestStore } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { documentMessage, FakeTelegram, sentText, type TelegramTestUser } from '../support/fake-telegram.js';
import { PDF } from '../support/test-images.js';
import { WebchatUsers } from '../support/webchat-session.js';

const PANGGUNGHARJO = '34.02.15.2004';

/** A web chat reply as the JSON answer carries it. */
interface WebReply {
  text: string;
  buttons?: Array<{ id: string; label: string }>;
  photos?: string[];
}

/** A small real JPEG of one colour (as the photo preparer stores them). */
function jpeg(red: number): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: red, g: 90, b: 40 } } }).jpeg().toBuffer();
}

let groupCounter = 0;

/** A verified group in Panggungharjo led by `personId`. */
async function seedGroup(prisma: PrismaClient, personId: string, name: string): Promise<string> {
  const area = await prisma.area.upsert({
    where: { villageCode_rw_rt_dusun: { villageCode: PANGGUNGHARJO, rw: 0, rt: 0, dusun: '' } },
    create: { villageCode: PANGGUNGHARJO },
    update: {},
  });
  groupCounter += 1;
  const group = await prisma.group.create({
    data: {
      name,
      nameNorm: `${name.toLowerCase()} ${groupCounter}`,
      type: 'pkk',
      areaId: area.id,
      villageCode: PANGGUNGHARJO,
      memberCount: 12,
      verification: 'verified',
      leaders: { create: { personId, role: 'leader' } },
    },
  });
  return group.id;
}

/**
 * An activity reported by `groupId` (confirmed first) with `partnerId` confirmed after it,
 * and `photos` sent by `senderId` attached as the activity flow attaches them.
 */
async function seedActivity(prisma: PrismaClient, groupId: string, partnerId: string, senderId: string, description: string, photos: readonly Buffer[], now: Date) {
  const activity = await prisma.activity.create({
    data: {
      date: new Date('2026-11-18T00:00:00.000Z'),
      category: 'kerja_bakti',
      description,
      villageCode: PANGGUNGHARJO,
      reporterId: senderId,
      participants: {
        create: [
          { groupId, status: 'confirmed', confirmedAt: new Date(now.getTime() - 60_000) },
          { groupId: partnerId, status: 'confirmed', confirmedAt: now },
        ],
      },
    },
  });
  const store = createPhotoStore(prisma);
  const ids: string[] = [];
  // One millisecond apart: the photos are shown oldest first.
  for (const [index, bytes] of photos.entries()) {
    const sentAt = new Date(now.getTime() + index);
    ids.push((await store.addDraft(senderId, { bytes, mime: 'image/jpeg', width: 64, height: 48, gps: null }, false, sentAt)).id);
  }
  expect((await store.attach(activity.id, senderId, ids, 3)).attached).toBe(ids.length);
  return { activityId: activity.id, photoIds: ids };
}

describeEachDatabase('a leader sees their own activity photos in Kegiatan saya', (kind) => {
  let store: TestStore;
  let fake: FakeTelegram;
  let bot: Bot;
  const clock = manualClock('2026-11-20T03:00:00Z');
  let leader: TelegramTestUser;
  let partner: TelegramTestUser;
  let users: WebchatUsers;
  let telegramPhotos: Buffer[];
  let webPhotoIds: string[] = [];
  let telegramPhotoIds: string[] = [];

  const personOf = async (channel: 'telegram' | 'webchat', externalId: string) =>
    (await bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { channel, externalId } })).personId;

  const web = async (label: string, input: string | { button: string }): Promise<WebReply[]> => {
    const userId = await users.userId(label);
    const payload = typeof input === 'string' ? { userId, text: input } : { userId, buttonId: input.button };
    const response = await bot.app.inject({ method: 'POST', url: '/webchat/messages', payload });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { replies: WebReply[] }).replies;
  };
  const buttonOf = (replies: readonly WebReply[], label: string) => {
    const button = replies.flatMap((reply) => reply.buttons ?? []).find((candidate) => candidate.label.includes(label));
    expect(button, `no button "${label}" in ${JSON.stringify(replies)}`).toBeDefined();
    return button!.id;
  };
  const photoUrl = (photoId: string, userId: string) => `/webchat/photos/${photoId}?userId=${encodeURIComponent(userId)}`;

  beforeAll(async () => {
    store = await createTestStore(kind);
    fake = await FakeTelegram.start();
    const composed = await startComposedTelegramBot(store, fake, { clock });
    bot = composed.bot;
    leader = composed.user({ id: 630001, firstName: 'Bu Wati' });
    partner = composed.user({ id: 630002, firstName: 'Pak Harto' });
    users = new WebchatUsers(bot.app);
    const prisma = bot.database.prisma;

    // Each person speaks once, so the bot knows them on their channel.
    await leader.say('halo');
    await partner.say('halo');
    await web('sri', 'halo');
    await web('eko', 'halo');
    const wati = await personOf('telegram', String(leader.user.id));
    const harto = await personOf('telegram', String(partner.user.id));
    const sri = await personOf('webchat', await users.externalId('sri'));

    const watiGroup = await seedGroup(prisma, wati, 'PKK Melati');
    const hartoGroup = await seedGroup(prisma, harto, 'Karang Taruna Jaya');
    const sriGroup = await seedGroup(prisma, sri, 'Posyandu Anggrek');
    telegramPhotos = [await jpeg(200), await jpeg(30)];
    telegramPhotoIds = (await seedActivity(prisma, watiGroup, hartoGroup, wati, 'Kerja bakti selokan RW 03', telegramPhotos, clock())).photoIds;
    webPhotoIds = (await seedActivity(prisma, sriGroup, hartoGroup, sri, 'Kerja bakti balai warga', [await jpeg(120)], clock())).photoIds;
  });
  afterAll(async () => {
    await bot?.close();
    await fake?.close();
    await store?.dispose();
  });

  it('on Telegram: counts the photos and sends them as images when asked', async () => {
    await leader.say('menu');
    const list = sentText(await leader.press('📒 Kegiatan saya'));
    expect(list).toContain('Kerja bakti');
    const details = sentText(await leader.press(/^1\. /));
    expect(details).toContain('Kerja bakti selokan RW 03');
    expect(details).toContain('📷 Foto bukti: 2');

    const before = fake.sentPhotos.length;
    const shown = sentText(await leader.press('📷 Lihat foto'));
    expect(shown).toContain('Foto kegiatan');
    const sent = fake.sentPhotos.slice(before);
    expect(sent.map((photo) => photo.chatId)).toEqual([String(leader.user.id), String(leader.user.id)]);
    // The stored photos themselves, in the order they were sent.
    const stored: Buffer[] = [];
    for (const id of telegramPhotoIds) stored.push(Buffer.from((await readPhotoBytes(bot.database.prisma, id))!));
    expect(sent.map((photo, index) => photo.bytes.equals(stored[index]!))).toEqual([true, true]);
    // The activity's buttons come back after the photos.
    expect(leader.findButton('📒 Daftar kegiatan')).toBeDefined();
  });

  it('on Telegram: adds a photo to a pending activity with 📷 Tambah foto, up to the limit', async () => {
    await leader.say('menu');
    await leader.press('📒 Kegiatan saya');
    await leader.press(/^1\. /);
    const asked = sentText(await leader.press('📷 Tambah foto'));
    expect(asked).toContain('Kirim fotonya sekarang');
    // Refused as any photo is: the same checks and the same words.
    fake.addFile('LATE-PDF', PDF, { name: 'laporan.pdf' });
    expect(sentText(await leader.send(documentMessage(leader.user, 'LATE-PDF', 'laporan.pdf', 'application/pdf')))).toContain('bukan foto');
    fake.addFile('LATE', await jpeg(90));
    const replies = await leader.sendPhoto('LATE');
    const added = sentText(replies);
    expect(added).toContain('📷 Foto ditambahkan (3/3)');
    // The activity again, with three photos and no more room.
    expect(added).toContain('📷 Foto bukti: 3');
    const labels = replies.flatMap((reply) => reply.rows.flat().map((button) => button.label));
    expect(labels).toContain('📷 Lihat foto');
    expect(labels).not.toContain('📷 Tambah foto');
    const wati = await personOf('telegram', String(leader.user.id));
    const photos = await bot.database.prisma.activityPhoto.findMany({ where: { senderId: wati }, select: { activityId: true } });
    expect(photos.filter((photo) => photo.activityId !== null)).toHaveLength(3);
  });

  it('shows a partner group\'s leader the activity but not the reporting group\'s photos', async () => {
    await partner.say('menu');
    await partner.press('📒 Kegiatan saya');
    const before = fake.sentPhotos.length;
    const details = sentText(await partner.press(/^1\. /));
    expect(details).toContain('dicatat kelompok lain');
    expect(details).not.toContain('📷 Foto bukti');
    expect(() => partner.findButton('📷 Lihat foto')).toThrow();
    expect(fake.sentPhotos.length).toBe(before);
  });

  it('on the web chat: names the photos in the reply, served to that session only', async () => {
    const menu = await web('sri', 'menu');
    const list = await web('sri', { button: buttonOf(menu, 'Kegiatan saya') });
    const details = await web('sri', { button: buttonOf(list, '1.') });
    expect(allText(details)).toContain('📷 Foto bukti: 1');
    const shown = await web('sri', { button: buttonOf(details, 'Lihat foto') });
    const photos = shown.flatMap((reply) => reply.photos ?? []);
    expect(photos).toEqual(webPhotoIds);

    const sriId = await users.userId('sri');
    const image = await bot.app.inject({ method: 'GET', url: photoUrl(photos[0]!, sriId) });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect(image.headers['cache-control']).toBe('private, no-store');
    expect(image.rawPayload.equals(Buffer.from((await readPhotoBytes(bot.database.prisma, photos[0]!))!))).toBe(true);
    expect((await sharp(image.rawPayload).metadata()).format).toBe('jpeg');

    // Another session (a stranger), an unissued or missing userId, a malformed id: nothing.
    expect((await bot.app.inject({ method: 'GET', url: photoUrl(photos[0]!, await users.userId('eko')) })).statusCode).toBe(404);
    expect((await bot.app.inject({ method: 'GET', url: photoUrl(photos[0]!, 'web-not-issued') })).statusCode).toBe(401);
    expect((await bot.app.inject({ method: 'GET', url: `/webchat/photos/${photos[0]}` })).statusCode).toBe(400);
    expect((await bot.app.inject({ method: 'GET', url: photoUrl('not-a-photo', sriId) })).statusCode).toBe(400);
    // Another leader's photo through Sri's session: as if it did not exist.
    expect((await bot.app.inject({ method: 'GET', url: photoUrl(telegramPhotoIds[0]!, sriId) })).statusCode).toBe(404);
  });

  it('on the web chat: adds a photo to a pending activity with 📷 Tambah foto, uploaded through POST /webchat/photos', async () => {
    const sriId = await users.userId('sri');
    const upload = async (body: Buffer) => {
      const response = await bot.app.inject({ method: 'POST', url: `/webchat/photos?userId=${encodeURIComponent(sriId)}`, headers: { 'content-type': 'application/octet-stream' }, payload: body });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as { replies: WebReply[] }).replies;
    };
    // Left at the activity's screen by the test before: "menu", then the 📒 entry itself opens the
    // list afresh (by its id: "▶️ Lanjutkan: 📒 Kegiatan saya", which goes back to that screen, is labelled so too).
    const menu = await web('sri', 'menu');
    expect(menu.flatMap((reply) => reply.buttons ?? []).map((button) => button.id)).toEqual(expect.arrayContaining(['cmd:resume', 'menu:activities']));
    const list = await web('sri', { button: 'menu:activities' });
    expect(allText(list)).toContain('📒 Kegiatan kelompok Anda');
    // Asked at the list which have photos: answered, with 📷 Tambah foto for the pending one.
    const answered = await web('sri', 'foto nya ada ga?');
    expect(allText(answered)).toContain('Kerja bakti/gotong royong: 1 foto');
    const asked = await web('sri', { button: buttonOf(answered, 'Tambah foto 1') });
    expect(allText(asked)).toContain('Kirim fotonya sekarang');
    // Refused as any upload that is no photo is, and nothing is added.
    expect(allText(await upload(Buffer.from('%PDF-1.4 not a photo')))).toContain('bukan foto');
    const added = await upload(await jpeg(160));
    expect(allText(added)).toContain('📷 Foto ditambahkan (2/3)');
    expect(allText(added)).toContain('📷 Foto bukti: 2');
    const sri = await personOf('webchat', await users.externalId('sri'));
    const attached = await bot.database.prisma.activityPhoto.findMany({ where: { senderId: sri, activityId: { not: null } }, select: { id: true } });
    expect(attached).toHaveLength(2);
    // The new one is shown with the first, to this session.
    const shown = await web('sri', { button: buttonOf(added, 'Lihat foto') });
    const photos = shown.flatMap((reply) => reply.photos ?? []);
    expect(photos).toHaveLength(2);
    expect(photos.slice(0, 1)).toEqual(webPhotoIds);
    expect((await bot.app.inject({ method: 'GET', url: photoUrl(photos[1]!, sriId) })).statusCode).toBe(200);
  });
});
