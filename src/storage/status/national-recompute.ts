/**
 * {@link NationalStatusStore} over PostgreSQL (and PGlite): the WKSBM rules of
 * src/domain/status/criteria.ts and status.ts, evaluated for many desa in one set-based
 * statement, and the changes appended to AreaLevelHistory in the same statement.
 *
 * Desa are taken in code order, CHUNK_SIZE at a time, each chunk in its own transaction
 * holding the same per-desa advisory locks as a single refresh (status-repository.ts
 * `lockArea`), taken in the same order, so a message refreshing a desa at the same moment
 * waits or is waited for and no change is recorded twice or lost. Keeping chunks small
 * keeps the locks within PostgreSQL's shared lock table.
 *
 * test/storage/status/national-recompute.test.ts checks, desa by desa, that the levels and
 * provisional flags recorded here are the ones `refreshStatus` computes.
 */
import type { NationalStatusStore, RecomputeWindow } from '../../domain/status/national-recompute.js';
import { WKSBM_LEVELS, type WksbmLevel } from '../../domain/status/ports.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { TRANSACTION_OPTIONS, type PrismaTx } from '../transaction-runner.js';

/** Desa per transaction. */
export const CHUNK_SIZE = 2_000;

/** Builds the store on a client (it runs its own transactions, one per chunk). */
export function createNationalStatusStore(prisma: PrismaClient, options: { readonly chunkSize?: number } = {}): NationalStatusStore {
  const chunkSize = Math.max(1, options.chunkSize ?? CHUNK_SIZE);
  return {
    async recomputeAll(window) {
      const codes = (
        await prisma.$queryRaw<Array<{ v: string }>>`
          SELECT "villageCode" AS v FROM "Group"
          UNION SELECT "villageCode" FROM "AreaLevelHistory" WHERE "rw" = 0
          ORDER BY 1`
      ).map((row) => row.v);
      const byLevel = Object.fromEntries(WKSBM_LEVELS.map((level) => [level, 0])) as Record<WksbmLevel, number>;
      let changed = 0;
      for (let start = 0; start < codes.length; start += chunkSize) {
        const chunk = codes.slice(start, start + chunkSize);
        const rows = await prisma.$transaction(
          (tx) => recomputeRange(tx, chunk[0]!, chunk[chunk.length - 1]!, window),
          { ...TRANSACTION_OPTIONS, timeout: 10 * 60_000 },
        );
        for (const row of rows) {
          byLevel[row.level] += Number(row.villages);
          changed += Number(row.changed);
        }
      }
      return { villages: codes.length, changed, byLevel };
    },
  };
}

interface RangeRow {
  readonly level: WksbmLevel;
  readonly villages: bigint | number;
  readonly changed: bigint | number;
}

