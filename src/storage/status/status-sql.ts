/**
 * The statements of a status refresh (the area's lock, its facts with its recorded level
 * and waiting drop, and the writes of the level history and the drop): plain SQL on the unit
 * of work's connection, since every change of a desa and every status check refreshes it.
 * The facts' CTEs and columns are area-facts-sql.ts's, shared with the admin API.
 */
import type { LevelOverride } from '../../domain/model/officers.js';
import type { AreaFacts, AreaRef, LevelRecord, PendingDrop, WksbmLevel } from '../../domain/model/status.js';
import { Prisma } from '../generated/prisma/client.js';
import { OVERRIDE_OFFICER_NAME } from '../officers/officer-sql.js';
import { utc, type Sql } from '../unit-of-work/sql.js';
import { areaFactsColumns, areaFactsCtes, areaFactsOf, historyRw, type AreaFactsRow } from './area-facts-sql.js';

/** The advisory lock key a national recompute holds exclusively and every single refresh shares. */
export const NATIONAL_STATUS_LOCK = 'wksbm-status:*national*';

/**
 * Shares the national key and takes the desa's own. The functions return `void`, which a
 * Prisma raw query cannot read: the statement counts their row instead.
 */
export async function lockArea(sql: Sql, area: AreaRef): Promise<void> {
  // Held for the facts' round trip: the read still starts (and takes its snapshot) once the lock is held.
  await sql.write(
    `SELECT count(*)::int AS "locked" FROM (
       SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0)), pg_advisory_xact_lock(hashtextextended($2, 0))
     ) AS "l"`,
    [NATIONAL_STATUS_LOCK, `wksbm-status:${area.villageCode}`],
  );
}

/** What {@link loadFactsAndRecords} reads in its one statement. */
export interface FactsAndRecords {
  readonly facts: AreaFacts;
  /** The latest recorded level (as lastLevel reads it), or null. */
  readonly last: LevelRecord | null;
  /** The drop waiting out its grace period (as pendingDrop reads it), or null. */
  readonly drop: PendingDrop | null;
  /** The officer's override in force (as officer-sql.ts levelOverride reads it), or null. */
  readonly override: LevelOverride | null;
}

interface RecordsRow extends AreaFactsRow {
  readonly last: { readonly level: WksbmLevel; readonly provisional: boolean; readonly atMs: number } | null;
  readonly drop: { readonly level: WksbmLevel; readonly sinceMs: number } | null;
  readonly override: { readonly level: WksbmLevel; readonly reason: string; readonly officerId: string; readonly officerName: string | null; readonly createdAtMs: number } | null;
}

/**
 * The area's facts, and with them its latest level, waiting drop and the officer's override
 * in force: a refresh reads the first three right after taking the area's lock, and a status
 * check the override right after the refresh, so one statement (one snapshot, under the
 * lock) answers the four questions. The override's conditions and order are officer-sql.ts
 * levelOverride's.
 */
