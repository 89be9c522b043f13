/**
 * {@link StatusRepository}: the facts of one desa (or one RW of it) in one statement however
 * many groups and activities it has (area-facts-sql.ts), and the level history in
 * AreaLevelHistory (rw = 0 = the whole desa). A refresh's statements are plain SQL on the
 * unit of work's connection (status-sql.ts); the history list stays on Prisma.
 */
import type { AreaRef, LevelRecord, PendingDrop, StatusRepository } from '../../domain/model/status.js';
import type { PrismaTx } from '../transaction-runner.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import { historyRw } from './area-facts-sql.js';
import type { OverridesReadWithFacts } from './overrides-read-with-facts.js';
import * as statusSql from './status-sql.js';

export { NATIONAL_STATUS_LOCK } from './status-sql.js';

/** What the facts statement read of an area's records, kept until this transaction writes them. */
interface Prefetched {
  last?: LevelRecord | null;
  drop?: PendingDrop | null;
}

/**
 * Builds the status repository on one transaction: `sql` is the unit of work's plain SQL
 * (by default the same transaction through Prisma).
 *
 * The latest level and the waiting drop come with the facts (one statement instead of
 * three) and answer lastLevel and pendingDrop afterwards, but only for a desa this
 * transaction locked first: under the lock no other refresh or recompute writes them, and
 * this repository's own writes replace what it kept. The override read with them goes to
 * `overrides`, for the officer repository of the same transaction.
 */
export function createStatusRepository(tx: PrismaTx, sql: Sql = prismaSql(tx), overrides?: OverridesReadWithFacts): StatusRepository {
  const locked = new Set<string>();
  const prefetched = new Map<string, Prefetched>();
  const key = (area: AreaRef): string => `${area.villageCode}|${historyRw(area)}`;
  return {
    async lockArea(area) {
      // One transaction-scoped advisory lock per desa, whichever RW is refreshed: a group
      // change refreshes the desa and its RW, and one lock cannot be taken in two orders.
      // Shared on the national key first: a national recompute takes it exclusively, so it
      // never records a level while a single refresh is between reading and recording.
      await statusSql.lockArea(sql, area);
      locked.add(area.villageCode);
    },

    async loadFacts(area, since) {
      // One statement: the facts are read for every status check and every change of a desa.
      const { facts, last, drop, override } = await statusSql.loadFactsAndRecords(sql, area, since);
      overrides?.keep(area, override);
      if (locked.has(area.villageCode)) prefetched.set(key(area), { last, drop });
      else prefetched.delete(key(area));
      return facts;
    },

    async lastLevel(area) {
      const kept = prefetched.get(key(area));
      return kept && kept.last !== undefined ? kept.last : statusSql.lastLevel(sql, area);
    },

    async recordLevel(area, record) {
      await statusSql.recordLevel(sql, area, record);
      const kept = prefetched.get(key(area));
      if (kept) delete kept.last;
    },

    async pendingDrop(area) {
      const kept = prefetched.get(key(area));
      return kept && kept.drop !== undefined ? kept.drop : statusSql.pendingDrop(sql, area);
    },

    async setPendingDrop(area, drop) {
      await statusSql.setPendingDrop(sql, area, drop);
      const kept = prefetched.get(key(area));
      if (kept) delete kept.drop;
    },

    async clearPendingDrop(area) {
      await statusSql.clearPendingDrop(sql, area);
      const kept = prefetched.get(key(area));
      if (kept) kept.drop = null;
    },

    async history(area, limit): Promise<LevelRecord[]> {
      return tx.areaLevelHistory.findMany({
        where: { villageCode: area.villageCode, rw: historyRw(area) },
        orderBy: { at: 'desc' },
        take: Math.max(0, Math.floor(limit)),
        select: { level: true, provisional: true, at: true },
      });
    },
  };
}
