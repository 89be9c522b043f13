/**
 * {@link NationalStatusStore} over PostgreSQL (embedded or a server): the WKSBM rules of
 * src/domain/status/criteria.ts and status.ts, evaluated with set-based statements, and the
 * changes appended to AreaLevelHistory.
 *
 * Two phases in one transaction, which holds the national status lock exclusively:
 * 1. The country is evaluated in parts, ranges of village codes, at once, each on a
 *    connection of its own and all on the snapshot of the recompute's transaction
 *    ({@link evaluateInParts}). One statement per part evaluates every desa with a group or a
 *    recorded level there, and compares it with its last recorded level (the drop grace
 *    included): level, provisional flag, whether it changed. Each table is read once (Group
 *    twice: in the participations' join and for the per-desa counts), in hash joins and
 *    aggregates — the shape of a plain SQL aggregate of the counts.
 * 2. The changes are then inserted in about {@link RANGES} ranges of codes, one statement per
 *    range that has any, so the operator sees the run advance (the first phase is reported
 *    as it ends); in the steady state no range has a change and no statement runs.
 * Every single refresh (status-repository.ts `lockArea`) holds the lock shared, so the
 * recompute waits for refreshes in flight, and refreshes wait the seconds it runs: no level
 * is recorded from facts another transaction is changing, and none twice.
 *
 * The SQL restates the rules of criteria.ts: test/storage/status/national-recompute.test.ts
 * and national-recompute-thresholds.test.ts check, desa by desa on varied data and
 * thresholds and in one part or several, that the levels recorded here are the ones
 * `computeStatus` gives.
 */
import { availableParallelism } from 'node:os';
import type pg from 'pg';
import type { NationalStatusStore, RecomputeWindow } from '../../domain/status/national-recompute.js';
import { recordOf } from '../../core/record.js';
import { WKSBM_LEVELS, type WksbmLevel } from '../../domain/model/status.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { TRANSACTION_OPTIONS, type PrismaTx } from '../transaction-runner.js';
import { poolOf } from '../unit-of-work/joinable-pool.js';
import { utc } from '../unit-of-work/sql.js';
import { NATIONAL_STATUS_LOCK } from './status-repository.js';

/** Ranges of desa per run in the recording phase: a progress report every 5 %. */
const RANGES = 20;

/** Parts of the country evaluated at once, at most (one per core of the app's machine). */
const MAX_PARTS = 4;

/**
 * Settings of the evaluation's transactions. The planner's estimates for these statements
 * are large enough to start LLVM JIT, whose compilation alone takes seconds, longer than
 * running the plan (a server built without JIT accepts the setting all the same). The hash
 * aggregates over every participation spill to disk with the default 4 MB of work_mem.
 * Cheaper parallel workers: in a single part, the join of participations, activities and
 * groups then runs on every core the server allows a query (max_parallel_workers_per_gather),
 * which at national size took the evaluation from 14–16.5 s to 12.7–13.4 s on two cores; the
 * defaults priced the workers' start and their rows' hand-over too high for it.
 */
const SETTINGS = `set_config('jit', 'off', true), set_config('work_mem', '128MB', true),
  set_config('parallel_setup_cost', '100', true), set_config('parallel_tuple_cost', '0.01', true)`;

/** Options of {@link createNationalStatusStore}. */
export interface NationalStatusStoreOptions {
  /** Ranges of desa per run (default {@link RANGES}); 1 records every desa in one statement. */
  readonly ranges?: number;
  /**
   * Parts of the country evaluated at once, each on a connection of its own (default: the
   * cores of this machine, at most {@link MAX_PARTS}). See {@link evaluateInParts}.
   */
  readonly parts?: number;
}

