/**
 * {@link AlertReports} over Prisma: the read-only queries of the officer jobs (inactive
 * groups, weekly digest, dormancy sweep) and of the officer's pending list. Each is one
 * query (or two), however many groups and activities the areas hold.
 */
import type { ActivityCategory } from '../../domain/model/activities.js';
import type { AlertReports, AreaGroup, AreaGroupList, DigestFigures, InactiveGroup, LevelChange, PendingList, PendingVerification } from '../../domain/model/reports.js';
import type { GroupType } from '../../domain/model/group-types.js';
import { Prisma } from '../generated/prisma/client.js';
import type { PrismaTx } from '../transaction-runner.js';
import { isUuid } from '../groups/uuid.js';
import { coveredBy } from './coverage-sql.js';

/** Region names of a desa column, joined up the tree (outer joins: a gap never hides a row). */
const VILLAGE_NAMES = (column: Prisma.Sql) => Prisma.sql`
  LEFT JOIN "Region" v ON v."code" = ${column}
  LEFT JOIN "Region" d ON d."code" = v."parentCode"
  LEFT JOIN "Region" r ON r."code" = d."parentCode"`;

/** Builds the reports on one transaction client. */
export function createAlertReports(tx: PrismaTx): AlertReports {
  return {
    inactiveGroups: (activeSince, registeredBefore) => inactiveGroups(tx, activeSince, registeredBefore),
    digest: (prefixes, since, until, ledBy) => digest(tx, prefixes, since, until, ledBy),

    async villagesAtLevel(level) {
      // The latest whole-desa record per desa, on the (villageCode, rw, at) index.
      const rows = await tx.$queryRaw<Array<{ villageCode: string; level: string }>>`
        SELECT DISTINCT ON ("villageCode") "villageCode", "level"::text AS "level"
        FROM "AreaLevelHistory" WHERE "rw" = 0
        ORDER BY "villageCode", "at" DESC, "id" DESC`;
      return rows.filter((row) => row.level === level).map((row) => row.villageCode);
    },

    pendingVerifications: (prefixes, limit, ledBy) => pendingVerifications(tx, prefixes, limit, ledBy),
    areaGroups: (prefixes, window, limit) => areaGroups(tx, prefixes, window, limit),
  };
}

async function inactiveGroups(tx: PrismaTx, activeSince: string, registeredBefore: Date): Promise<InactiveGroup[]> {
  return tx.$queryRaw<InactiveGroup[]>`
    SELECT g."id"::text AS "id", g."name", g."villageCode",
           COALESCE(v."name", '') AS "villageName", COALESCE(d."name", '') AS "districtName", COALESCE(r."name", '') AS "regencyName",
           to_char(last."date", 'YYYY-MM-DD') AS "lastActivityDate",
           -- Stored in UTC; Jakarta is UTC+7 all year.
           to_char(g."createdAt" + interval '7 hours', 'YYYY-MM-DD') AS "registeredDate"
    FROM "Group" g
    ${VILLAGE_NAMES(Prisma.sql`g."villageCode"`)}
    LEFT JOIN LATERAL (
      SELECT max(a."date") AS "date"
      FROM "ActivityParticipant" p JOIN "Activity" a ON a."id" = p."activityId" AND a."verification" <> 'rejected'
      WHERE p."groupId" = g."id" AND p."status" = 'confirmed'
    ) last ON true
    WHERE g."active" AND g."verification" <> 'rejected' AND g."createdAt" < ${registeredBefore}
      AND (last."date" IS NULL OR last."date" < ${activeSince}::date)
    ORDER BY g."villageCode", g."id"`;
}

interface CountsRow {
  activeGroups: number;
  newGroups: number;
  activities: number;
  pendingGroups: number;
  pendingActivities: number;
  ownPending: number;
}

/**
 * Whether the person `ledBy` actively leads a group (SQL over the group id column); never
 * for no person (or a malformed id).
 */
function ledByPerson(ledBy: string | null): (group: Prisma.Sql) => Prisma.Sql {
  const me = ledBy !== null && isUuid(ledBy) ? ledBy : null;
  return (group) =>
    me === null
      ? Prisma.sql`false`
      : Prisma.sql`EXISTS (SELECT 1 FROM "GroupLeader" l WHERE l."groupId" = ${group} AND l."personId" = ${me}::uuid AND l."status" = 'active')`;
}

