/**
 * {@link NationalStatusStore} over PostgreSQL (embedded or a server): the WKSBM rules of
 * src/domain/status/criteria.ts and status.ts, evaluated with set-based statements, and the
 * changes appended to AreaLevelHistory.
 *
 * Two phases in one transaction:
 * 1. One statement evaluates every desa with a group or a recorded level into a temporary
 *    table (level and provisional flag per desa): each table is read once (Group twice: in
 *    the participations' join and for the per-desa counts), in hash joins and aggregates
 *    over the whole country — the shape of a plain SQL aggregate of the counts. (Evaluating range by range instead read the participations and activities once
 *    per range, and their scans were most of the time.)
 * 2. The desa are then compared with their last recorded level and the changes inserted in
 *    about {@link RANGES} ranges of codes, one statement per range, so the operator sees the
 *    run advance (the first phase is reported as it ends).
 * The transaction holds the national status lock exclusively; every single refresh
 * (status-repository.ts `lockArea`) holds it shared, so the recompute waits for refreshes in
 * flight, and refreshes wait the seconds it runs: no level is recorded from facts another
 * transaction is changing, and none twice.
 *
 * The SQL restates the rules of criteria.ts: test/storage/status/national-recompute.test.ts
 * and national-recompute-thresholds.test.ts check, desa by desa on varied data and
 * thresholds, that the levels recorded here are the ones `computeStatus` gives.
 */
import type { NationalStatusStore, RecomputeWindow } from '../../domain/status/national-recompute.js';
import { recordOf } from '../../core/record.js';
import { WKSBM_LEVELS, type WksbmLevel } from '../../domain/model/status.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { TRANSACTION_OPTIONS, type PrismaTx } from '../transaction-runner.js';
import { NATIONAL_STATUS_LOCK } from './status-repository.js';

/** Ranges of desa per run in the recording phase: a progress report every 5 %. */
const RANGES = 20;

/** Options of {@link createNationalStatusStore}. */
export interface NationalStatusStoreOptions {
  /** Ranges of desa per run (default {@link RANGES}); 1 records every desa in one statement. */
  readonly ranges?: number;
}

