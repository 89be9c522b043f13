/**
 * The group aggregate's statements as plain SQL on the unit of work (groups, their areas
 * and their leaders): what the chat flows run on most messages that touch a group, with no
 * ORM in between (its CPU cost per statement is many times the database's). A write that
 * used to take several statements (area, group, leader, view) takes one.
 */
import { randomUUID } from 'node:crypto';
import type { GroupType } from '../../domain/model/group-types.js';
import type { AreaUnit, GroupChanges, GroupKetua, GroupView, NamedGroup, NewGroup, Verdict, VerificationState } from '../../domain/model/groups.js';
import { utc, type Sql } from '../unit-of-work/sql.js';
import { allUuids, isUuid } from './uuid.js';

/**
 * One row of a group view query; enums come back as text (cast in the query), so they hold
 * the enum's values.
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
  rejectionReason: string | null;
  ketuaName: string | null;
  ketuaPhone: string | null;
}

/**
 * The view's columns of group `g` and its area `a`, with the names of its village, district
 * and regency. Region joins are outer joins so that a gap in the region data never hides a
 * group.
 */
const VIEW_COLUMNS = `g."id"::text AS "id", g."name", g."type"::text AS "type", g."typeOther", g."villageCode",
       COALESCE(v."name", '') AS "villageName", COALESCE(d."name", '') AS "districtName", COALESCE(r."name", '') AS "regencyName",
       a."rw", a."rt", a."dusun",
       g."memberCount", g."foundedYear", g."meetingSchedule", g."active",
       g."verification"::text AS "verification", g."rejectionReason", g."ketuaName", g."ketuaPhone"`;

const REGION_JOINS = `LEFT JOIN "Region" v ON v."code" = g."villageCode"
    LEFT JOIN "Region" d ON d."code" = v."parentCode"
    LEFT JOIN "Region" r ON r."code" = d."parentCode"`;

/**
 * Names sort by their normalised form under the "C" collation, so the order is the same on
 * the embedded PostgreSQL and on a PostgreSQL server whatever its locale; id breaks ties.
 */
const BY_NAME = `ORDER BY g."nameNorm" COLLATE "C", g."name" COLLATE "C", g."id"`;

/** Groups with their area and region names; `rest` adds joins, the WHERE clause and the order. */
async function selectViews(sql: Sql, rest: string, values: readonly unknown[]): Promise<GroupView[]> {
  const rows = await sql.rows<GroupViewRow>(
    `SELECT ${VIEW_COLUMNS}
    FROM "Group" g
    JOIN "Area" a ON a."id" = g."areaId"
    ${REGION_JOINS}
    ${rest}`,
    values,
  );
  return rows.map(toGroupView);
}

/** The group with this id, enabled or not, or null. */
export async function groupViewById(sql: Sql, groupId: string): Promise<GroupView | null> {
  if (!isUuid(groupId)) return null;
  const [view] = await selectViews(sql, `WHERE g."id" = $1::uuid`, [groupId]);
  return view ?? null;
}

/**
 * Enabled groups in which the person has an active membership (leader or co-leader), oldest
 * first, and the desa of the person's last status check (null when none, or no such person).
 */
export interface GroupsAndLastVillage {
  readonly views: GroupView[];
  readonly lastVillage: string | null;
}

/**
 * The person's groups with their last desa, in one statement: the desa question offers both
 * (known-villages.ts). One row per group, or one row without a group (null id)
 * when the person leads none; every row carries the last desa.
 */
export async function groupViewsLedByWithLastVillage(sql: Sql, personId: string): Promise<GroupsAndLastVillage> {
  if (!isUuid(personId)) return { views: [], lastVillage: null };
  const rows = await sql.rows<LedByRow>(
    `SELECT x.*, p."lastVillageCode"
    FROM (SELECT $1::uuid AS "id") me
    LEFT JOIN "Person" p ON p."id" = me."id"
    LEFT JOIN LATERAL (
      SELECT ${VIEW_COLUMNS}, g."createdAt" AS "createdAtForOrder", g."id" AS "idForOrder"
      FROM "Group" g
      JOIN "Area" a ON a."id" = g."areaId"
      ${REGION_JOINS}
      JOIN "GroupLeader" l ON l."groupId" = g."id" AND l."personId" = me."id" AND l."status" = 'active'
      WHERE g."active"
    ) x ON true
    ORDER BY x."createdAtForOrder", x."idForOrder"`,
    [personId],
  );
  const views = rows.filter(isGroupRow).map(toGroupView);
  return { views, lastVillage: rows[0]?.lastVillageCode ?? null };
}

