/**
 * A unit of work's statements go out one at a time on its connection, whoever sends them
 * (the plain SQL, Prisma joined on the same connection) and however the domain asks for them
 * (two repositories under Promise.all): pg deprecates a query handed to a busy client.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppTransactionRunner } from '../../../src/storage/app-tx.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';

describeEachDatabase('one statement at a time on a unit of work', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it('never hands the connection a statement while another runs, and keeps the order asked', async () => {
    const busy: string[] = [];
    const order: string[] = [];
    const running = new Set<pg.Client>();
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function watched(this: pg.Client, ...args: unknown[]) {
      const first = args[0] as string | { text?: unknown };
      const text = typeof first === 'string' ? first : String(first.text);
      if (running.has(this)) busy.push(text);
      order.push(text);
      const result = (original as (...a: unknown[]) => unknown).apply(this, args);
      // The promise form (ours and the adapter's): the client is free again once it settles.
      // The callback form (pg's pool.query, other connections) is not followed.
      if (!(result instanceof Promise)) return result;
      running.add(this);
      return result.finally(() => running.delete(this));
    } as typeof original;
    try {
      const transactions = createAppTransactionRunner(db.prisma);
      const results = await transactions.transaction(async (tx) => {
        await tx.activities.villageOf('00000000-0000-4000-8000-000000000000'); // BEGIN goes out with it
        return Promise.all([
          tx.activities.listForLeader('00000000-0000-4000-8000-000000000001', 5),
          db.prisma.$queryRaw`SELECT 1`.then(() => 'outside'), // another connection: not this one's concern
          tx.relations.targetGroup('00000000-0000-4000-8000-000000000001'),
          tx.groups.listLedBy('00000000-0000-4000-8000-000000000001'),
          tx.activities.listForLeader('00000000-0000-4000-8000-000000000002', 5),
        ]);
      });
      expect(results).toEqual([[], 'outside', null, [], []]);
    } finally {
      pg.Client.prototype.query = original;
    }
    expect(busy).toEqual([]);
    const asked = order.filter((text) => text.includes('WITH "led" AS') || text.includes('"GroupRelation" r'));
    expect(asked.map((text) => (text.includes('GroupRelation') ? 'relations' : 'activities'))).toEqual(['activities', 'relations', 'activities']);
  });
});
