/**
 * The Cloud API channel's records on both databases: the last inbound time never goes
 * backwards and releases held alerts; status reports land on their alert in order, and a
 * failure makes it dead or pending again.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CloudStore } from '../../../src/channels/whatsapp-cloud/ports.js';
import { createCloudStore } from '../../../src/storage/whatsapp-cloud/cloud-store.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { alertByKey, createPerson, enqueue } from '../outbox/fixtures.js';

const T0 = new Date('2026-11-02T03:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describeEachDatabase('WhatsApp Cloud API store', (kind) => {
  let db: TestDatabase;
  let store: CloudStore;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    store = createCloudStore(db.prisma);
  });
  afterAll(() => db?.close());

  it('records the last inbound time, never backwards, and releases only held alerts', async () => {
    const jid = `62813${Math.floor(Math.random() * 1e8)}@s.whatsapp.net`;
    const person = await createPerson(db.prisma, { identities: [{ channel: 'whatsapp', externalId: jid }] });
    expect(await store.contact(jid)).toEqual({ locale: 'id' });
    const held = `held-${randomUUID()}`;
    const failed = `failed-${randomUUID()}`;
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: held }, T0);
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: failed }, T0);
    await db.prisma.alert.update({ where: { dedupeKey: held }, data: { lastError: 'whatsapp: waiting: outside the 24-hour window', nextAttemptAt: at(3_600_000) } });
    await db.prisma.alert.update({ where: { dedupeKey: failed }, data: { lastError: 'whatsapp: network', nextAttemptAt: at(3_600_000) } });

    expect(await store.touch(jid, at(60_000))).toBe(1);
    expect((await alertByKey(db.prisma, held)).nextAttemptAt).toEqual(at(60_000));
    expect((await alertByKey(db.prisma, failed)).nextAttemptAt).toEqual(at(3_600_000));
    await store.touch(jid, at(10_000)); // a late redelivery
    expect((await store.contact(jid)).lastInboundAt).toEqual(at(60_000));
    expect(await store.touch('6280000000@s.whatsapp.net', at(0))).toBe(0); // no identity: nothing
  });

  it('keeps the furthest delivery status, and turns a failure into a dead letter or a retry', async () => {
    const person = await createPerson(db.prisma, { identities: [{ channel: 'whatsapp' }] });
    const keys = [`a-${randomUUID()}`, `b-${randomUUID()}`, `c-${randomUUID()}`];
    for (const key of keys) await enqueue(db.prisma, { personId: person.personId, dedupeKey: key }, T0);
    const [a, b, c] = await Promise.all(keys.map((key) => alertByKey(db.prisma, key)));
    await db.prisma.alert.updateMany({ where: { id: { in: [a!.id, b!.id, c!.id] } }, data: { status: 'sent', attempts: 1 } });
    await store.remember('wamid.a', a!.id, T0);
    await store.remember('wamid.b', b!.id, T0);
    await store.remember('wamid.c', c!.id, T0);

    expect(await store.recordStatus({ wamid: 'wamid.a', status: 'read', at: at(2_000) })).toBe('recorded');
    expect(await store.recordStatus({ wamid: 'wamid.a', status: 'delivered', at: at(1_000) })).toBe('recorded');
    expect(await db.prisma.alert.findUniqueOrThrow({ where: { id: a!.id } })).toMatchObject({ status: 'sent', deliveryStatus: 'read', deliveryStatusAt: at(2_000) });

    expect(await store.recordStatus({ wamid: 'wamid.b', status: 'failed', at: at(1_000), failure: { retryable: false, reason: 'message undeliverable (#131026)' } })).toBe('dead');
    expect(await db.prisma.alert.findUniqueOrThrow({ where: { id: b!.id } })).toMatchObject({ status: 'dead', deliveryStatus: 'failed', lastError: 'whatsapp: failed: message undeliverable (#131026)' });

    expect(await store.recordStatus({ wamid: 'wamid.c', status: 'failed', at: at(1_000), failure: { retryable: true, reason: 'pair rate limit (#131056)', retryAfterMs: 6_000 } })).toBe('retry');
    expect(await db.prisma.alert.findUniqueOrThrow({ where: { id: c!.id } })).toMatchObject({ status: 'pending', nextAttemptAt: at(7_000), deliveryStatus: 'failed' });

    expect(await store.recordStatus({ wamid: 'wamid.unknown', status: 'delivered', at: T0 })).toBe('unknown');
  });
});