/** A row of {@link groupViewsLedByWithLastVillage}: a group's columns are all null on the row without one. */
type LedByRow = { [K in keyof GroupViewRow]: GroupViewRow[K] | null } & { lastVillageCode: string | null };

/** Whether the row holds a group: then its columns are those of {@link GroupViewRow} (the outer join filled none with null). */
function isGroupRow(row: LedByRow): row is LedByRow & GroupViewRow {
  return row.id !== null;
}

/**
 * Enabled, not rejected groups of any village named `nameNorm`, by village, at most `limit`:
 * found through the (nameNorm, villageCode) index (migration 20261207160000_group_name_lookup_index),
 * not by reading every desa's groups (test/storage/groups/named-lookup-index.test.ts).
 */
export function groupViewsNamed(sql: Sql, nameNorm: string, limit: number): Promise<GroupView[]> {
  return selectViews(
    sql,
    `WHERE g."nameNorm" = $1 AND g."active" AND g."verification" <> 'rejected'
    ORDER BY g."villageCode", g."id"
    LIMIT $2`,
    [nameNorm, limit],
  );
}

/** Enabled, not rejected groups of a village by name, without those in `excludeIds`. */
export function groupViewsInVillage(sql: Sql, villageCode: string, excludeIds: readonly string[]): Promise<GroupView[]> {
  // An id that is not a uuid names no group, so leaving it out changes nothing.
  const exclude = excludeIds.filter(isUuid);
  return selectViews(
    sql,
    `WHERE g."villageCode" = $1 AND g."active" AND g."verification" <> 'rejected'
      AND NOT (g."id" = ANY($2::uuid[]))
    ${BY_NAME}`,
    [villageCode, exclude],
  );
}

/**
 * The oldest enabled, not rejected group of the village (placeholder `village`) with the
 * normalised name (placeholder `name`), as `id` and `name` (served by the (villageCode,
 * nameNorm) index): {@link groupByName}, and {@link insertGroup}'s check before it inserts.
 */
function sameNameQuery(village: string, name: string): string {
  return `SELECT g."id"::text AS "id", g."name" FROM "Group" g
     WHERE g."villageCode" = ${village} AND g."nameNorm" = ${name} AND g."active" AND g."verification" <> 'rejected'
     ORDER BY g."createdAt", g."id" LIMIT 1`;
}

const GROUP_BY_NAME = sameNameQuery('$1', '$2');

/** The oldest enabled, not rejected group of the village with this normalised name. */
export async function groupByName(sql: Sql, villageCode: string, nameNorm: string): Promise<{ id: string; name: string } | null> {
  const rows = await sql.rows<{ id: string; name: string }>(GROUP_BY_NAME, [villageCode, nameNorm]);
  return rows[0] ?? null;
}

/**
 * The enabled, not rejected groups of the village whose normalised name is `base` or starts
 * with `base` and a space ("… rw 11"), oldest first: the registration's check for the same
 * group named with or without its RT/RW (the caller tells which of them are). The groups of
 * one desa are few, so the prefix is compared on the rows the (villageCode, nameNorm) index
 * finds for the desa.
 */