/** Whether the activity `a` was reported by a group `leads` holds for: the participant confirmed first (reporting-group.ts). */
function reportedByOwn(leads: (group: Prisma.Sql) => Prisma.Sql): Prisma.Sql {
  return Prisma.sql`COALESCE((SELECT ${leads(Prisma.sql`c."groupId"`)} FROM "ActivityParticipant" c
                       WHERE c."activityId" = a."id" AND c."status" = 'confirmed' AND c."confirmedAt" IS NOT NULL
                       ORDER BY c."confirmedAt", c."groupId" LIMIT 1), false)`;
}

async function digest(tx: PrismaTx, prefixes: readonly string[], since: Date, until: Date, ledBy: string | null): Promise<DigestFigures> {
  const groupCovered = coveredBy(Prisma.sql`g."villageCode"`, prefixes);
  const activityCovered = coveredBy(Prisma.sql`a."villageCode"`, prefixes);
  // The officer's pending list leaves out what their own groups await, with a count; so does the digest.
  const leads = ledByPerson(ledBy);
  const pendingGroup = Prisma.sql`g."active" AND g."verification" = 'pending' AND ${groupCovered}`;
  const pendingActivity = Prisma.sql`a."verification" = 'pending' AND ${activityCovered}`;
  const [counts] = await tx.$queryRaw<CountsRow[]>`
    SELECT
      (SELECT count(*)::int FROM "Group" g WHERE g."active" AND g."verification" <> 'rejected' AND ${groupCovered}) AS "activeGroups",
      (SELECT count(*)::int FROM "Group" g WHERE g."verification" <> 'rejected' AND g."createdAt" >= ${since} AND g."createdAt" < ${until} AND ${groupCovered}) AS "newGroups",
      (SELECT count(*)::int FROM "Activity" a WHERE a."verification" <> 'rejected' AND a."createdAt" >= ${since} AND a."createdAt" < ${until} AND ${activityCovered}) AS "activities",
      (SELECT count(*)::int FROM "Group" g WHERE ${pendingGroup} AND NOT ${leads(Prisma.sql`g."id"`)}) AS "pendingGroups",
      (SELECT count(*)::int FROM "Activity" a WHERE ${pendingActivity} AND NOT ${reportedByOwn(leads)}) AS "pendingActivities",
      (SELECT count(*)::int FROM "Group" g WHERE ${pendingGroup} AND ${leads(Prisma.sql`g."id"`)})
        + (SELECT count(*)::int FROM "Activity" a WHERE ${pendingActivity} AND ${reportedByOwn(leads)}) AS "ownPending"`;
  // "from" and "to" are the text of the WksbmLevel enum column, so they are levels.
  const levelChanges = await tx.$queryRaw<LevelChange[]>`
    SELECT h."villageCode", COALESCE(v."name", h."villageCode") AS "villageName", h."previous" AS "from", h."level" AS "to"
    FROM (
      SELECT "villageCode", "level"::text AS "level", "at", "id",
             lag("level"::text) OVER (PARTITION BY "villageCode" ORDER BY "at", "id") AS "previous"
      FROM "AreaLevelHistory"
      WHERE "rw" = 0 AND ${coveredBy(Prisma.sql`"villageCode"`, prefixes)} AND "at" < ${until}
    ) h
    LEFT JOIN "Region" v ON v."code" = h."villageCode"
    WHERE h."at" >= ${since} AND h."previous" IS NOT NULL AND h."previous" <> h."level"
    ORDER BY h."at", h."id"`;
  return { ...(counts ?? { activeGroups: 0, newGroups: 0, activities: 0, pendingGroups: 0, pendingActivities: 0, ownPending: 0 }), levelChanges };
}

/** A row of the query below: a group's or an activity's columns (enums read as text hold the enum's values). */
type PendingRow = {
  id: string;
  name: string;
  villageName: string;
  /** Of a group the officer leads: counted, not listed. */
  own: boolean;
  total: number;
  ownTotal: number;
} & ({ type: 'group'; groupType: GroupType; typeOther: string | null; date: null; category: null } | { type: 'activity'; groupType: null; typeOther: null; date: string | null; category: ActivityCategory });

