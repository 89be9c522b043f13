/**
 * Two dispatchers (two app instances: on PostgreSQL two clients with their own connection
 * pools) race over 200 alerts on one database: every alert is sent exactly once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OutboxDispatcher } from '../../../src/core/outbox/dispatcher.js';
import { openDatabase, type Database } from '../../../src/storage/database.js';
import { createOutboxStore } from '../../../src/storage/outbox/outbox-store.js';
import { FakeAdapter, plainRenderer } from '../../core/outbox/fake-adapter.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { createPerson, enqueue } from './fixtures.js';

const ALERTS = 200;

describeEachDatabase('two dispatchers on one database', (kind) => {
  let db: TestDatabase;
  let second: Database | undefined;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    second = await openDatabase({ databaseUrl: db.url, dataDir: 'unused' });
  });
  afterAll(async () => {
    await second?.close();
    await db?.close();
  });

  it(`send each of ${ALERTS} alerts exactly once`, async () => {
    const now = new Date();
    const people = await Promise.all(
      Array.from({ length: 20 }, () => createPerson(db.prisma, { identities: [{ channel: 'webchat', lastActiveAt: now }] })),
    );
    for (let i = 0; i < ALERTS; i++) {
      await enqueue(db.prisma, { personId: people[i % people.length]!.personId, dedupeKey: `race-${i}` }, now);
    }

    const clock = () => new Date();
    const dispatcher = (prisma: typeof db.prisma) => {
      const adapter = new FakeAdapter('webchat', clock);
      const original = adapter.send.bind(adapter);
      // A send takes a moment, so that the two dispatchers' batches overlap in time.
      adapter.send = async (externalId, messages) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return original(externalId, messages);
      };
      const outbox = new OutboxDispatcher({ store: createOutboxStore(prisma), channels: { webchat: adapter }, renderer: plainRenderer, clock, batchSize: 7, concurrency: 4 });
      return { adapter, outbox };
    };
    const a = dispatcher(db.prisma);
    const b = dispatcher(second?.prisma ?? db.prisma);
    const drain = async (outbox: OutboxDispatcher) => {
      while ((await outbox.runOnce()) > 0);
    };
    await Promise.all([drain(a.outbox), drain(b.outbox), drain(a.outbox), drain(b.outbox)]);

    const perAlert = new Map<string, number>();
    for (const send of [...a.adapter.sends, ...b.adapter.sends]) {
      for (const text of send.texts) perAlert.set(text, (perAlert.get(text) ?? 0) + 1);
    }
    expect(perAlert.size).toBe(ALERTS);
    expect([...perAlert.values()].every((count) => count === 1)).toBe(true);
    expect(a.adapter.sends.length).toBeGreaterThan(0);
    expect(b.adapter.sends.length).toBeGreaterThan(0);
    const statuses = await db.prisma.alert.groupBy({ by: ['status'], _count: true });
    expect(statuses).toEqual([{ status: 'sent', _count: ALERTS }]);
    expect(await db.prisma.alert.count({ where: { attempts: { not: 1 } } })).toBe(0);
  });
});