export async function groupsNamedFrom(
  sql: Sql,
  villageCode: string,
  base: string,
  alike?: { readonly loose: string; readonly ignoring: readonly string[] },
): Promise<NamedGroup[]> {
  // The name without the ignored words is worked out per row of the desa only (the village's
  // index picks them): a few dozen at most, in the same statement.
  const rows = await sql.rows<NamedGroupRow>(
    `SELECT g."id"::text AS "id", g."name", g."nameNorm", a."rw", a."rt", a."dusun"
     FROM "Group" g JOIN "Area" a ON a."id" = g."areaId"
     WHERE g."villageCode" = $1 AND g."active" AND g."verification" <> 'rejected'
       AND (g."nameNorm" = $2 OR left(g."nameNorm", length($2) + 1) = $2 || ' '
         OR ($3::text IS NOT NULL AND array_to_string(ARRAY(
           SELECT w FROM unnest(string_to_array(g."nameNorm", ' ')) WITH ORDINALITY AS t(w, n) WHERE NOT (w = ANY($4::text[])) ORDER BY n), ' ') = $3))
     ORDER BY g."createdAt", g."id"`,
    [villageCode, base, alike?.loose ?? null, alike?.ignoring ?? []],
  );
  return rows.map((row) => ({ id: row.id, name: row.name, nameNorm: row.nameNorm, unit: { rw: row.rw, rt: row.rt, dusun: row.dusun } }));
}

/** A row of {@link groupsNamedFrom}. */
interface NamedGroupRow {
  id: string;
  name: string;
  nameNorm: string;
  rw: number;
  rt: number;
  dusun: string;
}

/**
 * The area (village $2, RW $3, RT $4, dusun $5) as CTEs: "found" when it exists, else "made"
 * inserted with id $1 (and only when `guard`, a further condition, holds). A concurrent
 * insert of the same area makes both empty (its row is invisible to this statement): the
 * callers run the statement once more.
 */
function areaCtes(guard = ''): string {
  return `"found" AS (
      SELECT "id" FROM "Area" WHERE "villageCode" = $2 AND "rw" = $3::int AND "rt" = $4::int AND "dusun" = $5
    ), "made" AS (
      INSERT INTO "Area" ("id", "villageCode", "rw", "rt", "dusun")
      SELECT $1::uuid, $2, $3::int, $4::int, $5 WHERE NOT EXISTS (SELECT 1 FROM "found") ${guard}
      ON CONFLICT ("villageCode", "rw", "rt", "dusun") DO NOTHING
      RETURNING "id"
    )`;
}

/** What {@link insertGroup} did: the new group with the desa's other groups, or the enabled group that already has the name. */
export type InsertedGroup =
  | { readonly kind: 'created'; readonly view: GroupView; readonly others: GroupView[] }
  | { readonly kind: 'duplicate'; readonly existing: { readonly id: string; readonly name: string } };

/**
 * Inserts the group (pending verification, active) with `leaderId` as its active leader,
 * its area found or inserted, and returns its view: one statement. The same statement first
 * looks for an enabled, not rejected group of that name in the desa ({@link groupByName}'s
 * conditions) and, when there is one, inserts nothing and returns it: a registration's last
 * check costs no round trip of its own.
 *
 * The area: two registrations in the same new area may run at once. ON CONFLICT makes the
 * second wait for the first and then insert nothing (rather than raise a unique violation,
 * which would abort the transaction); the statement's snapshot, older than the first's
 * commit, does not see that area either, so it inserts no group, and the statement runs
 * again: a new statement sees the committed area.
 *
 * The view is built from what the statement inserted (its own inserts are invisible to its
 * reads), the region names joined as {@link groupViewById} joins them. The statement also
 * returns the desa's other groups as {@link groupViewsInVillage} lists them (without the new
 * one): a registration tells the leader how to link the group when there are any.
 */
export async function insertGroup(
  sql: Sql,
  group: NewGroup,
  nameNorm: string,
  leaderId: string,
  now: Date,
): Promise<InsertedGroup> {
  const { rw, rt, dusun } = group.unit;
  const values = [
    randomUUID(), group.villageCode, rw, rt, dusun, // $1–$5: the area
    randomUUID(), group.name, nameNorm, group.type, group.typeOther, group.memberCount, group.foundedYear, group.meetingSchedule, group.ketuaName, group.ketuaPhone, // $6–$15
    leaderId, utc(now), // $16, $17
  ];
  for (let attempt = 0; attempt < 2; attempt++) {
    const [row] = await sql.rows<Partial<GroupViewRow> & { others: GroupViewRow[] | null; duplicate: { id: string; name: string } | null }>(INSERT_UNLESS_NAMED, values);
    if (row?.duplicate) return { kind: 'duplicate', existing: row.duplicate };
    // The outer join fills every column of the new group or none: with its id present the row is whole.
    if (row?.id) return { kind: 'created', view: toGroupView(row as GroupViewRow), others: (row.others ?? []).map(toGroupView) };
  }
  throw new Error(`insertGroup: no area ${group.villageCode} ${JSON.stringify(group.unit)}`);
}

