/**
 * WhatsApp cloud mode through the composition root (startBot with WHATSAPP_MODE=cloud),
 * against a fake Graph API on 127.0.0.1 with the platform's payloads: the webhook's
 * verification and signature, a whole group registration by reply buttons and lists, a
 * photo that reaches the officer's verification card, alerts inside the 24-hour window as
 * messages and outside it as a template, status webhooks on the outbox row, and failures
 * classified (rate limit retried, invalid number dead-lettered).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../../src/storage/tokens/api-tokens.js';
import { allText, manualClock } from '../../support/bot.js';
import { describeEachDatabase } from '../../support/databases.js';
import { deliverOutbox } from '../../support/deliver-outbox.js';
import { enrolOfficer } from '../../support/officer-invite.js';
import { jpegWithGps } from '../../support/test-images.js';
import { registerFromMenu, statusBody, tap, useCloudTestBot, VERIFY_TOKEN, webhookBody, type CloudTestUser } from './cloud-test-bot.js';

const SEWON = '34.02.15';
const HOUR = 3_600_000;
const ADMIN_TOKEN = 'admin-token-for-cloud-tests-0123456789';
/** Mas Bagus's Karang Taruna groups in Panggungharjo (Sewon, the officer's kecamatan); each test names its own. */
const BAGUS_GROUP = {
  type: 'karang_taruna',
  villageQuery: 'panggungharjo sewon',
  villageCode: '34.02.15.2003',
  ketua: 'Mas Bagus',
  phone: '0857 1234 5001',
} as const;

