/**
 * The status facts of one desa (or one RW of it) in one SQL statement: the CTEs and the
 * columns that status-repository.ts `loadFacts` selects alone, and that the admin API's area
 * status (area-status-view.ts) selects together with the desa, the override and the history.
 * One definition, so the two cannot read different facts.
 *
 * Rejected groups never count; deactivated ones are kept (their past activities count).
 * Relations have no officer verification of their own: the other group's confirmation is the
 * check, so they count as verified (their groups' verification is judged apart). Activities
 * are those with at least one confirmed participant among the area's groups, each with the
 * area's participants and whether any PMKS count is above zero.
 */
import type { ActivityFact, AreaFacts, AreaRef, GroupFact, RelationFact } from '../../domain/model/status.js';
import { Prisma } from '../generated/prisma/client.js';

/** RW 0 (or none) is the whole desa, as stored in AreaLevelHistory and Area. */
export function historyRw(area: AreaRef): number {
  return area.rw !== undefined && area.rw > 0 ? area.rw : 0;
}

/**
 * The CTEs `fact_groups`, `fact_relations` and `fact_activities` of the area (put them
 * after `WITH`); {@link AREA_FACTS_COLUMNS} reads them. `since` goes in as its UTC calendar
 * day, as Prisma sent a Date for a DATE (text, so plain SQL on pg sends the same).
 */
export function areaFactsCtes(area: AreaRef, since: Date): Prisma.Sql {
  const rw = historyRw(area);
  return Prisma.sql`
    fact_groups AS (
      SELECT g."id", g."name", g."type"::text AS "type", g."typeOther", g."active", g."createdAt", g."verification"::text AS "verification"
      FROM "Group" g JOIN "Area" a ON a."id" = g."areaId"
      WHERE g."villageCode" = ${area.villageCode} AND g."verification" <> 'rejected' AND (${rw}::int = 0 OR a."rw" = ${rw}::int)),
    -- The second membership test is wrapped (coalesce) so that it stays a hashed subplan: as
    -- two semi-joins, the generic plan of this prepared statement (estimating a few groups)
    -- probed the relations index once per PAIR of the desa's groups — 13 ms at 146 groups,
    -- 22 ms on average in the full bench, where desa grew to hundreds — instead of once per group.
    fact_relations AS (
      SELECT "groupAId", "groupBId", "status"::text AS "status"
      FROM "GroupRelation"
      WHERE "groupAId" IN (SELECT "id" FROM fact_groups) AND coalesce("groupBId" IN (SELECT "id" FROM fact_groups), false)
        AND "status" IN ('pending', 'confirmed')),
    fact_activities AS (
      SELECT a."id", to_char(a."date", 'YYYY-MM-DD') AS "date", a."verification"::text AS "verification",
             coalesce(array_agg(p."groupId"::text) FILTER (WHERE p."status" = 'confirmed'), '{}') AS "confirmed",
             coalesce(array_agg(p."groupId"::text) FILTER (WHERE p."status" = 'pending'), '{}') AS "pending",
             EXISTS (SELECT 1 FROM "ActivityBeneficiary" b WHERE b."activityId" = a."id" AND b."count" > 0) AS "servesPmks"
      FROM "ActivityParticipant" p JOIN "Activity" a ON a."id" = p."activityId"
      WHERE p."groupId" IN (SELECT "id" FROM fact_groups) AND p."status" IN ('pending', 'confirmed')
        AND a."date" >= ${since.toISOString().slice(0, 10)}::date AND a."verification" <> 'rejected'
      GROUP BY a."id"
      HAVING bool_or(p."status" = 'confirmed'))`;
}

/**
 * The columns of {@link AreaFactsRow}, from the CTEs of {@link areaFactsCtes}. Times travel as
 * UTC text with milliseconds (what Prisma reads a timestamp(3) as), dates as YYYY-MM-DD.
 */
export function areaFactsColumns(area: AreaRef): Prisma.Sql {
  return Prisma.sql`
    EXISTS (
      SELECT 1 FROM "AreaLevelHistory"
      WHERE "villageCode" = ${area.villageCode} AND "rw" = ${historyRw(area)}::int AND "level" = 'aktif') AS "everAktif",
    (SELECT coalesce(json_agg(json_build_object(
       'id', "id"::text, 'name', "name", 'type', "type", 'typeOther', "typeOther", 'active', "active",
       'createdAt', to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'verification', "verification")), '[]') FROM fact_groups) AS "groups",
    (SELECT coalesce(json_agg(json_build_object('groupAId', "groupAId"::text, 'groupBId', "groupBId"::text, 'status', "status")), '[]')
     FROM fact_relations) AS "relations",
    (SELECT coalesce(json_agg(json_build_object(
       'id', "id"::text, 'date', "date", 'verification', "verification", 'confirmed', "confirmed", 'pending', "pending", 'servesPmks', "servesPmks")), '[]')
     FROM fact_activities) AS "activities"`;
}

/** What {@link areaFactsColumns} reads. */
export interface AreaFactsRow {
  readonly everAktif: boolean;
  readonly groups: ReadonlyArray<{
    readonly id: string;
    readonly name: string | null;
    readonly type: string;
    readonly typeOther: string | null;
    readonly active: boolean;
    readonly createdAt: string;
    readonly verification: string;
  }>;
  readonly relations: ReadonlyArray<{ readonly groupAId: string; readonly groupBId: string; readonly status: string }>;
  readonly activities: ReadonlyArray<{
    readonly id: string;
    /** YYYY-MM-DD: a calendar date, read as text so no driver shifts it by a time zone. */
    readonly date: string;
    readonly verification: string;
    readonly confirmed: string[];
    readonly pending: string[];
    readonly servesPmks: boolean;
  }>;
}

/** The facts of an {@link AreaFactsRow}. */
export function areaFactsOf(row: AreaFactsRow): AreaFacts {
  return {
    groups: row.groups.map(groupFactOf),
    relations: row.relations.map(relationFactOf),
    activities: row.activities.map(activityFactOf),
    everAktif: row.everAktif === true,
  };
}

/** A group's fact from its row (this module's JSON, or the export's per-desa read). */
export function groupFactOf(group: Omit<AreaFactsRow['groups'][number], 'createdAt'> & { readonly createdAt: Date | string }): GroupFact {
  return {
    id: group.id,
    name: group.name ?? '',
    type: group.type,
    typeOther: group.typeOther,
    enabled: group.active,
    registeredAt: new Date(group.createdAt),
    verified: group.verification === 'verified',
  };
}

/** A relation's fact from its row. */
export function relationFactOf(relation: AreaFactsRow['relations'][number]): RelationFact {
  return { groupIds: [relation.groupAId, relation.groupBId], confirmed: relation.status === 'confirmed', verified: true };
}

/** An activity's fact from its row (its date a YYYY-MM-DD calendar date). */
export function activityFactOf(activity: AreaFactsRow['activities'][number]): ActivityFact {
  return {
    id: activity.id,
    date: new Date(`${activity.date}T00:00:00.000Z`),
    confirmedGroupIds: activity.confirmed,
    pendingGroupIds: activity.pending,
    servesPmks: activity.servesPmks,
    verified: activity.verification === 'verified',
  };
}