/** {@link insertGroup}'s statement: every insert of it waits on the duplicate-name check. */
const GUARD = 'AND NOT EXISTS (SELECT 1 FROM "duplicate")';
const INSERT_UNLESS_NAMED = `WITH "duplicate" AS (${sameNameQuery('$2', '$8')}), ${areaCtes(GUARD)}, "area" AS (
      SELECT "id" FROM "found" UNION ALL SELECT "id" FROM "made"
    ), "g" AS (
      INSERT INTO "Group" ("id", "name", "nameNorm", "type", "typeOther", "areaId", "villageCode", "memberCount", "foundedYear",
                           "meetingSchedule", "ketuaName", "ketuaPhone", "active", "verification", "createdAt", "updatedAt")
      SELECT $6::uuid, $7, $8, $9::"GroupType", $10::text, "area"."id", $2, $11::int, $12::int,
             $13::text, $14::text, $15::text, true, 'pending', $17::timestamp(3), $17::timestamp(3)
      FROM "area" WHERE true ${GUARD} LIMIT 1
      RETURNING *
    ), "leader" AS (
      INSERT INTO "GroupLeader" ("groupId", "personId", "role", "status", "createdAt")
      SELECT "id", $16::uuid, 'leader', 'active', $17::timestamp(3) FROM "g"
    )
    SELECT x.*, (SELECT json_build_object('id', d."id", 'name', d."name") FROM "duplicate" d) AS "duplicate"
    FROM (SELECT 1) AS "one" LEFT JOIN (
      SELECT ${VIEW_COLUMNS},
        (SELECT coalesce(json_agg(o ${BY_NAME}), '[]')
         FROM "Group" g
         JOIN "Area" a ON a."id" = g."areaId"
         ${REGION_JOINS}
         CROSS JOIN LATERAL (SELECT ${VIEW_COLUMNS}) o
         WHERE g."villageCode" = $2 AND g."active" AND g."verification" <> 'rejected' AND g."id" <> $6::uuid) AS "others"
      FROM "g" g
      CROSS JOIN (SELECT $3::int AS "rw", $4::int AS "rt", $5::text AS "dusun") a
      ${REGION_JOINS}
    ) x ON true`;

/** The id of the area (village, RW, RT, dusun), inserting it when new (the same race handling as {@link insertGroup}). */
export async function findOrCreateArea(sql: Sql, villageCode: string, unit: AreaUnit): Promise<string> {
  const text = `WITH ${areaCtes()}
    SELECT "id"::text AS "id" FROM "found" UNION ALL SELECT "id"::text FROM "made"`;
  const values = [randomUUID(), villageCode, unit.rw, unit.rt, unit.dusun];
  for (let attempt = 0; attempt < 2; attempt++) {
    const [row] = await sql.rows<{ id: string }>(text, values);
    if (row) return row.id;
  }
  throw new Error(`findOrCreateArea: no area ${villageCode} ${JSON.stringify(unit)}`);
}

/**
 * Writes the fields present in `changes` (undefined means "unchanged") and returns the new
 * view: one statement, or three when the place changes (the current place, when only part
 * of it changes; the area, found or inserted; the update). Fails when there is no such group.
 */
