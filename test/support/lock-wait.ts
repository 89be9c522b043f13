/** Waiting, in concurrency tests, until one transaction is blocked by another. */
import { setTimeout as delay } from 'node:timers/promises';
import type { PrismaClient } from '../../src/storage/generated/prisma/client.js';
import type { DatabaseKind } from './databases.js';

/** Returns once a second transaction is blocked on a lock held by the first (pg_stat_activity shows it). */
export async function untilSecondIsWaiting(kind: DatabaseKind, prisma: PrismaClient): Promise<void> {
  void kind; // kept for the suites' per-engine signature
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const rows = await prisma.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if ((rows[0]?.waiting ?? 0) >= 1) return;
    await delay(10);
  }
  throw new Error('the second transaction never waited for the first');
}
