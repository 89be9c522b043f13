/**
 * Reads {@link GroupView}s: the group, its area and the names of its village, district and
 * regency, in one query whatever the number of groups (the region names come from joins up
 * the Region tree, not from a query per group).
 */
import type { GroupType } from '../../domain/model/group-types.js';
import type { GroupView, VerificationState } from '../../domain/model/groups.js';
import { Prisma } from '../generated/prisma/client.js';
import type { PrismaTx } from '../transaction-runner.js';
import { isUuid } from './uuid.js';

/**
 * One row of {@link selectGroupViews}; enums come back as text (cast in the query), so they
 * hold the enum's values.
 */
export interface GroupViewRow {
  id: string;
  name: string;
  type: GroupType;
  typeOther: string | null;
  villageCode: string;
  villageName: string;
  districtName: string;
  regencyName: string;
  rw: number;
  rt: number;
  dusun: string;
  memberCount: number;
  foundedYear: number | null;
  meetingSchedule: string | null;
  active: boolean;
  verification: VerificationState;
  ketuaName: string | null;
  ketuaPhone: string | null;
}

/**
 * Names sort by their normalised form under the "C" collation, so the order is the same on
 * the embedded PostgreSQL and on a PostgreSQL server whatever its locale; id breaks ties.
 */
const BY_NAME = Prisma.sql`ORDER BY g."nameNorm" COLLATE "C", g."name" COLLATE "C", g."id"`;

/** The group with this id, enabled or not, or null. */
export async function groupViewById(tx: PrismaTx, groupId: string): Promise<GroupView | null> {
  if (!isUuid(groupId)) return null;
  const [view] = await selectGroupViews(tx, Prisma.sql`WHERE g."id" = ${groupId}::uuid`);
  return view ?? null;
}

/** Enabled groups in which the person has an active membership (leader or co-leader), oldest first. */
export function groupViewsLedBy(tx: PrismaTx, personId: string): Promise<GroupView[]> {
  if (!isUuid(personId)) return Promise.resolve([]);
  return selectGroupViews(
    tx,
    Prisma.sql`
      JOIN "GroupLeader" l ON l."groupId" = g."id" AND l."personId" = ${personId}::uuid AND l."status" = 'active'
      WHERE g."active"
      ORDER BY g."createdAt", g."id"`,
  );
}

/** Enabled, not rejected groups of a village by name, without those in `excludeIds`. */
export function groupViewsInVillage(tx: PrismaTx, villageCode: string, excludeIds: readonly string[]): Promise<GroupView[]> {
  // An id that is not a uuid names no group, so leaving it out changes nothing.
  const exclude = excludeIds.filter(isUuid);
  return selectGroupViews(
    tx,
    Prisma.sql`
      WHERE g."villageCode" = ${villageCode} AND g."active" AND g."verification" <> 'rejected'
        AND NOT (g."id" = ANY(${exclude}::uuid[]))
      ${BY_NAME}`,
  );
}

/**
 * Groups with their area and region names; `rest` adds joins, the WHERE clause and the
 * order. Region joins are outer joins so that a gap in the region data never hides a group.
 */
async function selectGroupViews(tx: PrismaTx, rest: Prisma.Sql): Promise<GroupView[]> {
  const rows = await tx.$queryRaw<GroupViewRow[]>`
    SELECT g."id", g."name", g."type"::text AS "type", g."typeOther", g."villageCode",
           COALESCE(v."name", '') AS "villageName",
           COALESCE(d."name", '') AS "districtName",
           COALESCE(r."name", '') AS "regencyName",
           a."rw", a."rt", a."dusun",
           g."memberCount", g."foundedYear", g."meetingSchedule", g."active",
           g."verification"::text AS "verification", g."ketuaName", g."ketuaPhone"
    FROM "Group" g
    JOIN "Area" a ON a."id" = g."areaId"
    LEFT JOIN "Region" v ON v."code" = g."villageCode"
    LEFT JOIN "Region" d ON d."code" = v."parentCode"
    LEFT JOIN "Region" r ON r."code" = d."parentCode"
    ${rest}`;
  return rows.map(toGroupView);
}

function toGroupView(row: GroupViewRow): GroupView {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    typeOther: row.typeOther,
    villageCode: row.villageCode,
    villageName: row.villageName,
    districtName: row.districtName,
    regencyName: row.regencyName,
    unit: { rw: row.rw, rt: row.rt, dusun: row.dusun },
    memberCount: row.memberCount,
    foundedYear: row.foundedYear,
    meetingSchedule: row.meetingSchedule,
    active: row.active,
    verification: row.verification,
    ketuaName: row.ketuaName,
    ketuaPhone: row.ketuaPhone,
  };
}