/**
 * One query: the officer's own records sort after the others, so the limit takes the others
 * first; the window counts both before the limit.
 */
async function pendingVerifications(tx: PrismaTx, prefixes: readonly string[], limit: number, ledBy: string | null): Promise<PendingList> {
  const leads = ledByPerson(ledBy);
  const rows = await tx.$queryRaw<PendingRow[]>`
    SELECT "type", "id", "name", "groupType", "typeOther", "date", "category", "villageName", "own",
           (count(*) FILTER (WHERE NOT "own") OVER ())::int AS "total", (count(*) FILTER (WHERE "own") OVER ())::int AS "ownTotal"
    FROM (
      SELECT 'group' AS "type", g."id"::text AS "id", g."name", g."type"::text AS "groupType", g."typeOther", NULL AS "date", NULL AS "category",
             COALESCE(v."name", '') AS "villageName", g."createdAt", ${leads(Prisma.sql`g."id"`)} AS "own"
      FROM "Group" g LEFT JOIN "Region" v ON v."code" = g."villageCode"
      WHERE g."active" AND g."verification" = 'pending' AND ${coveredBy(Prisma.sql`g."villageCode"`, prefixes)}
      UNION ALL
      SELECT 'activity', a."id"::text, a."description", NULL, NULL, to_char(a."date", 'YYYY-MM-DD'), a."category"::text,
             COALESCE(v."name", ''), a."createdAt",
             ${reportedByOwn(leads)}
      FROM "Activity" a LEFT JOIN "Region" v ON v."code" = a."villageCode"
      WHERE a."verification" = 'pending' AND ${coveredBy(Prisma.sql`a."villageCode"`, prefixes)}
    ) pending
    ORDER BY "own", "createdAt", "id"
    LIMIT ${Math.max(1, Math.floor(limit))}`;
  const items = rows
    .filter((row) => !row.own)
    .map((row): PendingVerification =>
      row.type === 'group'
        ? { type: 'group', id: row.id, name: row.name, groupType: row.groupType, typeOther: row.typeOther, villageName: row.villageName }
        : {
            type: 'activity',
            id: row.id,
            date: row.date ?? '',
            category: row.category,
            description: row.name,
            villageName: row.villageName,
          },
    );
  return { items, total: rows[0]?.total ?? 0, own: rows[0]?.ownTotal ?? 0 };
}

/** One query: each group's latest confirmed activity decides whether it counts; the window counts all before the limit. */
async function areaGroups(
  tx: PrismaTx,
  prefixes: readonly string[],
  window: { readonly activeSince: string; readonly registeredSince: string; readonly uncountedOnly: boolean },
  limit: number,
): Promise<AreaGroupList> {
  const rows = await tx.$queryRaw<Array<AreaGroup & { total: number }>>`
    SELECT "id", "name", "villageName", "verification", "counted", (count(*) OVER ())::int AS "total"
    FROM (
      SELECT g."id"::text AS "id", g."name", COALESCE(v."name", '') AS "villageName", g."verification"::text AS "verification",
             -- Stored in UTC; Jakarta is UTC+7 all year.
             (last."date" >= ${window.activeSince}::date OR (g."createdAt" + interval '7 hours')::date >= ${window.registeredSince}::date) IS TRUE AS "counted"
      FROM "Group" g
      LEFT JOIN "Region" v ON v."code" = g."villageCode"
      LEFT JOIN LATERAL (
        SELECT max(a."date") AS "date"
        FROM "ActivityParticipant" p JOIN "Activity" a ON a."id" = p."activityId" AND a."verification" <> 'rejected'
        WHERE p."groupId" = g."id" AND p."status" = 'confirmed'
      ) last ON true
      WHERE g."active" AND ${coveredBy(Prisma.sql`g."villageCode"`, prefixes)}
    ) listed
    WHERE NOT ${window.uncountedOnly} OR (NOT "counted" AND "verification" <> 'rejected')
    ORDER BY "villageName", lower("name"), "id"
    LIMIT ${Math.max(1, Math.floor(limit))}`;
  return { items: rows.map(({ total: _total, ...group }) => group), total: rows[0]?.total ?? 0 };
}