export async function updateGroup(sql: Sql, groupId: string, changes: GroupChanges, nameNorm: string | undefined, now: Date): Promise<GroupView> {
  if (!isUuid(groupId)) throw new Error(`group ${groupId} not found`);
  const values: unknown[] = [groupId];
  /** The placeholder of a new parameter. */
  const param = (value: unknown): string => `$${values.push(value)}`;
  const sets: string[] = [];
  if (changes.name !== undefined) {
    // Without it the duplicate-name check would go on matching the old name.
    if (nameNorm === undefined) throw new Error('GroupRepository.update: a new name needs its nameNorm');
    sets.push(`"name" = ${param(changes.name)}`, `"nameNorm" = ${param(nameNorm)}`);
  }
  if (changes.type !== undefined) sets.push(`"type" = ${param(changes.type)}::"GroupType"`);
  if (changes.typeOther !== undefined) sets.push(`"typeOther" = ${param(changes.typeOther)}::text`);
  if (changes.ketuaName !== undefined) sets.push(`"ketuaName" = ${param(changes.ketuaName)}::text`);
  if (changes.ketuaPhone !== undefined) sets.push(`"ketuaPhone" = ${param(changes.ketuaPhone)}::text`);
  if (changes.memberCount !== undefined) sets.push(`"memberCount" = ${param(changes.memberCount)}::int`);
  if (changes.foundedYear !== undefined) sets.push(`"foundedYear" = ${param(changes.foundedYear)}::int`);
  if (changes.meetingSchedule !== undefined) sets.push(`"meetingSchedule" = ${param(changes.meetingSchedule)}::text`);
  if (changes.unit !== undefined || changes.villageCode !== undefined) {
    const place = changes.unit !== undefined && changes.villageCode !== undefined ? { villageCode: changes.villageCode, unit: changes.unit } : await currentPlace(sql, groupId);
    const villageCode = changes.villageCode ?? place.villageCode;
    const areaId = await findOrCreateArea(sql, villageCode, changes.unit ?? place.unit);
    sets.push(`"areaId" = ${param(areaId)}::uuid`, `"villageCode" = ${param(villageCode)}`);
  }
  if (changes.reverify) sets.push(`"verification" = 'pending'`, `"verifiedAt" = NULL`, `"verifiedById" = NULL`, `"rejectionReason" = NULL`);
  sets.push(`"updatedAt" = ${param(utc(now))}::timestamp(3)`);
  const [row] = await sql.rows<GroupViewRow>(
    `WITH "g" AS (UPDATE "Group" SET ${sets.join(', ')} WHERE "id" = $1::uuid RETURNING *)
    SELECT ${VIEW_COLUMNS}
    FROM "g" g
    JOIN "Area" a ON a."id" = g."areaId"
    ${REGION_JOINS}`,
    values,
  );
  if (!row) throw new Error(`group ${groupId} not found`);
  return toGroupView(row);
}

/** The group's desa and area now (it must exist). */
async function currentPlace(sql: Sql, groupId: string): Promise<{ villageCode: string; unit: AreaUnit }> {
  const [row] = await sql.rows<{ villageCode: string; rw: number; rt: number; dusun: string }>(
    `SELECT g."villageCode", a."rw", a."rt", a."dusun" FROM "Group" g JOIN "Area" a ON a."id" = g."areaId" WHERE g."id" = $1::uuid`,
    [groupId],
  );
  if (!row) throw new Error(`group ${groupId} not found`);
  return { villageCode: row.villageCode, unit: { rw: row.rw, rt: row.rt, dusun: row.dusun } };
}

/** The ketua of each of `groupIds` that has one, by group id. */
export async function groupKetuas(sql: Sql, groupIds: readonly string[]): Promise<Map<string, GroupKetua>> {
  const ids = groupIds.filter(isUuid);
  if (ids.length === 0) return new Map();
  const rows = await sql.rows<{ id: string; ketuaName: string | null; ketuaPhone: string | null }>(
    `SELECT "id"::text AS "id", "ketuaName", "ketuaPhone" FROM "Group"
     WHERE "id" = ANY($1::uuid[]) AND ("ketuaName" IS NOT NULL OR "ketuaPhone" IS NOT NULL)`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, { name: row.ketuaName, phone: row.ketuaPhone }]));
}

/**
 * The person's role in the group when their membership is active (pending requests and
 * removed members hold no rights), with the group's view (as {@link groupViewById} reads
 * it), in one statement: an effect that checks the role mostly reads the group next (an
 * activity's reporting group, a group being edited or related). Null without an active membership.
 */
