/**
 * {@link NationalStatusStore} over PostgreSQL (embedded or a server): the WKSBM rules of
 * src/domain/status/criteria.ts and status.ts, evaluated with set-based statements (hash
 * joins over whole ranges of desa, not one desa after another), and the changes appended to
 * AreaLevelHistory by the same statements.
 *
 * The desa are taken in about {@link RANGES} ranges of codes, one statement per range, so the
 * operator sees how far it is (every rule reads one desa's own rows, so a range is exact).
 * All ranges run in one transaction that holds the national status lock exclusively; every
 * single refresh (status-repository.ts `lockArea`) holds it shared, so the recompute waits
 * for refreshes in flight, and refreshes wait the seconds it runs: no level is recorded from
 * facts another transaction is changing, and none twice.
 *
 * test/storage/status/national-recompute.test.ts checks, desa by desa, that the levels
 * recorded here are the ones `refreshStatus` records.
 */
import type { NationalStatusStore, RecomputeWindow } from '../../domain/status/national-recompute.js';
import { recordOf } from '../../core/record.js';
import { WKSBM_LEVELS, type WksbmLevel } from '../../domain/model/status.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { TRANSACTION_OPTIONS, type PrismaTx } from '../transaction-runner.js';
import { NATIONAL_STATUS_LOCK } from './status-repository.js';

/**
 * Ranges of desa per run: a progress report every 5 %. Smaller statements are faster, too
 * (their hash aggregates stay in memory): on a quarter of the national set, 20 ranges took
 * 28–33 s where one statement took 75–103 s (busy 2-core machine).
 */
const RANGES = 20;

/** Options of {@link createNationalStatusStore}. */
export interface NationalStatusStoreOptions {
  /** Ranges of desa per run (default {@link RANGES}); 1 evaluates every desa in one statement. */
  readonly ranges?: number;
}

