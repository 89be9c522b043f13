/**
 * Web chat as a channel for proactive messages, on both databases: WebchatChannel.send
 * fills the inbox, GET /webchat/inbox hands the messages out once, in order; and the whole
 * way from an Alert row through the dispatcher to the page's poll.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { webchatInboxRoutes } from '../../../src/channels/webchat/inbox-routes.js';
import { hashWebchatUserId, issueWebchatSession, type WebchatSessionStore } from '../../../src/channels/webchat/sessions.js';
import { createWebchatSessionStore } from '../../../src/storage/webchat/webchat-sessions.js';
import { WebchatChannel } from '../../../src/channels/webchat/webchat-channel.js';
import { OutboxDispatcher } from '../../../src/core/outbox/dispatcher.js';
import { installErrorHandler } from '../../../src/http/errors.js';
import { createOutboxStore } from '../../../src/storage/outbox/outbox-store.js';
import { createWebchatInbox, type WebchatInboxStore } from '../../../src/storage/outbox/webchat-inbox.js';
import { purgeBatch } from '../../../src/storage/privacy/retention-purge.js';
import { plainRenderer } from '../../core/outbox/fake-adapter.js';
import { manualClock } from '../../support/bot.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { createPerson, enqueue, textMessages } from '../../storage/outbox/fixtures.js';

describeEachDatabase('web chat inbox', (kind) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let inbox: WebchatInboxStore;
  let sessions: WebchatSessionStore;
  const clock = manualClock('2026-11-02T03:00:00Z');

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    inbox = createWebchatInbox(db.prisma);
    sessions = createWebchatSessionStore(db.prisma);
    app = Fastify();
    installErrorHandler(app);
    await app.register(webchatInboxRoutes, { inbox, sessions, clock, limit: 20 });
  });

  /** A user with an issued session: the userId the page sends, the externalId the channel stores under. */
  const newUser = async () => {
    const userId = await issueWebchatSession(sessions, clock());
    return { userId, externalId: hashWebchatUserId(userId) };
  };
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  const poll = async (userId: string) => {
    const response = await app.inject({ method: 'GET', url: `/webchat/inbox?userId=${encodeURIComponent(userId)}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    return (response.json() as { replies: unknown[] }).replies;
  };

  it('answers 400 with a clear message for a missing or malformed userId', async () => {
    for (const [url, problem] of [
      ['/webchat/inbox', 'userId: '],
      ['/webchat/inbox?userId=', 'userId: must not be empty'],
      ['/webchat/inbox?userId=a%20b', 'userId: may only contain'],
      [`/webchat/inbox?userId=${'x'.repeat(129)}`, 'userId: must be at most 128 characters'],
      ['/webchat/inbox?userId=a&since=1', 'since: is not a parameter here; it takes userId'],
    ] as const) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad_request' });
      expect(response.json().message, url).toContain('Invalid request query.');
      expect(response.json().message, url).toContain(problem);
    }
  });

  it('answers 401 with a clear message for a userId the server did not issue', async () => {
    const channel = new WebchatChannel({ inbox, clock });
    // Even when something waits under the id's hash: only an issued id opens the inbox.
    await channel.send(hashWebchatUserId('mallory'), [{ text: 'rahasia' }]);
    const response = await app.inject({ method: 'GET', url: '/webchat/inbox?userId=mallory' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: 'unauthorized', message: expect.stringContaining('POST /webchat/sessions') });
  });

  it('hands out what the channel sent, oldest first with buttons, once', async () => {
    const channel = new WebchatChannel({ inbox, clock });
    const user = await newUser();
    const other = await newUser();
    expect(await channel.send(user.externalId, [{ text: 'Satu' }, { text: 'Dua', buttons: [{ id: 'open', label: 'Buka' }] }])).toEqual({ ok: true });
    expect(await channel.send(user.externalId, [{ text: 'Tiga' }])).toEqual({ ok: true }); // same millisecond: order still kept
    expect(await channel.send(other.externalId, [{ text: 'Bukan untukmu' }])).toEqual({ ok: true });

    expect(await poll(user.userId)).toEqual([{ text: 'Satu' }, { text: 'Dua', buttons: [{ id: 'open', label: 'Buka' }] }, { text: 'Tiga' }]);
    expect(await poll(user.userId)).toEqual([]);
    const rows = await db.prisma.webchatInbox.findMany({ where: { externalId: user.externalId } });
    expect(rows.every((row) => row.deliveredAt?.getTime() === clock().getTime())).toBe(true);
    expect(await poll(other.userId)).toEqual([{ text: 'Bukan untukmu' }]);
  });

  it('keeps the photos a message names (an alert\'s evidence, a leader\'s own activity), links in the text', async () => {
    const channel = new WebchatChannel({ inbox, clock });
    const user = await newUser();
    const photo = '0b6f3c1e-8a2d-4c3b-9e5f-1a2b3c4d5e6f';
    await channel.send(user.externalId, [{ text: 'Foto kegiatan', photos: [photo], links: [{ url: 'https://example.org/d', label: 'Dasbor' }] }]);
    expect(await poll(user.userId)).toEqual([{ text: 'Foto kegiatan\n\nDasbor\nhttps://example.org/d', photos: [photo] }]);
  });

  it('hands out at most `limit` per poll; the rest come with the next', async () => {
    const channel = new WebchatChannel({ inbox, clock });
    const user = await newUser();
    for (let i = 1; i <= 25; i++) await channel.send(user.externalId, [{ text: `pesan ${i}` }]);
    const first = await poll(user.userId);
    const second = await poll(user.userId);
    expect(first).toHaveLength(20);
    expect([...first, ...second]).toEqual(Array.from({ length: 25 }, (_, i) => ({ text: `pesan ${i + 1}` })));
  });

  it('a database failure is a retryable send failure', async () => {
    const broken = new WebchatChannel({ inbox: { append: () => Promise.reject(new Error('connection terminated\nstack…')) } });
    expect(await broken.send('web-x', [{ text: 'x' }])).toEqual({
      ok: false,
      error: { channel: 'webchat', retryable: true, reason: 'inbox not written: connection terminated' },
    });
  });

  it('end to end: an Alert row for a web chat user reaches the page’s next poll', async () => {
    const user = await newUser();
    const person = await createPerson(db.prisma, { identities: [{ channel: 'webchat', externalId: user.externalId, lastActiveAt: clock() }] });
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: `inbox-e2e-${kind}`, messages: textMessages('Ada kegiatan baru untuk dikonfirmasi.') }, clock());
    const dispatcher = new OutboxDispatcher({
      store: createOutboxStore(db.prisma),
      channels: { webchat: new WebchatChannel({ inbox, clock }) },
      renderer: plainRenderer,
      clock,
    });
    expect(await dispatcher.runOnce()).toBe(1);
    expect(await poll(user.userId)).toEqual([{ text: 'Ada kegiatan baru untuk dikonfirmasi.' }]);
    expect(await db.prisma.alert.findUniqueOrThrow({ where: { dedupeKey: `inbox-e2e-${kind}` } })).toMatchObject({ status: 'sent', channel: 'webchat' });
  });

  it('the retention purge deletes delivered messages older than a date, never undelivered ones', async () => {
    const channel = new WebchatChannel({ inbox, clock });
    const user = await newUser();
    await channel.send(user.externalId, [{ text: 'lama' }]);
    await poll(user.userId);
    await channel.send(user.externalId, [{ text: 'belum dibaca' }]);
    clock.advance(1);
    expect(await db.prisma.$transaction((tx) => purgeBatch(tx, 'webchatInbox', clock(), 1_000))).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.webchatInbox.count({ where: { externalId: user.externalId } })).toBe(1);
    expect(await poll(user.userId)).toEqual([{ text: 'belum dibaca' }]);
  });
});
