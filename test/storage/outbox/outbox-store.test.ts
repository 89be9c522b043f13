/**
 * The outbox on both databases: recording with dedupe inside the caller's transaction,
 * claims with a lease (and reclaiming after a dispatcher died), fenced outcomes, and the
 * admin's dead list.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Lease } from '../../../src/core/outbox/ports.js';
import { createOutbox, createOutboxStore, type PrismaOutboxStore } from '../../../src/storage/outbox/outbox-store.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { statementsOf } from '../../support/pg-statements.js';
import { alertByKey, at, createPerson, enqueue, LEASE, T0, textMessages } from './fixtures.js';

describeEachDatabase('outbox store', (kind) => {
  let db: TestDatabase;
  let store: PrismaOutboxStore;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    store = createOutboxStore(db.prisma);
  });
  afterAll(() => db?.close());

  /** Claims everything due at `now` and returns only the alerts with these keys (tests share the table). */
  const claimOwn = async (keys: string[], now: Date) => {
    const ids = new Set(await Promise.all(keys.map(async (key) => (await alertByKey(db.prisma, key)).id)));
    const claimed = await store.claim(500, now, LEASE);
    // Give back what other tests left due, so they are not disturbed.
    for (const other of claimed.filter((alert) => !ids.has(alert.id))) await store.deferWithoutAttempt(other, at(-1));
    return claimed.filter((alert) => ids.has(alert.id));
  };
  const key = () => `test:${randomUUID()}`;

  it('records an alert as pending { messages }, due now or at notBefore; a repeated dedupe key records nothing', async () => {
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram' }] });
    const dedupeKey = key();
    const messages = textMessages('Kelompok baru terdaftar', [{ id: 'verify', label: { key: 'officer:verify' } }]);
    expect(await enqueue(db.prisma, { personId: person.personId, dedupeKey, messages, kind: 'group.registered' }, T0)).toBe(true);
    expect(await enqueue(db.prisma, { personId: person.personId, dedupeKey, messages: textMessages('again') }, at(5_000))).toBe(false);

    const rows = await db.prisma.alert.findMany({ where: { dedupeKey } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      personId: person.personId,
      officerId: null,
      kind: 'group.registered',
      payload: { messages },
      status: 'pending',
      attempts: 0,
      nextAttemptAt: T0,
      createdAt: T0,
      claimedUntil: null,
      channel: null,
    });

    const later = key();
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: later, notBefore: at(3_600_000) }, T0);
    expect((await alertByKey(db.prisma, later)).nextAttemptAt).toEqual(at(3_600_000));
  });

  it("records a leader's notice made in the leaders' night as due at 06:00 WIB, not claimed before; an officer's alert stays due at once", async () => {
    const leader = await createPerson(db.prisma, { identities: [{ channel: 'telegram' }] });
    const officer = await createPerson(db.prisma, { identities: [{ channel: 'telegram' }], officer: { quietStartMin: null, quietEndMin: null } });
    const night = new Date('2026-11-02T16:30:00Z'); // 23:30 WIB
    const morning = new Date('2026-11-02T23:00:00Z'); // 06:00 WIB
    const notice = key();
    const alert = key();
    await enqueue(db.prisma, { personId: leader.personId, dedupeKey: notice, kind: 'leader.verdict' }, night);
    await enqueue(db.prisma, { personId: officer.personId, officerId: officer.officerId, dedupeKey: alert, kind: 'group.registered' }, night);
    expect((await alertByKey(db.prisma, notice)).nextAttemptAt).toEqual(morning);
    expect((await alertByKey(db.prisma, alert)).nextAttemptAt).toEqual(night);
    expect((await claimOwn([notice, alert], night)).map((claimed) => claimed.kind)).toEqual(['group.registered']);
    expect((await claimOwn([notice], new Date(morning.getTime() - 1))).map((claimed) => claimed.kind)).toEqual([]);
    expect((await claimOwn([notice], morning)).map((claimed) => claimed.kind)).toEqual(['leader.verdict']);
  });

  it('records several entries as one after another would: in order, each repeated key once, each with its own due time', async () => {
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram' }] });
    const [first, second, taken] = [key(), key(), key()];
    expect(await enqueue(db.prisma, { personId: person.personId, dedupeKey: taken }, T0)).toBe(true);
    const entries = [first, taken, second, first].map((dedupeKey, index) => ({
      personId: person.personId, officerId: null, kind: 'leader.notice', messages: textMessages(`pesan ${index}`), dedupeKey, ...(index === 2 && { notBefore: at(60_000) }),
    }));
    expect(await db.prisma.$transaction((tx) => createOutbox(tx).enqueueAll(entries, at(1_000)))).toBe(2);
    expect(await db.prisma.$transaction((tx) => createOutbox(tx).enqueueAll([], at(1_000)))).toBe(0);
    const rows = await db.prisma.alert.findMany({ where: { dedupeKey: { in: [first, second] } }, orderBy: { id: 'asc' } });
    expect(rows.map((row) => [row.dedupeKey, row.payload, row.nextAttemptAt, row.createdAt])).toEqual([
      [first, { messages: textMessages('pesan 0') }, at(1_000), at(1_000)],
      [second, { messages: textMessages('pesan 2') }, at(60_000), at(1_000)],
    ]);
  });

  it('records nothing when the caller rolls back', async () => {
    const person = await createPerson(db.prisma, { identities: [{ channel: 'webchat' }] });
    const dedupeKey = key();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await createOutbox(tx).enqueue({ personId: person.personId, kind: 'x', messages: textMessages('x'), dedupeKey }, T0);
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect(await db.prisma.alert.count({ where: { dedupeKey } })).toBe(0);
  });

  it('claims due alerts only, oldest first, with the recipient: identities by recent activity, locale, quiet hours', async () => {
    const officer = await createPerson(db.prisma, {
      locale: 'en',
      identities: [
        { channel: 'webchat', lastActiveAt: new Date('2026-10-01T00:00:00Z') },
        { channel: 'telegram', lastActiveAt: new Date('2026-11-01T00:00:00Z') },
        { channel: 'whatsapp', lastActiveAt: null },
      ],
      officer: { quietStartMin: 21 * 60, quietEndMin: 6 * 60 },
    });
    const [older, newer, future, asPerson] = [key(), key(), key(), key()];
    await enqueue(db.prisma, { personId: officer.personId, officerId: officer.officerId, dedupeKey: newer }, at(-1_000));
    await enqueue(db.prisma, { personId: officer.personId, officerId: officer.officerId, dedupeKey: older }, at(-2_000));
    await enqueue(db.prisma, { personId: officer.personId, officerId: officer.officerId, dedupeKey: future, notBefore: at(1) }, T0);
    await enqueue(db.prisma, { personId: officer.personId, dedupeKey: asPerson }, at(-500));

    const claimed = await claimOwn([older, newer, future, asPerson], T0);
    expect(claimed.map((alert) => alert.id)).toEqual(
      await Promise.all([older, newer, asPerson].map(async (k) => (await alertByKey(db.prisma, k)).id)),
    );
    const [first] = claimed;
    expect(first).toMatchObject({
      personId: officer.personId,
      officerId: officer.officerId,
      kind: 'test.notice',
      attempts: 1,
      locale: 'en',
      messages: textMessages(older),
      quietHours: { startMin: 1260, endMin: 360 },
      targets: [
        { channel: 'telegram', externalId: officer.externalIds[1] },
        { channel: 'webchat', externalId: officer.externalIds[0] },
        { channel: 'whatsapp', externalId: officer.externalIds[2] },
      ],
    });
    // A notice to the same person as a person (no officerId) ignores the officer's quiet hours.
    expect(claimed[2]!.quietHours).toBeNull();
    expect(await alertByKey(db.prisma, older)).toMatchObject({ status: 'sending', attempts: 1, claimedUntil: at(LEASE) });
    expect(await alertByKey(db.prisma, future)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('a claim keeps others off until its lease ends; then the alert is claimed again and the old lease is void', async () => {
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram' }] });
    const k = key();
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: k }, T0);
    const [first] = await claimOwn([k], T0);
    expect(first).toBeDefined();

    expect(await claimOwn([k], at(LEASE - 1))).toEqual([]); // still leased (a dispatcher is sending)
    expect(await claimOwn([k], at(LEASE))).toEqual([]); // claimedUntil < now, strictly
    const [again] = await claimOwn([k], at(LEASE + 1)); // the first dispatcher died mid-send
    expect(again).toMatchObject({ id: first!.id, attempts: 2 });

    // The first dispatcher wakes up late: whatever it records is ignored.
    expect(await store.markSent(first!, 'telegram', at(LEASE + 2))).toBe(false);
    expect(await store.reschedule(first!, at(LEASE + 2), 'late')).toBe(false);
    expect(await alertByKey(db.prisma, k)).toMatchObject({ status: 'sending', attempts: 2 });

    expect(await store.markSent(again!, 'telegram', at(LEASE + 3))).toBe(true);
    expect(await alertByKey(db.prisma, k)).toMatchObject({ status: 'sent', channel: 'telegram', sentAt: at(LEASE + 3), claimedUntil: null });
    expect(await store.markSent(again!, 'telegram', at(LEASE + 4))).toBe(false); // once
  });

  it('reschedule, dead and defer: back to pending (with or without the attempt) or given up', async () => {
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram' }] });
    const [retried, deferred, dead] = [key(), key(), key()];
    for (const k of [retried, deferred, dead]) await enqueue(db.prisma, { personId: person.personId, dedupeKey: k }, T0);
    const claimed = await claimOwn([retried, deferred, dead], T0);
    const lease = (k: string): Lease => claimed.find((alert) => alert.messages?.[0]?.body[0]?.params?.text === k)!;

    expect(await store.reschedule(lease(retried), at(5_000), 'telegram: 502 Bad Gateway')).toBe(true);
    expect(await store.deferWithoutAttempt(lease(deferred), at(7_000))).toBe(true);
    expect(await store.markDead(lease(dead), 'telegram: 403 Forbidden: bot was blocked by the user')).toBe(true);

    expect(await alertByKey(db.prisma, retried)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: at(5_000), lastError: 'telegram: 502 Bad Gateway', claimedUntil: null });
    expect(await alertByKey(db.prisma, deferred)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: at(7_000), lastError: null });
    expect(await alertByKey(db.prisma, dead)).toMatchObject({ status: 'dead', attempts: 1, lastError: 'telegram: 403 Forbidden: bot was blocked by the user' });

    // Due again at its time only.
    expect(await claimOwn([retried, deferred], at(4_999))).toEqual([]);
    expect((await claimOwn([retried, deferred], at(7_000))).map((alert) => alert.attempts).sort()).toEqual([1, 2]);
  });

  it('records each outcome in one plain statement, no Prisma; a deferral without a reason keeps the last one', async () => {
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram' }] });
    const k = key();
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: k }, T0);
    const outcomes: Array<(alert: Lease) => Promise<boolean>> = [
      (alert) => store.deferWithoutAttempt(alert, T0, 'whatsapp: outside the 24-hour window'),
      (alert) => store.deferWithoutAttempt(alert, T0),
      (alert) => store.reschedule(alert, T0, 'telegram: 502 Bad Gateway'),
      (alert) => store.markDead(alert, 'telegram: 403 Forbidden'),
    ];
    const lastErrors: Array<string | null> = [];
    for (const outcome of outcomes) {
      const [alert] = await claimOwn([k], T0);
      const { value, sent } = await statementsOf(() => outcome(alert!));
      expect(value).toBe(true);
      expect(sent.map((statement) => statement.text)).toEqual([expect.stringMatching(/^UPDATE "Alert" SET /)]);
      lastErrors.push((await alertByKey(db.prisma, k)).lastError);
    }
    expect(lastErrors).toEqual(['whatsapp: outside the 24-hour window', 'whatsapp: outside the 24-hour window', 'telegram: 502 Bad Gateway', 'telegram: 403 Forbidden']);
    expect(await alertByKey(db.prisma, k)).toMatchObject({ status: 'dead', attempts: 2, claimedUntil: null }); // the deferrals counted none
  });

  it('admins list dead alerts with the reason and can send one again', async () => {
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram' }] });
    const k = key();
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: k }, T0);
    const [claimed] = await claimOwn([k], T0);
    await store.markDead(claimed!, `gave up after 8 attempts: ${'x'.repeat(600)}`);

    const dead = (await store.listDead(100)).find((alert) => alert.id === claimed!.id);
    expect(dead).toMatchObject({ personId: person.personId, kind: 'test.notice', attempts: 1, createdAt: T0 });
    expect(dead!.lastError).toHaveLength(500);
    expect(dead!.lastError!.startsWith('gave up after 8 attempts: xxx')).toBe(true);

    expect(await store.retryDead(claimed!.id, at(10_000))).toBe(true);
    expect(await store.retryDead(claimed!.id, at(10_000))).toBe(false); // not dead any more
    expect(await store.retryDead('not-a-uuid', at(10_000))).toBe(false);
    expect(await alertByKey(db.prisma, k)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: at(10_000) });
    expect(await claimOwn([k], at(10_000))).toHaveLength(1);
  });

  it('reports a payload of another shape as unsendable instead of failing the claim', async () => {
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram' }] });
    const k = key();
    await db.prisma.alert.create({ data: { personId: person.personId, kind: 'legacy', payload: { text: 'old format' }, dedupeKey: k, nextAttemptAt: T0 } });
    const [claimed] = await claimOwn([k], T0);
    expect(claimed).toMatchObject({ kind: 'legacy', messages: null });
  });

  it('claims at most `limit` alerts', async () => {
    const person = await createPerson(db.prisma, { identities: [{ channel: 'webchat' }] });
    const keys = Array.from({ length: 5 }, key);
    for (const k of keys) await enqueue(db.prisma, { personId: person.personId, dedupeKey: k }, at(-100_000));
    const claimed = await store.claim(3, T0, LEASE);
    expect(claimed).toHaveLength(3);
    for (const alert of claimed) await store.deferWithoutAttempt(alert, at(-1));
    await claimOwn(keys, T0); // clean up: leave them claimed for nobody's harm
  });
});