describeEachDatabase('WhatsApp Cloud API through the composition root', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const cloud = useCloudTestBot(kind, { clock, env: { ADMIN_TOKEN, WHATSAPP_CLOUD_TEMPLATES: '*=wksbm_notice:id,*=wksbm_notice:en_US' } });

  describe('the webhook', () => {
    it('answers Meta\'s subscription check with the challenge, and refuses a wrong verify token', async () => {
      const ok = await cloud.bot.app.inject({ method: 'GET', url: `/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444` });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toBe('1158201444');
      const wrong = await cloud.bot.app.inject({ method: 'GET', url: '/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1' });
      expect(wrong.statusCode).toBe(403);
    });

    it('refuses a bad or missing signature with 401 and processes nothing', async () => {
      const body = webhookBody({ messages: [{ from: '6281299990001', id: 'wamid.BAD1', timestamp: '1', type: 'text', text: { body: 'halo' } }] });
      const before = cloud.fake.sent.length;
      expect((await cloud.post(body, `sha256=${'0'.repeat(64)}`)).statusCode).toBe(401);
      expect((await cloud.post(body, 'sha1=abc')).statusCode).toBe(401);
      // Signed with another secret.
      const { signWebhookBody } = await import('../../../src/channels/whatsapp-cloud/webhook-routes.js');
      expect((await cloud.post(body, signWebhookBody(JSON.stringify(body), 'another-secret-0000000000'))).statusCode).toBe(401);
      await cloud.idle();
      expect(cloud.fake.sent.length).toBe(before);
      expect(await cloud.bot.database.prisma.processedMessage.count({ where: { messageId: 'wa:wamid.BAD1' } })).toBe(0);
      // Signed right: processed.
      expect((await cloud.post(body)).statusCode).toBe(200);
      await cloud.idle();
      expect(cloud.fake.sentTo('6281299990001').length).toBeGreaterThan(0);
    });

    it('handles a message delivered twice once', async () => {
      const ani = cloud.user('6281299990002');
      const first = await ani.send({ type: 'text', text: { body: 'halo' } }, 'wamid.TWICE');
      expect(first.length).toBeGreaterThan(0);
      const again = await ani.send({ type: 'text', text: { body: 'halo' } }, 'wamid.TWICE');
      expect(again).toEqual([]);
    });

    it('answers a voice note politely that only text and photos are read, and ignores reactions', async () => {
      const budi = cloud.user('6281299990003');
      const voice = await budi.send({ type: 'audio', audio: { id: '123', mime_type: 'audio/ogg; codecs=opus', voice: true } });
      expect(allText(voice)).toContain('hanya bisa membaca pesan teks dan foto');
      expect(await budi.send({ type: 'reaction', reaction: { message_id: 'wamid.X', emoji: '👍' } })).toEqual([]);
      // A shared location reaches the runner (the flows answer it), not the channel's refusal.
      const location = await budi.send({ type: 'location', location: { latitude: -7.85, longitude: 110.35, name: 'Balai desa' } });
      expect(location.length).toBeGreaterThan(0);
      expect(allText(location)).not.toContain('hanya bisa membaca pesan teks dan foto');
      expect(await cloud.bot.database.prisma.processedMessage.count({ where: { channel: 'whatsapp', senderId: budi.externalId } })).toBe(1);
    });
  });

  describe('a leader and an officer', () => {
    let officer: CloudTestUser;
    let leader: CloudTestUser;
    let activityId = '';
    beforeAll(() => {
      leader = cloud.user('6285712345001', 'Mas Bagus');
      officer = cloud.user('6281355550001', 'Pak Tono');
    });

    it('registers a whole group through reply buttons and lists', async () => {
      const saved = await registerFromMenu(leader, { ...BAGUS_GROUP, name: 'Bina Remaja Awan', villageQuery: 'sidomulyo bambanglipuro', villageCode: '34.02.05.2001', unit: 'RW 02', members: '40' });
      expect(allText(saved)).toContain('Bina Remaja Awan');
      const group = await cloud.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Bina Remaja Awan' } });
      expect(group).toMatchObject({ villageCode: '34.02.05.2001', memberCount: 40, ketuaName: 'Bagus', ketuaPhone: '+6285712345001' });

      // Both shapes were used, within the platform's limits, and every id is ours.
      const interactive = leader.history.filter((message) => message.type === 'interactive').map((message) => (message.body as any).interactive);
      const buttons = interactive.filter((message) => message.type === 'button');
      const lists = interactive.filter((message) => message.type === 'list');
      expect(buttons.length).toBeGreaterThan(0);
      expect(lists.length).toBeGreaterThan(0);
      for (const message of buttons) {
        expect(message.action.buttons.length).toBeLessThanOrEqual(3);
        for (const button of message.action.buttons) expect(button.reply.title.length).toBeLessThanOrEqual(20);
      }
      for (const message of lists) {
        const rows = message.action.sections.flatMap((section: any) => section.rows);
        expect(rows.length).toBeGreaterThanOrEqual(4);
        expect(rows.length).toBeLessThanOrEqual(10);
        for (const row of rows) expect(row.title.length).toBeLessThanOrEqual(24);
      }
      for (const message of interactive) expect(message.body.text.length).toBeLessThanOrEqual(1024);
      // The person is the same identity Baileys mode would use.
      expect(await cloud.bot.database.prisma.channelIdentity.count({ where: { channel: 'whatsapp', externalId: leader.externalId } })).toBe(1);
    });

    it('sends the officer an alert inside the window as messages, and a photo that reaches the verification card', async () => {
      await enrolOfficer(cloud.bot, clock, { kind: 'tksk', areas: [SEWON] }, (text) => officer.say(text));

      // A group in the officer's kecamatan, then an activity with a photo.
      await registerFromMenu(leader, { ...BAGUS_GROUP, name: 'Karang Taruna Foto Awan', unit: 'RW 04', members: '25' });
      await cloud.deliver(clock);
      const registered = officer.collect();
      // Inside the window (the officer wrote minutes ago): ordinary messages, no template.
      expect(registered.length).toBeGreaterThan(0);
      expect(registered.every((message) => message.type !== 'template')).toBe(true);
      expect(registered.map((message) => JSON.stringify(message.body)).join(' ')).toContain('Karang Taruna Foto Awan');

      let replies = await leader.say('catat kegiatan');
      // The leader has two groups: the button's title is fitted to 20 characters.
      replies = await tap(leader, replies, 'Karang Taruna Foto…');
      replies = await tap(leader, replies, 'Kemarin');
      replies = await tap(leader, replies, 'Santunan anak yatim');
      replies = await leader.say('Santunan anak yatim di balai desa');
      replies = await tap(leader, replies, 'Tidak ada');
      // The summary invites up to 3 photos as evidence (no separate photo step).
      expect(allText(replies)).toContain('sampai 3 foto');
      cloud.fake.addMedia('1480221732', await jpegWithGps(2000, 1500));
      const received = await leader.sendPhoto('1480221732', 'santunan');
      expect(allText(received)).toContain('📷 Foto: 1 dari 3');
      replies = await tap(leader, received, 'Simpan');
      expect(allText(replies)).toContain('Kegiatan sudah dicatat');

      const photo = await cloud.bot.database.prisma.activityPhoto.findFirstOrThrow({ omit: { data: true } });
      activityId = photo.activityId!;
      expect(photo).toMatchObject({ mime: 'image/jpeg', width: 1600 });

      // The verification alert: the photo (uploaded, sent as an image), then the card with its buttons.
      await cloud.deliver(clock);
      const alert = officer.collect();
      const image = alert.findIndex((message) => message.type === 'image');
      expect(image).toBeGreaterThanOrEqual(0);
      expect(cloud.fake.uploads.length).toBeGreaterThanOrEqual(1);
      const card = alert.slice(image + 1).find((message) => JSON.stringify(message.body).includes('Santunan anak yatim di balai desa'));
      expect(card).toBeDefined();
      expect(JSON.stringify(card!.body)).toContain('Verifikasi');

      // The officer's verification card in the API shows the photo.
      const personId = (await cloud.bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { channel: 'whatsapp', externalId: officer.externalId } })).personId;
      const { token } = await issueToken(cloud.bot.database.prisma, personId, { now: clock() });
      const photos = await cloud.bot.app.inject({ method: 'GET', url: `/api/activities/${activityId}/photos`, headers: { authorization: `Bearer ${token}` } });
      expect(photos.statusCode).toBe(200);
      expect((photos.json() as { items: unknown[] }).items).toHaveLength(1);
    });

    it('sends an alert outside the 24-hour window as the configured template, filled from the alert', async () => {
      clock.advance(25 * HOUR);
      await registerFromMenu(leader, { ...BAGUS_GROUP, name: 'Karang Taruna Malam Awan', unit: 'RW 05', members: '30' });
      await cloud.deliver(clock);
      const sent = officer.collect();
      expect(sent).toHaveLength(1);
      expect(sent[0]!.type).toBe('template');
      const template = (sent[0]!.body as any).template;
      expect(template).toMatchObject({ name: 'wksbm_notice', language: { code: 'id' } });
      const parameter: string = template.components[0].parameters[0].text;
      expect(parameter).toContain('Karang Taruna Malam Awan');
      expect(parameter).not.toMatch(/[\n\t]| {5}/);
    });

    it('records status webhooks on the outbox row: delivered, then read; a failed one becomes a dead letter with its reason', async () => {
      const prisma = cloud.bot.database.prisma;
      const template = officer.history.at(-1)!;
      const mapping = await prisma.whatsAppCloudMessage.findUniqueOrThrow({ where: { wamid: template.wamid } });
      expect((await cloud.post(statusBody(template.wamid, 'sent', officer.waId, clock()))).statusCode).toBe(200);
      expect((await cloud.post(statusBody(template.wamid, 'delivered', officer.waId, clock()))).statusCode).toBe(200);
      await cloud.idle();
      let row = await prisma.alert.findUniqueOrThrow({ where: { id: mapping.alertId } });
      expect(row).toMatchObject({ status: 'sent', deliveryStatus: 'delivered' });
      // Out of order: a late "sent" does not undo "delivered".
      await cloud.post(statusBody(template.wamid, 'read', officer.waId, clock()));
      await cloud.post(statusBody(template.wamid, 'sent', officer.waId, clock()));
      await cloud.idle();
      row = await prisma.alert.findUniqueOrThrow({ where: { id: mapping.alertId } });
      expect(row.deliveryStatus).toBe('read');

      // Visible to the admin beside the outbox.
      const listed = await cloud.bot.app.inject({ method: 'GET', url: '/api/alerts?status=sent', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(listed.statusCode).toBe(200);
      expect((listed.json() as { items: Array<{ id: string; deliveryStatus: string }> }).items.find((item) => item.id === mapping.alertId)?.deliveryStatus).toBe('read');

      // An earlier alert's message failed on delivery: invalid number → dead letter with the reason.
      const earlier = await prisma.whatsAppCloudMessage.findFirstOrThrow({ where: { alertId: { not: mapping.alertId } }, orderBy: { createdAt: 'asc' } });
      await cloud.post(statusBody(earlier.wamid, 'failed', officer.waId, clock(), { code: 131026, title: 'Message undeliverable' }));
      await cloud.idle();
      const dead = await prisma.alert.findUniqueOrThrow({ where: { id: earlier.alertId } });
      expect(dead.status).toBe('dead');
      expect(dead.deliveryStatus).toBe('failed');
      expect(dead.lastError).toContain('131026');
      expect(dead.lastError).toContain('undeliverable');
      const deadList = await cloud.bot.app.inject({ method: 'GET', url: '/api/alerts?status=dead', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect((deadList.json() as { items: Array<{ id: string; lastError: string }> }).items.find((item) => item.id === earlier.alertId)?.lastError).toContain('131026');
    });

    it('backs off on the platform\'s rate limit and sends later; dead-letters an invalid number at once', async () => {
      const prisma = cloud.bot.database.prisma;
      // The officer writes: the window is open again.
      await officer.say('halo');
      cloud.fake.failNext({ status: 400, code: 130429, message: '(#130429) Rate limit hit', details: 'Cloud API message throughput has been reached.' }, officer.waId);
      await registerFromMenu(leader, { ...BAGUS_GROUP, name: 'Karang Taruna Limit Awan', unit: 'RW 06', members: '31' });
      await deliverOutbox(cloud.bot, clock);
      const waiting = await prisma.alert.findFirstOrThrow({ where: { status: 'pending', lastError: { contains: '130429' } } });
      expect(waiting.attempts).toBe(1);
      expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(clock().getTime());
      clock.advance(5 * 60_000);
      await cloud.deliver(clock);
      expect((await prisma.alert.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe('sent');

      cloud.fake.failNext({ status: 400, code: 131026, message: 'Message Undeliverable.' }, officer.waId);
      await registerFromMenu(leader, { ...BAGUS_GROUP, name: 'Karang Taruna Gagal Awan', unit: 'RW 07', members: '32' });
      await deliverOutbox(cloud.bot, clock);
      const dead = await prisma.alert.findFirstOrThrow({ where: { status: 'dead', lastError: { contains: 'Undeliverable' } } });
      expect(dead.attempts).toBe(1);
    });
  });
});
