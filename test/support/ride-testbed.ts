/**
 * For the tests of what rides in a COMMIT round trip (storage/unit-of-work/ride-queue.ts): a
 * test database, the riding store under test, and a unit of work whose COMMIT carries its
 * passengers (one `SELECT 1`, as small as a message's can be).
 */
import { afterAll, beforeAll } from 'vitest';
import type { PrismaClient } from '../../src/storage/generated/prisma/client.js';
import { createTransactionRunner } from '../../src/storage/transaction-runner.js';
import { riders, type Boarding } from '../../src/storage/unit-of-work/passenger.js';
import type { Sql } from '../../src/storage/unit-of-work/sql.js';
import { openTestDatabase, type TestDatabase } from './databases.js';

/** What {@link useRideTestbed} hands a test once its `beforeAll` ran. */
export interface RideTestbed<Q> {
  readonly db: TestDatabase;
  readonly store: Q;
  /** A unit of work (one statement) whose COMMIT round trip carries the store's passengers. */
  unitOfWork(): Promise<unknown>;
}

/** Opens the database and `make`s the store before the suite's tests; closes it after them. */
export function useRideTestbed<Q extends { readonly board: Boarding }>(make: (prisma: PrismaClient) => Q): RideTestbed<Q> {
  let opened: { db: TestDatabase; store: Q; unitOfWork: () => Promise<unknown> } | undefined;
  const get = () => {
    if (!opened) throw new Error('ride testbed: used outside its suite\'s tests');
    return opened;
  };
  beforeAll(async () => {
    const db = await openTestDatabase('postgres');
    const store = make(db.prisma);
    const runner = createTransactionRunner(db.prisma, (_tx, sql): Sql => sql, riders(store.board));
    opened = { db, store, unitOfWork: () => runner.transaction((sql) => sql.lastRows('SELECT 1', [])) };
  });
  afterAll(() => opened?.db.close());
  return {
    get db() {
      return get().db;
    },
    get store() {
      return get().store;
    },
    unitOfWork: () => get().unitOfWork(),
  };
}