export async function loadFactsAndRecords(sql: Sql, area: AreaRef, since: Date): Promise<FactsAndRecords> {
  const rw = historyRw(area);
  const query = Prisma.sql`WITH ${areaFactsCtes(area, since)}
    SELECT ${areaFactsColumns(area)},
      (SELECT json_build_object('level', h."level"::text, 'provisional', h."provisional", 'atMs', (EXTRACT(EPOCH FROM h."at") * 1000)::float8)
       FROM "AreaLevelHistory" h WHERE h."villageCode" = ${area.villageCode} AND h."rw" = ${rw}::int
       ORDER BY h."at" DESC LIMIT 1) AS "last",
      (SELECT json_build_object('level', d."level"::text, 'sinceMs', (EXTRACT(EPOCH FROM d."since") * 1000)::float8)
       FROM "AreaLevelDrop" d WHERE d."villageCode" = ${area.villageCode} AND d."rw" = ${rw}::int) AS "drop",
      (SELECT json_build_object('level', o."level"::text, 'reason', o."reason", 'officerId', o."officerId"::text, 'officerName', ${Prisma.raw(OVERRIDE_OFFICER_NAME)},
                                'createdAtMs', (EXTRACT(EPOCH FROM o."createdAt") * 1000)::float8)
       FROM "AreaLevelOverride" o WHERE o."villageCode" = ${area.villageCode} AND o."rw" = ${rw}::int AND o."clearedAt" IS NULL
       ORDER BY o."createdAt" DESC, o."id" DESC LIMIT 1) AS "override"`;
  const rows = await sql.rows<RecordsRow>(query.text, query.values);
  const row = rows[0];
  if (!row) throw new Error('loadFactsAndRecords: no row');
  return {
    facts: areaFactsOf(row),
    last: row.last && { level: row.last.level, provisional: row.last.provisional, at: new Date(row.last.atMs) },
    drop: row.drop && { level: row.drop.level, since: new Date(row.drop.sinceMs) },
    override: row.override && {
      level: row.override.level,
      reason: row.override.reason,
      officerId: row.override.officerId,
      officerName: row.override.officerName,
      createdAt: new Date(row.override.createdAtMs),
    },
  };
}

/** Appends a level record (the id made here: the schema's uuid default is Prisma's, not the database's). */
export async function recordLevel(sql: Sql, area: AreaRef, record: LevelRecord): Promise<void> {
  await sql.write(
    `INSERT INTO "AreaLevelHistory" ("id", "villageCode", "rw", "level", "provisional", "at")
     VALUES (gen_random_uuid(), $1, $2::int, $3::"WksbmLevel", $4::boolean, $5::timestamp(3))`,
    [area.villageCode, historyRw(area), record.level, record.provisional, utc(record.at)],
  );
}

/** Records the waiting drop, or retargets it keeping its `since`. */
export async function setPendingDrop(sql: Sql, area: AreaRef, drop: PendingDrop): Promise<void> {
  await sql.write(
    `INSERT INTO "AreaLevelDrop" ("villageCode", "rw", "level", "since")
     VALUES ($1, $2::int, $3::"WksbmLevel", $4::timestamp(3))
     ON CONFLICT ("villageCode", "rw") DO UPDATE SET "level" = EXCLUDED."level"`,
    [area.villageCode, historyRw(area), drop.level, utc(drop.since)],
  );
}

/** Forgets the waiting drop. */
export async function clearPendingDrop(sql: Sql, area: AreaRef): Promise<void> {
  await sql.write(`DELETE FROM "AreaLevelDrop" WHERE "villageCode" = $1 AND "rw" = $2::int`, [area.villageCode, historyRw(area)]);
}

/** The waiting drop alone (when the facts were not read under the lock in this transaction). */
export async function pendingDrop(sql: Sql, area: AreaRef): Promise<PendingDrop | null> {
  const rows = await sql.rows<{ level: WksbmLevel; sinceMs: number }>(
    `SELECT "level"::text AS "level", (EXTRACT(EPOCH FROM "since") * 1000)::float8 AS "sinceMs" FROM "AreaLevelDrop" WHERE "villageCode" = $1 AND "rw" = $2::int`,
    [area.villageCode, historyRw(area)],
  );
  const row = rows[0];
  return row ? { level: row.level, since: new Date(row.sinceMs) } : null;
}

/** The latest recorded level alone (see {@link pendingDrop}). */
export async function lastLevel(sql: Sql, area: AreaRef): Promise<LevelRecord | null> {
  const rows = await sql.rows<{ level: WksbmLevel; provisional: boolean; atMs: number }>(
    `SELECT "level"::text AS "level", "provisional", (EXTRACT(EPOCH FROM "at") * 1000)::float8 AS "atMs"
     FROM "AreaLevelHistory" WHERE "villageCode" = $1 AND "rw" = $2::int ORDER BY "at" DESC LIMIT 1`,
    [area.villageCode, historyRw(area)],
  );
  const row = rows[0];
  return row ? { level: row.level, provisional: row.provisional, at: new Date(row.atMs) } : null;
}