export async function leaderRoleWithView(sql: Sql, groupId: string, personId: string): Promise<{ role: 'leader' | 'coleader'; view: GroupView } | null> {
  if (!allUuids(groupId, personId)) return null;
  const rows = await sql.rows<GroupViewRow & { role: 'leader' | 'coleader' }>(
    `SELECT l."role"::text AS "role", ${VIEW_COLUMNS}
    FROM "GroupLeader" l
    JOIN "Group" g ON g."id" = l."groupId"
    JOIN "Area" a ON a."id" = g."areaId"
    ${REGION_JOINS}
    WHERE l."groupId" = $1::uuid AND l."personId" = $2::uuid AND l."status" = 'active'`,
    [groupId, personId],
  );
  const row = rows[0];
  return row ? { role: row.role, view: toGroupView(row) } : null;
}

/** The people with an active membership of the group, oldest first. */
export async function leaderIds(sql: Sql, groupId: string): Promise<string[]> {
  if (!isUuid(groupId)) return [];
  const rows = await sql.rows<{ personId: string }>(
    `SELECT "personId"::text AS "personId" FROM "GroupLeader" WHERE "groupId" = $1::uuid AND "status" = 'active'
     ORDER BY "createdAt", "personId"`,
    [groupId],
  );
  return rows.map((row) => row.personId);
}

/** Disables an active group; a repeated request keeps the first deactivatedAt. */
export async function deactivateGroup(sql: Sql, groupId: string, now: Date): Promise<void> {
  if (!isUuid(groupId)) return;
  await sql.write(
    `UPDATE "Group" SET "active" = false, "deactivatedAt" = $2::timestamp(3), "updatedAt" = $2::timestamp(3) WHERE "id" = $1::uuid AND "active"`,
    [groupId, utc(now)],
  );
}

/** When the group was deactivated, or null while it is active or missing. */
export async function deactivatedAt(sql: Sql, groupId: string): Promise<Date | null> {
  if (!isUuid(groupId)) return null;
  const rows = await sql.rows<{ atMs: number | null }>(
    `SELECT (EXTRACT(EPOCH FROM "deactivatedAt") * 1000)::float8 AS "atMs" FROM "Group" WHERE "id" = $1::uuid AND NOT "active"`,
    [groupId],
  );
  const atMs = rows[0]?.atMs;
  return atMs === undefined || atMs === null ? null : new Date(atMs);
}

/** Records an officer's verdict on a pending group; false when it is not pending (any more): the second of two racing verdicts. */
export async function setVerification(sql: Sql, groupId: string, verdict: Verdict, verifierId: string | null, reason: string | null, now: Date): Promise<boolean> {
  if (!allUuids(groupId) || (verifierId !== null && !isUuid(verifierId))) return false;
  const rows = await sql.rows(
    `UPDATE "Group" SET "verification" = $2::"VerificationStatus", "verifiedAt" = $5::timestamp(3), "verifiedById" = $3::uuid,
            "rejectionReason" = $4::text, "updatedAt" = $5::timestamp(3)
     WHERE "id" = $1::uuid AND "verification" = 'pending'
     RETURNING 1`,
    [groupId, verdict, verifierId, verdict === 'rejected' ? reason : null, utc(now)],
  );
  return rows.length > 0;
}

/** Whether the group's row changed after its verdict (the verdict sets both times alike). */
export async function changedSinceVerdict(sql: Sql, groupId: string): Promise<boolean> {
  if (!isUuid(groupId)) return false;
  const rows = await sql.rows<{ changed: boolean }>(
    `SELECT "verifiedAt" IS NOT NULL AND "updatedAt" > "verifiedAt" AS "changed" FROM "Group" WHERE "id" = $1::uuid`,
    [groupId],
  );
  return rows[0]?.changed === true;
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
    rejectionReason: row.verification === 'rejected' ? row.rejectionReason : null,
    ketuaName: row.ketuaName,
    ketuaPhone: row.ketuaPhone,
  };
}
