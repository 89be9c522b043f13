/**
 * The dispatcher on the real store, both databases, with a hand-moved clock and fake
 * adapters: what ends up in the Alert row (next attempt, attempts, reasons, channel) and
 * where an alert goes (the recipient's most recently used channel, the officer's quiet hours).
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { OutboxDispatcher, type DispatcherOptions } from '../../../src/core/outbox/dispatcher.js';
import { createOutboxStore } from '../../../src/storage/outbox/outbox-store.js';
import { FakeAdapter, plainRenderer } from '../../core/outbox/fake-adapter.js';
import { manualClock } from '../../support/bot.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { alertByKey, createPerson, enqueue } from './fixtures.js';

describeEachDatabase('dispatcher on the outbox store', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());
  beforeEach(async () => {
    await db.prisma.alert.deleteMany();
  });

  /** 2026-11-02 10:00 WIB unless told otherwise. */
  function setup(start = '2026-11-02T03:00:00Z', options: Partial<DispatcherOptions> = {}, channels: ReadonlyArray<'telegram' | 'webchat'> = ['telegram', 'webchat']) {
    const clock = manualClock(start);
    const adapters = { telegram: new FakeAdapter('telegram', clock), webchat: new FakeAdapter('webchat', clock) };
    const dispatcher = new OutboxDispatcher({
      store: createOutboxStore(db.prisma),
      channels: Object.fromEntries(channels.map((name) => [name, adapters[name]])),
      renderer: plainRenderer,
      clock,
      random: () => 0.5,
      ...options,
    });
    return { clock, adapters, dispatcher };
  }

  it('a 429: next attempt exactly retryAfterMs later, nothing sent before it', async () => {
    const { clock, adapters, dispatcher } = setup();
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram', externalId: '9001', lastActiveAt: clock() }] });
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: 'limited' }, clock());
    adapters.telegram.script({ fail: { retryable: true, retryAfterMs: 30_000, reason: 'sendMessage: 429 Too Many Requests: retry after 30' } });
    const start = clock().getTime();

    await dispatcher.runOnce();
    expect(await alertByKey(db.prisma, 'limited')).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: new Date(start + 30_000),
      lastError: 'telegram: sendMessage: 429 Too Many Requests: retry after 30',
      claimedUntil: null,
    });
    clock.advance(29_999);
    expect(await dispatcher.runOnce()).toBe(0);
    clock.advance(1);
    expect(await dispatcher.runOnce()).toBe(1);
    expect(adapters.telegram.sends.map((send) => send.at - start)).toEqual([0, 30_000]);
    expect(await alertByKey(db.prisma, 'limited')).toMatchObject({ status: 'sent', channel: 'telegram', sentAt: clock() });
  });

  it('goes to the most recently used channel and records it', async () => {
    const { clock, adapters, dispatcher } = setup();
    const day = 86_400_000;
    const person = await createPerson(db.prisma, {
      identities: [
        { channel: 'telegram', externalId: '9002', lastActiveAt: new Date(clock().getTime() - 3 * day) },
        { channel: 'webchat', externalId: 'web-9002', lastActiveAt: new Date(clock().getTime() - day) },
      ],
    });
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: 'recent' }, clock());
    await dispatcher.runOnce();
    expect(adapters.webchat.sends.map((send) => send.externalId)).toEqual(['web-9002']);
    expect(adapters.telegram.sends).toEqual([]);
    expect(await alertByKey(db.prisma, 'recent')).toMatchObject({ status: 'sent', channel: 'webchat' });
  });

  it("holds an officer alert during the officer's quiet hours (21:00–06:00) without counting an attempt; a notice to them as a person is not held", async () => {
    const { clock, adapters, dispatcher } = setup('2026-11-02T16:30:00Z'); // 23:30 WIB
    const officer = await createPerson(db.prisma, {
      identities: [{ channel: 'telegram', externalId: '9003', lastActiveAt: clock() }],
      officer: { quietStartMin: 21 * 60, quietEndMin: 6 * 60 },
    });
    await enqueue(db.prisma, { personId: officer.personId, officerId: officer.officerId, dedupeKey: 'night-alert' }, clock());
    await enqueue(db.prisma, { personId: officer.personId, dedupeKey: 'night-notice' }, clock());

    await dispatcher.runOnce();
    expect(adapters.telegram.sends.flatMap((send) => send.texts)).toEqual(['night-notice']);
    expect(await alertByKey(db.prisma, 'night-alert')).toMatchObject({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: new Date('2026-11-02T23:00:00Z'), // 06:00 WIB
    });

    clock.advance(6.5 * 3_600_000 - 1); // 05:59:59.999 WIB
    expect(await dispatcher.runOnce()).toBe(0);
    clock.advance(1);
    await dispatcher.runOnce();
    expect(adapters.telegram.sends.flatMap((send) => send.texts)).toEqual(['night-notice', 'night-alert']);
    expect(await alertByKey(db.prisma, 'night-alert')).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('with no adapter here for the person\'s channel it retries with a clear reason, then gives up after maxAttempts', async () => {
    const { clock, dispatcher } = setup(undefined, { maxAttempts: 2 }, ['webchat']);
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram', externalId: '9004', lastActiveAt: clock() }] });
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: 'nowhere' }, clock());
    await dispatcher.runOnce();
    expect(await alertByKey(db.prisma, 'nowhere')).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: "no channel adapter here for the person's channels (telegram)",
    });
    clock.advance(5_000);
    await dispatcher.runOnce();
    expect(await alertByKey(db.prisma, 'nowhere')).toMatchObject({
      status: 'dead',
      attempts: 2,
      lastError: "gave up after 2 attempts: no channel adapter here for the person's channels (telegram)",
    });
  });
});