/** Builds the store on a client (it runs its own transaction). */
export function createNationalStatusStore(prisma: PrismaClient, options: NationalStatusStoreOptions = {}): NationalStatusStore {
  const ranges = Math.max(1, Math.floor(options.ranges ?? RANGES));
  return {
    async recomputeAll(window, onProgress) {
      const rows = await prisma.$transaction(
        async (tx) => {
          // $executeRaw: the lock function returns `void`, which queryRaw cannot read.
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${NATIONAL_STATUS_LOCK}, 0))`;
          // The planner's estimates for this statement are large enough to start LLVM JIT,
          // whose compilation alone takes seconds, longer than running the plan (a server
          // built without JIT accepts the setting all the same).
          await tx.$executeRaw`SET LOCAL jit = off`;
          // Its hash aggregates over every participation spill to disk with the default 4 MB.
          await tx.$executeRaw`SET LOCAL work_mem = '128MB'`;
          // The desa evaluated: those with a group or a recorded level, in the database's
          // order of codes (the ranges below compare in the same collation).
          const codes = (
            await tx.$queryRaw<{ v: string }[]>`
              SELECT v FROM (SELECT "villageCode" AS v FROM "Group" UNION SELECT "villageCode" FROM "AreaLevelHistory" WHERE "rw" = 0) c
              ORDER BY v`
          ).map((row) => row.v);
          onProgress?.(0, codes.length);
          const size = Math.max(1, Math.ceil(codes.length / ranges));
          const all: RangeRow[] = [];
          for (let start = 0; start < codes.length; start += size) {
            const end = Math.min(codes.length, start + size);
            all.push(...(await recomputeRange(tx, window, codes[start]!, codes[end - 1]!)));
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
 * Evaluates every desa from `first` to `last` (codes, inclusive) with a group or a recorded
 * level, and records the changes.
 */
async function recomputeRange(tx: PrismaTx, window: RecomputeWindow, first: string, last: string): Promise<RangeRow[]> {
  const t = window.thresholds;
  return tx.$queryRaw<RangeRow[]>`
    WITH
    cand AS (
      SELECT "villageCode" AS v FROM "Group" WHERE "villageCode" BETWEEN ${first} AND ${last}
      UNION SELECT "villageCode" FROM "AreaLevelHistory" WHERE "rw" = 0 AND "villageCode" BETWEEN ${first} AND ${last}),
    g AS (
      SELECT "id", "villageCode" AS v, "active" AS enabled, "verification"::text = 'verified' AS verified,
             CASE WHEN "type"::text <> 'other' THEN "type"::text
                  WHEN btrim(regexp_replace(lower(coalesce("typeOther", '')), '[^[:alnum:]]+', ' ', 'g')) = '' THEN 'other'
                  ELSE 'other:' || btrim(regexp_replace(lower("typeOther"), '[^[:alnum:]]+', ' ', 'g')) END AS type_key,
             (("createdAt" + interval '7 hours')::date - DATE '1970-01-01') AS reg_day
      FROM "Group" WHERE "verification" <> 'rejected' AND "villageCode" BETWEEN ${first} AND ${last}),
    pa AS (
      SELECT p."activityId" AS aid, p."groupId" AS gid, g.v, p."status"::text = 'confirmed' AS confirmed, g.enabled,
             greatest(0, ${window.today}::int - (a."date" - DATE '1970-01-01')) AS age, a."verification"::text = 'verified' AS verified
      FROM "ActivityParticipant" p
      JOIN g ON g."id" = p."groupId"
      JOIN "Activity" a ON a."id" = p."activityId"
      WHERE p."status" IN ('pending', 'confirmed') AND a."date" >= ${window.since}::date AND a."verification" <> 'rejected'),
    acts AS (
      SELECT x.*, x.aid IN (SELECT "activityId" FROM "ActivityBeneficiary" WHERE "count" > 0) AS pmks
      FROM (
        SELECT aid, v, count(*) FILTER (WHERE confirmed) AS nconf, coalesce(bool_or(enabled) FILTER (WHERE confirmed), false) AS any_enabled,
               min(age) AS age, bool_and(verified) AS verified
        FROM pa GROUP BY aid, v HAVING bool_or(confirmed)
      ) x),
    ga AS (
      SELECT g.*, g.enabled AND (w.gid IS NOT NULL OR ${window.today}::int - g.reg_day <= ${t.newGroupGraceDays}::int) AS is_active
      FROM g LEFT JOIN (SELECT DISTINCT gid FROM pa WHERE confirmed AND age <= ${t.activityWindowDays}::int) w ON w.gid = g."id"),
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
      -- Two confirmed groups of one joint activity in the window are a pair. With the usual
      -- threshold of two groups, two confirmed participants already make it joint (the
      -- planner folds the condition away); a higher threshold is checked on the activity.
      SELECT p1.v, p1.gid, p2.gid
      FROM pa p1
      JOIN pa p2 ON p2.aid = p1.aid AND p2.v = p1.v AND p2.gid > p1.gid AND p2.confirmed
      JOIN ga a1 ON a1."id" = p1.gid AND a1.is_active
      JOIN ga a2 ON a2."id" = p2.gid AND a2.is_active
      WHERE p1.confirmed AND p1.age <= ${t.activityWindowDays}::int
        AND (${t.minGroupsPerJointActivity}::int <= 2
             OR EXISTS (SELECT 1 FROM acts j WHERE j.aid = p1.aid AND j.v = p1.v AND j.nconf >= ${t.minGroupsPerJointActivity}::int))),
    c2 AS (
      SELECT v, count(*) FILTER (WHERE side = 0) AS npairs, count(DISTINCT gid) AS nlinked
      FROM (SELECT v, x AS gid, 0 AS side FROM pairs UNION ALL SELECT v, y, 1 FROM pairs) ends GROUP BY v),
    -- Active groups counted in the linked share: a new group only once linked (issue 12).
    c2n AS (
      SELECT ga.v, count(*) AS ncounted
      FROM ga
      WHERE ga.is_active AND (${window.today}::int - ga.reg_day > ${t.newGroupLinkDays}::int
        OR EXISTS (SELECT 1 FROM pairs p WHERE p.v = ga.v AND (p.x = ga."id" OR p.y = ga."id")))
      GROUP BY ga.v),
    c3 AS (
      SELECT v,
             count(*) FILTER (WHERE age <= ${t.activityWindowDays}::int AND nconf >= ${t.minGroupsPerJointActivity}::int) AS njoint,
             count(*) FILTER (WHERE age <= ${t.activityWindowDays}::int AND nconf >= ${t.minGroupsPerJointActivity}::int AND pmks) AS npmks,
             min(age) FILTER (WHERE nconf >= ${t.minGroupsPerJointActivity}::int) AS last_joint,
             coalesce(bool_or(age <= ${t.activityWindowDays}::int AND NOT verified AND (nconf >= ${t.minGroupsPerJointActivity}::int OR any_enabled)), false) AS unverified
      FROM acts GROUP BY v),
    prev AS (
      SELECT DISTINCT ON (h."villageCode") h."villageCode" AS v, h."level"::text AS level, h."provisional", h."at"
      FROM "AreaLevelHistory" h WHERE h."rw" = 0 AND h."villageCode" BETWEEN ${first} AND ${last}
      ORDER BY h."villageCode", h."at" DESC),
    ever AS (
      SELECT DISTINCT "villageCode" AS v FROM "AreaLevelHistory"
      WHERE "rw" = 0 AND "level" = 'aktif' AND "villageCode" BETWEEN ${first} AND ${last}),
    met AS (
      SELECT cand.v,
             coalesce(c1.nactive, 0) >= ${t.minActiveGroups}::int AND coalesce(c1.ntypes, 0) >= ${t.minGroupTypes}::int AS c1,
             coalesce(c2.npairs, 0) >= ${t.minRelations}::int AND coalesce(c2.nlinked, 0) * 100 >= ${t.minLinkedPercent}::int * coalesce(c2n.ncounted, 0) AS c2,
             coalesce(c3.njoint, 0) >= ${t.minJointActivities}::int AND coalesce(c3.npmks, 0) >= ${t.minPmksJointActivities}::int AS c3,
             c3.last_joint IS NULL OR c3.last_joint > ${t.dormantAfterDays}::int AS quiet,
             ever.v IS NOT NULL AS ever_aktif,
             coalesce(c1.unverified, false) OR coalesce(c3.unverified, false) AS provisional
      FROM cand LEFT JOIN c1 ON c1.v = cand.v LEFT JOIN c2 ON c2.v = cand.v LEFT JOIN c2n ON c2n.v = cand.v LEFT JOIN c3 ON c3.v = cand.v LEFT JOIN ever ON ever.v = cand.v),
    result AS (
      SELECT met.v, met.provisional,
             CASE WHEN (met.ever_aktif OR (met.c1 AND met.c2 AND met.c3)) AND met.quiet THEN 'dorman'
                  WHEN NOT met.c1 THEN 'belum_ada' WHEN NOT met.c2 THEN 'rintisan' WHEN NOT met.c3 THEN 'tumbuh' ELSE 'aktif' END AS level,
             prev.level AS prev_level, prev."provisional" AS prev_provisional, prev."at" AS prev_at
      FROM met LEFT JOIN prev ON prev.v = met.v),
    -- History holds level changes only. A drop between working levels (time, linked share)
    -- waits out its grace period, which the per-desa refresh keeps and warns of: here the
    -- recorded level stays until then.
    ranked AS (
      SELECT result.*,
             CASE level WHEN 'belum_ada' THEN 0 WHEN 'rintisan' THEN 1 WHEN 'tumbuh' THEN 2 WHEN 'aktif' THEN 3 END AS rank_new,
             CASE prev_level WHEN 'belum_ada' THEN 0 WHEN 'rintisan' THEN 1 WHEN 'tumbuh' THEN 2 WHEN 'aktif' THEN 3 END AS rank_old
      FROM result),
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
