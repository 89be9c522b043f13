/**
 * {@link StatusRepository} over Prisma: the facts of one desa (or one RW of it) in one
 * statement however many groups and activities it has (area-facts-sql.ts), and the level
 * history in AreaLevelHistory (rw = 0 = the whole desa).
 */
import type { AreaFacts, AreaRef, LevelRecord, StatusRepository, WksbmLevel } from '../../domain/model/status.js';
import type { PrismaTx } from '../transaction-runner.js';
import { areaFactsColumns, areaFactsCtes, areaFactsOf, historyRw, type AreaFactsRow } from './area-facts-sql.js';

/** The advisory lock key a national recompute holds exclusively and every single refresh shares. */
export const NATIONAL_STATUS_LOCK = 'wksbm-status:*national*';

/** Builds the status repository on one transaction client. */
export function createStatusRepository(tx: PrismaTx): StatusRepository {
  return {
    async lockArea(area) {
      // One transaction-scoped advisory lock per desa, whichever RW is refreshed: a group
      // change refreshes the desa and its RW, and one lock cannot be taken in two orders.
      // Shared on the national key first: a national recompute takes it exclusively, so it
      // never records a level while a single refresh is between reading and recording.
      // $executeRaw, because the functions return `void`, which queryRaw cannot read.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtextextended(${NATIONAL_STATUS_LOCK}, 0)), pg_advisory_xact_lock(hashtextextended(${`wksbm-status:${area.villageCode}`}, 0))`;
    },

    loadFacts: (area, since) => loadFacts(tx, area, since),

    async lastLevel(area) {
      const row = await tx.areaLevelHistory.findFirst({
        where: { villageCode: area.villageCode, rw: historyRw(area) },
        orderBy: { at: 'desc' },
        select: { level: true, provisional: true, at: true },
      });
      return row;
    },

    async recordLevel(area, record) {
      await tx.areaLevelHistory.create({
        data: { villageCode: area.villageCode, rw: historyRw(area), level: record.level, provisional: record.provisional, at: record.at },
      });
    },

    async pendingDrop(area) {
      // The column's enum is WksbmLevel's values (prisma/schema.prisma), read as text.
      const rows = await tx.$queryRaw<Array<{ level: WksbmLevel; since: Date }>>`
        SELECT "level"::text AS "level", "since" FROM "AreaLevelDrop"
        WHERE "villageCode" = ${area.villageCode} AND "rw" = ${historyRw(area)}::int`;
      const row = rows[0];
      return row ? { level: row.level, since: new Date(row.since) } : null;
    },

    async setPendingDrop(area, drop) {
      await tx.$executeRaw`
        INSERT INTO "AreaLevelDrop" ("villageCode", "rw", "level", "since")
        VALUES (${area.villageCode}, ${historyRw(area)}::int, ${drop.level}::"WksbmLevel", ${drop.since})
        ON CONFLICT ("villageCode", "rw") DO UPDATE SET "level" = EXCLUDED."level"`;
    },

    async clearPendingDrop(area) {
      await tx.$executeRaw`DELETE FROM "AreaLevelDrop" WHERE "villageCode" = ${area.villageCode} AND "rw" = ${historyRw(area)}::int`;
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

async function loadFacts(tx: PrismaTx, area: AreaRef, since: Date): Promise<AreaFacts> {
  // One statement (area-facts-sql.ts): the facts are read for every status check and every
  // change of a desa, and each statement costs more than the database work here.
  const rows = await tx.$queryRaw<AreaFactsRow[]>`WITH ${areaFactsCtes(area, since)} SELECT ${areaFactsColumns(area)}`;
  return areaFactsOf(rows[0]!);
}