/** Builds the store on a client (it runs its own transaction). */
export function createNationalStatusStore(prisma: PrismaClient, options: NationalStatusStoreOptions = {}): NationalStatusStore {
  const ranges = Math.max(1, Math.floor(options.ranges ?? RANGES));
  return {
    async recomputeAll(window, onProgress) {
      const rows = await prisma.$transaction(
        async (tx) => {
          // The planner's estimates for these statements are large enough to start LLVM JIT,
          // whose compilation alone takes seconds, longer than running the plan (a server
          // built without JIT accepts the setting all the same). The hash aggregates over
          // every participation spill to disk with the default 4 MB of work_mem.
          // $executeRaw: the lock function returns `void`, which queryRaw cannot read.
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${NATIONAL_STATUS_LOCK}, 0)), set_config('jit', 'off', true), set_config('work_mem', '128MB', true)`;
          await evaluateAll(tx, window);
          // The desa evaluated, in the database's order of codes (the ranges below compare
          // in the same collation).
          const codes = (await tx.$queryRaw<{ v: string }[]>`SELECT v FROM national_recompute_level ORDER BY v`).map((row) => row.v);
          onProgress?.(0, codes.length);
          const size = Math.max(1, Math.ceil(codes.length / ranges));
          const all: RangeRow[] = [];
          for (let start = 0; start < codes.length; start += size) {
            const end = Math.min(codes.length, start + size);
            all.push(...(await recordRange(tx, window, codes[start]!, codes[end - 1]!)));
            onProgress?.(end, codes.length);
          }
          return all;
        },
        { ...TRANSACTION_OPTIONS, timeout: 10 * 60_000 },
      );
      const byLevel = recordOf(WKSBM_LEVELS, () => 0);
      let changed = 0;
      let villages = 0;
      for (const row of rows) {
        byLevel[row.level] += Number(row.villages);
        villages += Number(row.villages);
        changed += Number(row.changed);
      }
      return { villages, changed, byLevel };
    },
  };
}

interface RangeRow {
  readonly level: WksbmLevel;
  readonly villages: bigint | number;
  readonly changed: bigint | number;
}

/**
 * Evaluates every desa with a group or a recorded level into the temporary table
 * national_recompute_level (v, level, provisional), dropped at the end of the transaction.
 */
async function evaluateAll(tx: PrismaTx, window: RecomputeWindow): Promise<void> {
  const t = window.thresholds;
  await tx.$executeRaw`
    CREATE TEMPORARY TABLE national_recompute_level ON COMMIT DROP AS
    WITH
    -- Each activity once per desa with a confirmed participant there (as one desa's facts
    -- hold it), with its confirmed groups that are enabled. A group confirmed in an activity
    -- of the window is active exactly when it is enabled, so these are the active groups that
    -- a joint activity ties together (C2).
    acts AS (
      SELECT gr."villageCode" AS v, count(*) FILTER (WHERE p."status" = 'confirmed') AS nconf,
             array_agg(p."groupId") FILTER (WHERE p."status" = 'confirmed' AND gr."active") AS tied,
             greatest(0, ${window.today}::int - (a."date" - DATE '1970-01-01')) AS age, a."verification"::text = 'verified' AS verified,
             -- A joint activity of the window serving PMKS (C3); only those are looked up, and
             -- the rows stay narrow (no activity id): at national scale this CTE spills to disk
             -- and is read several times.
             count(*) FILTER (WHERE p."status" = 'confirmed') >= ${t.minGroupsPerJointActivity}::int
               AND ${window.today}::int - (a."date" - DATE '1970-01-01') <= ${t.activityWindowDays}::int
               AND a."id" IN (SELECT "activityId" FROM "ActivityBeneficiary" WHERE "count" > 0) AS pmks
      FROM "ActivityParticipant" p
      JOIN "Group" gr ON gr."id" = p."groupId"
      JOIN "Activity" a ON a."id" = p."activityId"
      WHERE p."status" IN ('pending', 'confirmed') AND a."date" >= ${window.since}::date AND a."verification" <> 'rejected'
        AND gr."verification" <> 'rejected'
      GROUP BY a."id", gr."villageCode"
      HAVING bool_or(p."status" = 'confirmed')),
    -- Enabled groups with a confirmed activity in the window: active (the new ones are, too).
    -- Most activities tie one or two groups: read from the array without unnesting it.
    recent AS (
      SELECT gid FROM (
        SELECT tied[1] AS gid FROM acts WHERE age <= ${t.activityWindowDays}::int AND cardinality(tied) <= 2
        UNION ALL SELECT tied[2] FROM acts WHERE age <= ${t.activityWindowDays}::int AND cardinality(tied) = 2
        UNION ALL SELECT x FROM acts, unnest(acts.tied) x WHERE age <= ${t.activityWindowDays}::int AND cardinality(tied) > 2) r
      GROUP BY gid),
    -- Every group, so that a desa whose groups were all rejected is evaluated too (one scan
    -- for the candidates and C1/C2). Rejected groups never count; deactivated ones are kept
    -- (their past activities count) but are not active.
    gall AS (
      SELECT g."id", g."villageCode" AS v, g."verification"::text = 'verified' AS verified, g."type", g."typeOther",
             ${window.today}::int - ((g."createdAt" + interval '7 hours')::date - DATE '1970-01-01') AS reg_age,
             g."verification" <> 'rejected' AND g."active"
               AND (w.gid IS NOT NULL OR ${window.today}::int - ((g."createdAt" + interval '7 hours')::date - DATE '1970-01-01') <= ${t.newGroupGraceDays}::int) AS is_active
      FROM "Group" g LEFT JOIN recent w ON w.gid = g."id"),
    ga AS (SELECT "id", v FROM gall WHERE is_active),
    -- Distinct pairs of active groups of one desa: a confirmed relation or a joint activity
    -- of the window.
    pairs AS (
      SELECT v, x, y FROM (
        SELECT a1.v, least(r."groupAId", r."groupBId") AS x, greatest(r."groupAId", r."groupBId") AS y
        FROM "GroupRelation" r
        JOIN ga a1 ON a1."id" = r."groupAId"
        JOIN ga a2 ON a2."id" = r."groupBId" AND a2.v = a1.v
        WHERE r."status" = 'confirmed' AND r."groupAId" <> r."groupBId"
        UNION ALL
        SELECT v, least(tied[1], tied[2]), greatest(tied[1], tied[2]) FROM acts
        WHERE age <= ${t.activityWindowDays}::int AND nconf >= ${t.minGroupsPerJointActivity}::int AND cardinality(tied) = 2
        UNION ALL
        SELECT acts.v, x, y FROM acts, unnest(acts.tied) x, unnest(acts.tied) y
        WHERE acts.age <= ${t.activityWindowDays}::int AND acts.nconf >= ${t.minGroupsPerJointActivity}::int AND cardinality(acts.tied) > 2 AND x < y) u
      GROUP BY v, x, y),
    np AS (SELECT v, count(*) AS npairs FROM pairs GROUP BY v),
    linked AS (SELECT l.gid FROM pairs, LATERAL (VALUES (pairs.x), (pairs.y)) l(gid) GROUP BY l.gid),
    -- C1 (active groups and their kinds, typeKey in criteria.ts) and C2's linked share: a new
    -- group counts in the share only once linked, or after newGroupLinkDays (issue 12).
    c12 AS (
      SELECT gall.v, count(*) FILTER (WHERE is_active) AS nactive,
             count(DISTINCT CASE WHEN "type"::text <> 'other' THEN "type"::text
                                 ELSE coalesce('other:' || nullif(btrim(regexp_replace(lower(coalesce("typeOther", '')), '[^[:alnum:]]+', ' ', 'g')), ''), 'other') END)
               FILTER (WHERE is_active) AS ntypes,
             coalesce(bool_or(is_active AND NOT verified), false) AS unverified,
             count(*) FILTER (WHERE is_active AND l.gid IS NOT NULL) AS nlinked,
             count(*) FILTER (WHERE is_active AND (l.gid IS NOT NULL OR reg_age > ${t.newGroupLinkDays}::int)) AS ncounted
      FROM gall LEFT JOIN linked l ON l.gid = gall."id"
      GROUP BY gall.v),
    -- C3 and Dorman.
    c3 AS (
      SELECT v,
             count(*) FILTER (WHERE age <= ${t.activityWindowDays}::int AND nconf >= ${t.minGroupsPerJointActivity}::int) AS njoint,
             count(*) FILTER (WHERE pmks) AS npmks,
             min(age) FILTER (WHERE nconf >= ${t.minGroupsPerJointActivity}::int) AS last_joint,
             coalesce(bool_or(age <= ${t.activityWindowDays}::int AND NOT verified AND (nconf >= ${t.minGroupsPerJointActivity}::int OR tied IS NOT NULL)), false) AS unverified
      FROM acts
      GROUP BY v),
    -- Desa with a recorded level are evaluated even without groups; once Aktif, Dorman applies.
    hist AS (SELECT "villageCode" AS v, bool_or("level" = 'aktif') AS ever_aktif FROM "AreaLevelHistory" WHERE "rw" = 0 GROUP BY 1),
    met AS (
      SELECT v,
             coalesce(c12.nactive, 0) >= ${t.minActiveGroups}::int AND coalesce(c12.ntypes, 0) >= ${t.minGroupTypes}::int AS c1,
             coalesce(np.npairs, 0) >= ${t.minRelations}::int AND coalesce(c12.nlinked, 0) * 100 >= ${t.minLinkedPercent}::int * coalesce(c12.ncounted, 0) AS c2,
             coalesce(c3.njoint, 0) >= ${t.minJointActivities}::int AND coalesce(c3.npmks, 0) >= ${t.minPmksJointActivities}::int AS c3,
             c3.last_joint IS NULL OR c3.last_joint > ${t.dormantAfterDays}::int AS quiet,
             coalesce(hist.ever_aktif, false) AS ever_aktif,
             coalesce(c12.unverified, false) OR coalesce(c3.unverified, false) AS provisional
      FROM c12 FULL JOIN hist USING (v) LEFT JOIN np USING (v) LEFT JOIN c3 USING (v))
    SELECT v, provisional,
           CASE WHEN (ever_aktif OR (c1 AND c2 AND c3)) AND quiet THEN 'dorman'
                WHEN NOT c1 THEN 'belum_ada' WHEN NOT c2 THEN 'rintisan' WHEN NOT c3 THEN 'tumbuh' ELSE 'aktif' END AS level
    FROM met`;
  // The recording phase reads it range by range.
  await tx.$executeRaw`CREATE INDEX ON national_recompute_level (v)`;
}

/**
 * Compares the desa from `first` to `last` (codes, inclusive) with their last recorded level
 * and records the changes.
 */
async function recordRange(tx: PrismaTx, window: RecomputeWindow, first: string, last: string): Promise<RangeRow[]> {
  const t = window.thresholds;
  return tx.$queryRaw<RangeRow[]>`
    WITH
    prev AS (
      SELECT DISTINCT ON (h."villageCode") h."villageCode" AS v, h."level"::text AS level, h."at"
      FROM "AreaLevelHistory" h WHERE h."rw" = 0 AND h."villageCode" BETWEEN ${first} AND ${last}
      ORDER BY h."villageCode", h."at" DESC),
    -- History holds level changes only. A drop between working levels (time, linked share)
    -- waits out its grace period, which the per-desa refresh keeps and warns of: here the
    -- recorded level stays until then.
    ranked AS (
      SELECT s.v, s.provisional, s.level, prev.level AS prev_level, prev."at" AS prev_at,
             CASE s.level WHEN 'belum_ada' THEN 0 WHEN 'rintisan' THEN 1 WHEN 'tumbuh' THEN 2 WHEN 'aktif' THEN 3 END AS rank_new,
             CASE prev.level WHEN 'belum_ada' THEN 0 WHEN 'rintisan' THEN 1 WHEN 'tumbuh' THEN 2 WHEN 'aktif' THEN 3 END AS rank_old
      FROM national_recompute_level s LEFT JOIN prev ON prev.v = s.v
      WHERE s.v BETWEEN ${first} AND ${last}),
    final AS (
      SELECT v, provisional, prev_level, prev_at,
             CASE WHEN ${t.dropGraceDays}::int > 0 AND rank_new < rank_old THEN prev_level ELSE level END AS level
      FROM ranked),
    changes AS (
      INSERT INTO "AreaLevelHistory" ("id", "villageCode", "rw", "level", "provisional", "at")
      SELECT gen_random_uuid(), v, 0, level::"WksbmLevel", provisional,
             CASE WHEN prev_at IS NOT NULL AND prev_at >= ${window.now} THEN prev_at + interval '1 millisecond' ELSE ${window.now} END
      FROM final
      WHERE prev_level IS NULL OR prev_level <> level
      RETURNING "villageCode")
    SELECT level, count(*) AS villages, count(*) FILTER (WHERE prev_level IS NULL OR prev_level <> level) AS changed
    FROM final GROUP BY level`;
}