/** Locks, evaluates and records the desa with codes in [lo, hi] (a chunk of the sorted list). */
async function recomputeRange(tx: PrismaTx, lo: string, hi: string, window: RecomputeWindow): Promise<RangeRow[]> {
  const t = window.thresholds;
  await tx.$queryRaw`
    SELECT count(pg_advisory_xact_lock(hashtextextended('wksbm-status:' || c.v, 0)))::int AS locked
    FROM (
      SELECT v FROM (
        SELECT "villageCode" AS v FROM "Group" WHERE "villageCode" BETWEEN ${lo} AND ${hi}
        UNION SELECT "villageCode" FROM "AreaLevelHistory" WHERE "rw" = 0 AND "villageCode" BETWEEN ${lo} AND ${hi}
      ) u ORDER BY v
    ) c`;
  return tx.$queryRaw<RangeRow[]>`
    WITH
    cand AS (
      SELECT "villageCode" AS v FROM "Group" WHERE "villageCode" BETWEEN ${lo} AND ${hi}
      UNION SELECT "villageCode" FROM "AreaLevelHistory" WHERE "rw" = 0 AND "villageCode" BETWEEN ${lo} AND ${hi}),
    g AS (
      SELECT "id", "villageCode" AS v, "active" AS enabled, "verification"::text = 'verified' AS verified,
             CASE WHEN "type"::text <> 'other' THEN "type"::text
                  WHEN btrim(regexp_replace(lower(coalesce("typeOther", '')), '[^[:alnum:]]+', ' ', 'g')) = '' THEN 'other'
                  ELSE 'other:' || btrim(regexp_replace(lower("typeOther"), '[^[:alnum:]]+', ' ', 'g')) END AS type_key,
             (("createdAt" + interval '7 hours')::date - DATE '1970-01-01') AS reg_day
      FROM "Group" WHERE "villageCode" BETWEEN ${lo} AND ${hi} AND "verification" <> 'rejected'),
    ap AS (
      SELECT p."activityId" AS aid, p."groupId" AS gid, g.v, p."status"::text = 'confirmed' AS confirmed, g.enabled
      FROM g JOIN "ActivityParticipant" p ON p."groupId" = g."id"
      WHERE p."status" IN ('pending', 'confirmed')),
    acts AS (
      SELECT x.aid, x.v, x.nconf, x.any_enabled, a."verification"::text = 'verified' AS verified,
             greatest(0, ${window.today}::int - (a."date" - DATE '1970-01-01')) AS age,
             EXISTS (SELECT 1 FROM "ActivityBeneficiary" b WHERE b."activityId" = x.aid AND b."count" > 0) AS pmks
      FROM (
        SELECT aid, v, count(DISTINCT gid) FILTER (WHERE confirmed) AS nconf, bool_or(enabled) FILTER (WHERE confirmed) AS any_enabled
        FROM ap GROUP BY aid, v HAVING bool_or(confirmed)
      ) x JOIN "Activity" a ON a."id" = x.aid
      WHERE a."date" >= ${window.since}::date AND a."verification" <> 'rejected'),
    win AS (
      SELECT *, nconf >= ${t.minGroupsPerJointActivity}::int AS joint FROM acts WHERE age <= ${t.activityWindowDays}::int),
    ga AS (
      SELECT g.*, g.enabled AND (w.gid IS NOT NULL OR ${window.today}::int - g.reg_day <= ${t.newGroupGraceDays}::int) AS is_active
      FROM g LEFT JOIN (SELECT DISTINCT ap.gid FROM ap JOIN win ON win.aid = ap.aid AND win.v = ap.v WHERE ap.confirmed) w ON w.gid = g."id"),
    c1 AS (
      SELECT v, count(*) FILTER (WHERE is_active) AS nactive, count(DISTINCT type_key) FILTER (WHERE is_active) AS ntypes,
             coalesce(bool_or(is_active AND NOT verified), false) AS unverified
      FROM ga GROUP BY v),
    pairs AS (
      SELECT a1.v, least(r."groupAId", r."groupBId") AS x, greatest(r."groupAId", r."groupBId") AS y
      FROM "GroupRelation" r
      JOIN ga a1 ON a1."id" = r."groupAId" AND a1.is_active
      JOIN ga a2 ON a2."id" = r."groupBId" AND a2.is_active AND a2.v = a1.v
      WHERE r."status" = 'confirmed' AND r."groupAId" <> r."groupBId"
      UNION
      SELECT w.v, p1.gid, p2.gid
      FROM win w
      JOIN ap p1 ON p1.aid = w.aid AND p1.v = w.v AND p1.confirmed
      JOIN ap p2 ON p2.aid = w.aid AND p2.v = w.v AND p2.confirmed AND p2.gid > p1.gid
      JOIN ga a1 ON a1."id" = p1.gid AND a1.is_active
      JOIN ga a2 ON a2."id" = p2.gid AND a2.is_active
      WHERE w.joint),
    c2 AS (
      SELECT v, count(*) FILTER (WHERE side = 0) AS npairs, count(DISTINCT gid) AS nlinked
      FROM (SELECT v, x AS gid, 0 AS side FROM pairs UNION ALL SELECT v, y, 1 FROM pairs) ends GROUP BY v),
    c3 AS (
      SELECT v,
             count(*) FILTER (WHERE age <= ${t.activityWindowDays}::int AND nconf >= ${t.minGroupsPerJointActivity}::int) AS njoint,
             count(*) FILTER (WHERE age <= ${t.activityWindowDays}::int AND nconf >= ${t.minGroupsPerJointActivity}::int AND pmks) AS npmks,
             min(age) FILTER (WHERE nconf >= ${t.minGroupsPerJointActivity}::int) AS last_joint,
             coalesce(bool_or(age <= ${t.activityWindowDays}::int AND NOT verified AND (nconf >= ${t.minGroupsPerJointActivity}::int OR any_enabled)), false) AS unverified
      FROM acts GROUP BY v),
    prev AS (
      SELECT DISTINCT ON (h."villageCode") h."villageCode" AS v, h."level"::text AS level, h."provisional", h."at"
      FROM "AreaLevelHistory" h WHERE h."rw" = 0 AND h."villageCode" BETWEEN ${lo} AND ${hi}
      ORDER BY h."villageCode", h."at" DESC),
    ever AS (
      SELECT DISTINCT "villageCode" AS v FROM "AreaLevelHistory"
      WHERE "rw" = 0 AND "level" = 'aktif' AND "villageCode" BETWEEN ${lo} AND ${hi}),
    met AS (
      SELECT cand.v,
             coalesce(c1.nactive, 0) >= ${t.minActiveGroups}::int AND coalesce(c1.ntypes, 0) >= ${t.minGroupTypes}::int AS c1,
             coalesce(c2.npairs, 0) >= ${t.minRelations}::int AND coalesce(c2.nlinked, 0) * 100 >= ${t.minLinkedPercent}::int * coalesce(c1.nactive, 0) AS c2,
             coalesce(c3.njoint, 0) >= ${t.minJointActivities}::int AND coalesce(c3.npmks, 0) >= ${t.minPmksJointActivities}::int AS c3,
             c3.last_joint IS NULL OR c3.last_joint > ${t.dormantAfterDays}::int AS quiet,
             ever.v IS NOT NULL AS ever_aktif,
             coalesce(c1.unverified, false) OR coalesce(c3.unverified, false) AS provisional
      FROM cand LEFT JOIN c1 ON c1.v = cand.v LEFT JOIN c2 ON c2.v = cand.v LEFT JOIN c3 ON c3.v = cand.v LEFT JOIN ever ON ever.v = cand.v),
    result AS (
      SELECT met.v, met.provisional,
             CASE WHEN (met.ever_aktif OR (met.c1 AND met.c2 AND met.c3)) AND met.quiet THEN 'dorman'
                  WHEN NOT met.c1 THEN 'belum_ada' WHEN NOT met.c2 THEN 'rintisan' WHEN NOT met.c3 THEN 'tumbuh' ELSE 'aktif' END AS level,
             prev.level AS prev_level, prev."provisional" AS prev_provisional, prev."at" AS prev_at
      FROM met LEFT JOIN prev ON prev.v = met.v),
    changes AS (
      INSERT INTO "AreaLevelHistory" ("id", "villageCode", "rw", "level", "provisional", "at")
      SELECT gen_random_uuid(), v, 0, level::"WksbmLevel", provisional,
             CASE WHEN prev_at IS NOT NULL AND prev_at >= ${window.now} THEN prev_at + interval '1 millisecond' ELSE ${window.now} END
      FROM result
      WHERE prev_level IS NULL OR prev_level <> level OR prev_provisional <> provisional
      RETURNING "villageCode")
    SELECT level, count(*) AS villages, count(*) FILTER (WHERE prev_level IS NULL OR prev_level <> level OR prev_provisional <> provisional) AS changed
    FROM result GROUP BY level`;
}