/** Builds the store on a client from openDatabase: it runs its own transaction, and its parts on the client's pool. */
export function createNationalStatusStore(prisma: PrismaClient, options: NationalStatusStoreOptions = {}): NationalStatusStore {
  const ranges = Math.max(1, Math.floor(options.ranges ?? RANGES));
  const parts = Math.max(1, Math.floor(options.parts ?? Math.min(availableParallelism(), MAX_PARTS)));
  const pool = poolOf(prisma);
  if (!pool) throw new Error('createNationalStatusStore: the client must come from openDatabase (its parts run on its pool)');
  return {
    async recomputeAll(window, onProgress) {
      return prisma.$transaction(
        async (tx) => {
          // $executeRaw: the lock function returns `void`, which queryRaw cannot read.
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${NATIONAL_STATUS_LOCK}, 0)), ${Prisma.raw(SETTINGS)}`;
          const rows = await evaluateInParts(tx, pool, window, parts);
          const byLevel = recordOf(WKSBM_LEVELS, () => 0);
          for (const row of rows) byLevel[row.level] += 1;
          onProgress?.(0, rows.length);
          let done = 0;
          let changed = 0;
          for (let range = 0; range < ranges; range++) {
            const end = Math.round(((range + 1) * rows.length) / ranges);
            if (end === done) continue;
            changed += await record(tx, rows.slice(done, end).filter((row) => row.changed));
            done = end;
            onProgress?.(done, rows.length);
          }
          return { villages: rows.length, changed, byLevel };
        },
        { ...TRANSACTION_OPTIONS, timeout: 10 * 60_000 },
      );
    },
  };
}

/** One desa evaluated, as a part sends it back. */
interface EvaluatedRow {
  readonly v: string;
  readonly level: WksbmLevel;
  readonly provisional: boolean;
  readonly changed: boolean;
  /** The moment to record a change at, as PostgreSQL's text of a timestamp. */
  readonly at: string;
}

/**
 * Evaluates the country in `parts` ranges of village codes at once, each in a read-only
 * transaction of its own on the pool, all on the snapshot of the recompute's transaction
 * (exported after it took the national status lock): one consistent view of the facts, as
 * one statement would have. Returns every desa evaluated, in the database's order of codes
 * (the parts' ranges follow each other): one row per desa, tens of thousands at national
 * size.
 *
 * Why: after the participations' join, a statement of common table expressions runs on one
 * core (PostgreSQL runs no part of a plan that reads a CTE in parallel workers), and that was
 * most of the time. Parts without parallel workers of their own, one per core, measured best
 * on two cores at national size: 11.5 s against 16.8 s for one statement (two parts with
 * two workers each: 13.3 s; three or four parts: 12.7–15.3 s, each part scanning the
 * participations again). A single part keeps the server's parallel workers.
 */
async function evaluateInParts(tx: PrismaTx, pool: pg.Pool, window: RecomputeWindow, parts: number): Promise<EvaluatedRow[]> {
  const [exported] = await tx.$queryRaw<Array<{ snapshot: string }>>`SELECT pg_export_snapshot() AS snapshot`;
  const snapshot = exported!.snapshot;
  // Its shape ("00000003-0000001B-1"): it is written into the statement that imports it.
  if (!/^[0-9A-F]+(-[0-9A-F]+)+$/i.test(snapshot)) throw new Error(`national recompute: unexpected snapshot id ${snapshot}`);
  const edges = [null, ...(parts > 1 ? await partBounds(tx, parts) : []), null];
  const settled = await Promise.allSettled(
    edges.slice(0, -1).map((low, i) => evaluatePart(pool, snapshot, evaluation(window, low, edges[i + 1]!), parts > 1)),
  );
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
}

/**
 * `parts - 1` village codes that cut the groups into parts of about the same size, from a
 * random 1 % of them (all of them when that is under 1,000 groups); the same code may come
 * twice on small data, which leaves a part empty.
 */
async function partBounds(tx: PrismaTx, parts: number): Promise<string[]> {
  const fractions = Array.from({ length: parts - 1 }, (_, i) => (i + 1) / parts);
  const [row] = await tx.$queryRaw<Array<{ bounds: Array<string | null> | null }>>`
    WITH sample AS (SELECT "villageCode" AS v FROM "Group" TABLESAMPLE BERNOULLI (1)),
    source AS (
      SELECT v FROM sample WHERE (SELECT count(*) FROM sample) >= 1000
      UNION ALL SELECT "villageCode" FROM "Group" WHERE (SELECT count(*) FROM sample) < 1000)
    SELECT percentile_disc(${fractions}::float8[]) WITHIN GROUP (ORDER BY v) AS bounds FROM source`;
  return (row?.bounds ?? []).filter((bound): bound is string => bound !== null);
}

/**
 * One part's rows in the order of codes, evaluated in a read-only transaction on
 * `snapshot`; `alone`: without parallel workers (the parts are the parallelism: workers of
 * their own would only compete with them for the cores).
 */
async function evaluatePart(pool: pg.Pool, snapshot: string, query: Prisma.Sql, alone: boolean): Promise<EvaluatedRow[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      await client.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
      await client.query(`SELECT ${SETTINGS}${alone ? `, set_config('max_parallel_workers_per_gather', '0', true)` : ''}`);
      const values = query.values.map((value) => (value instanceof Date ? utc(value) : value));
      const result = await client.query<EvaluatedRow>(`SELECT v, level, provisional, changed, "at"::text AS "at" FROM (${query.text}) evaluated ORDER BY v`, values);
      return result.rows;
    } finally {
      await client.query('ROLLBACK');
    }
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // A connection whose statement failed mid-way is not given back to others.
    client.release(broken);
  }
}

/**
 * The query that evaluates every desa with a group or a recorded level whose code lies from
 * `low` (inclusive) to `high` (exclusive; null: no bound), and compares it with its last
 * recorded level: rows (v, level, provisional, changed, at). A desa's facts are all of its own
 * groups and activities, so a range of codes is evaluated on its own.
 */
function evaluation(window: RecomputeWindow, low: string | null, high: string | null): Prisma.Sql {
  const t = window.thresholds;
  const inRange = (column: Prisma.Sql) => Prisma.sql`(${low}::text IS NULL OR ${column} >= ${low}::text) AND (${high}::text IS NULL OR ${column} < ${high}::text)`;
  return Prisma.sql`
    WITH
    -- Each activity once per desa with a confirmed participant there (as one desa's facts
    -- hold it), with its confirmed groups that are enabled. A group confirmed in an activity
    -- of the window is active exactly when it is enabled, so these are the active groups that
    -- a joint activity ties together (C2). Only confirmed participations count anywhere (the
    -- pending ones only make a joint activity wait, which no level reads), so only those are
    -- read: no FILTER on every aggregate, no HAVING. Most activities tie one or two groups:
    -- those are kept as two columns (t1, t2; ntied says how many), an array only for the rest
    -- (many). At national scale this CTE spills to disk and is read several times: narrower
    -- rows than the whole array took the evaluation from 17.6 to 16.8 s.
    acts AS (
      SELECT v, nconf, tied[1] AS t1, CASE WHEN cardinality(tied) = 2 THEN tied[2] END AS t2, coalesce(cardinality(tied), 0) AS ntied,
             CASE WHEN cardinality(tied) > 2 THEN tied END AS many, age, verified, pmks
      FROM (
        SELECT gr."villageCode" AS v, count(*) AS nconf,
               array_agg(p."groupId") FILTER (WHERE gr."active") AS tied,
               greatest(0, ${window.today}::int - (a."date" - DATE '1970-01-01')) AS age,
               -- Enums compared as enums: a ::text cast looks the label up for every row.
               a."verification" = 'verified' AS verified,
               -- A joint activity of the window serving PMKS (C3); only those are looked up,
               -- and the rows stay narrow (no activity id).
               count(*) >= ${t.minGroupsPerJointActivity}::int
                 AND ${window.today}::int - (a."date" - DATE '1970-01-01') <= ${t.activityWindowDays}::int
                 AND a."id" IN (SELECT "activityId" FROM "ActivityBeneficiary" WHERE "count" > 0) AS pmks
        FROM "ActivityParticipant" p
        JOIN "Group" gr ON gr."id" = p."groupId"
        JOIN "Activity" a ON a."id" = p."activityId"
        WHERE p."status" = 'confirmed' AND a."date" >= ${window.since}::date AND a."verification" <> 'rejected'
          AND gr."verification" <> 'rejected' AND ${inRange(Prisma.sql`gr."villageCode"`)}
        GROUP BY a."id", gr."villageCode") per_desa),
    -- Enabled groups with a confirmed activity in the window: active (the new ones are, too).
    -- (A hashed subplan over the tied groups measured the same, and the planner would give it
    -- up for a plain subplan, one scan per group, once its estimate outgrew work_mem.)
    recent AS (
      SELECT gid FROM (
        SELECT t1 AS gid FROM acts WHERE age <= ${t.activityWindowDays}::int AND ntied >= 1
        UNION ALL SELECT t2 FROM acts WHERE age <= ${t.activityWindowDays}::int AND ntied = 2
        UNION ALL SELECT x FROM acts, unnest(acts.many) x WHERE age <= ${t.activityWindowDays}::int AND ntied > 2) r
      GROUP BY gid),
    -- Every group, so that a desa whose groups were all rejected is evaluated too (one scan
    -- for the candidates and C1/C2). Rejected groups never count; deactivated ones are kept
    -- (their past activities count) but are not active.
    gall AS (
      SELECT g."id", g."villageCode" AS v, g."verification" = 'verified' AS verified, g."type", g."typeOther",
             ${window.today}::int - ((g."createdAt" + interval '7 hours')::date - DATE '1970-01-01') AS reg_age,
             g."verification" <> 'rejected' AND g."active"
               AND (w.gid IS NOT NULL OR ${window.today}::int - ((g."createdAt" + interval '7 hours')::date - DATE '1970-01-01') <= ${t.newGroupGraceDays}::int) AS is_active
      FROM "Group" g LEFT JOIN recent w ON w.gid = g."id"
      WHERE ${inRange(Prisma.sql`g."villageCode"`)}),
    -- Read twice below, straight from gall (not copied into a CTE of its own).
    ga AS NOT MATERIALIZED (SELECT "id", v FROM gall WHERE is_active),
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
        SELECT v, least(t1, t2), greatest(t1, t2) FROM acts
        WHERE age <= ${t.activityWindowDays}::int AND nconf >= ${t.minGroupsPerJointActivity}::int AND ntied = 2
        UNION ALL
        SELECT acts.v, x, y FROM acts, unnest(acts.many) x, unnest(acts.many) y
        WHERE acts.age <= ${t.activityWindowDays}::int AND acts.nconf >= ${t.minGroupsPerJointActivity}::int AND acts.ntied > 2 AND x < y) u
      GROUP BY v, x, y),
    np AS (SELECT v, count(*) AS npairs FROM pairs GROUP BY v),
    -- C1 (active groups and their kinds, typeKey in criteria.ts) and C2's linked share: a new
    -- group counts in the share only once linked, or after newGroupLinkDays (issue 12).
    -- A group is linked when it is in a pair: two hashed subplans over the pairs (no set of
    -- linked groups deduplicated and then hashed again for a join), computed once per group
    -- in the subquery (OFFSET 0 keeps the planner from copying the expression into each
    -- aggregate that reads it, which built the hash tables twice). The planner hashes a
    -- subplan only while its estimate fits in work_mem × hash_mem_multiplier: 128 MB × 2
    -- holds millions of pairs, several times the national data set's.
    c12 AS (
      SELECT v, count(*) FILTER (WHERE is_active) AS nactive,
             count(DISTINCT CASE WHEN "type" <> 'other' THEN "type"::text
                                 ELSE coalesce('other:' || nullif(btrim(regexp_replace(lower(coalesce("typeOther", '')), '[^[:alnum:]]+', ' ', 'g')), ''), 'other') END)
               FILTER (WHERE is_active) AS ntypes,
             coalesce(bool_or(is_active AND NOT verified), false) AS unverified,
             count(*) FILTER (WHERE linked) AS nlinked,
             count(*) FILTER (WHERE linked OR (is_active AND reg_age > ${t.newGroupLinkDays}::int)) AS ncounted
      FROM (SELECT gall.*, is_active AND ("id" IN (SELECT x FROM pairs) OR "id" IN (SELECT y FROM pairs)) AS linked FROM gall OFFSET 0) g
      GROUP BY v),
    -- C3 and Dorman.
    c3 AS (
      SELECT v,
             count(*) FILTER (WHERE age <= ${t.activityWindowDays}::int AND nconf >= ${t.minGroupsPerJointActivity}::int) AS njoint,
             count(*) FILTER (WHERE pmks) AS npmks,
             min(age) FILTER (WHERE nconf >= ${t.minGroupsPerJointActivity}::int) AS last_joint,
             coalesce(bool_or(age <= ${t.activityWindowDays}::int AND NOT verified AND (nconf >= ${t.minGroupsPerJointActivity}::int OR ntied > 0)), false) AS unverified
      FROM acts
      GROUP BY v),
    -- Desa with a recorded level are evaluated even without groups; once Aktif, Dorman
    -- applies. Their last record, to compare with (one scan of the history for both).
    hist AS (
      SELECT DISTINCT ON ("villageCode") "villageCode" AS v, "level"::text AS prev_level, "at" AS prev_at,
             bool_or("level" = 'aktif') OVER (PARTITION BY "villageCode") AS ever_aktif
      FROM "AreaLevelHistory" WHERE "rw" = 0 AND ${inRange(Prisma.sql`"villageCode"`)}
      ORDER BY "villageCode", "at" DESC),
    met AS (
      SELECT v, prev_level, prev_at,
             coalesce(c12.nactive, 0) >= ${t.minActiveGroups}::int AND coalesce(c12.ntypes, 0) >= ${t.minGroupTypes}::int AS c1,
             coalesce(np.npairs, 0) >= ${t.minRelations}::int AND coalesce(c12.nlinked, 0) * 100 >= ${t.minLinkedPercent}::int * coalesce(c12.ncounted, 0) AS c2,
             coalesce(c3.njoint, 0) >= ${t.minJointActivities}::int AND coalesce(c3.npmks, 0) >= ${t.minPmksJointActivities}::int AS c3,
             c3.last_joint IS NULL OR c3.last_joint > ${t.dormantAfterDays}::int AS quiet,
             coalesce(hist.ever_aktif, false) AS ever_aktif,
             coalesce(c12.unverified, false) OR coalesce(c3.unverified, false) AS provisional
      FROM c12 FULL JOIN hist USING (v) LEFT JOIN np USING (v) LEFT JOIN c3 USING (v)),
    evaluated AS (
      SELECT v, provisional, prev_level, prev_at,
             CASE WHEN (ever_aktif OR (c1 AND c2 AND c3)) AND quiet THEN 'dorman'
                  WHEN NOT c1 THEN 'belum_ada' WHEN NOT c2 THEN 'rintisan' WHEN NOT c3 THEN 'tumbuh' ELSE 'aktif' END AS level
      FROM met),
    -- History holds level changes only. A drop between working levels (time, linked share)
    -- waits out its grace period, which the per-desa refresh keeps and warns of: here the
    -- recorded level stays until then.
    ranked AS (
      SELECT v, provisional, level, prev_level, prev_at,
             CASE level WHEN 'belum_ada' THEN 0 WHEN 'rintisan' THEN 1 WHEN 'tumbuh' THEN 2 WHEN 'aktif' THEN 3 END AS rank_new,
             CASE prev_level WHEN 'belum_ada' THEN 0 WHEN 'rintisan' THEN 1 WHEN 'tumbuh' THEN 2 WHEN 'aktif' THEN 3 END AS rank_old
      FROM evaluated),
    final AS (
      SELECT v, provisional, prev_level, prev_at,
             CASE WHEN ${t.dropGraceDays}::int > 0 AND rank_new < rank_old THEN prev_level ELSE level END AS level
      FROM ranked)
    SELECT v, level, provisional, prev_level IS NULL OR prev_level <> level AS changed,
           CASE WHEN prev_at IS NOT NULL AND prev_at >= ${window.now} THEN prev_at + interval '1 millisecond' ELSE ${window.now} END AS "at"
    FROM final`;
}

/** Records the changes among `rows` (one statement when there are any); returns how many. */
async function record(tx: PrismaTx, rows: readonly EvaluatedRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO "AreaLevelHistory" ("id", "villageCode", "rw", "level", "provisional", "at")
    SELECT gen_random_uuid(), v, 0, level::"WksbmLevel", provisional, "at"
    FROM unnest(${rows.map((row) => row.v)}::text[], ${rows.map((row) => row.level)}::text[], ${rows.map((row) => row.provisional)}::boolean[],
                ${rows.map((row) => row.at)}::timestamp(3)[]) AS t(v, level, provisional, "at")`;
}
