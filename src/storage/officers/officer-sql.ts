/**
 * The officer reads on a message's path: the officers an alert about a desa goes to, the
 * officer a person is (their panel, their verdicts), and the level override a status check shows. Plain SQL on the unit of work's connection, one
 * statement each.
 */
import { codePrefixes } from '../../domain/officers/coverage.js';
import type { LevelOverride, OfficerView } from '../../domain/model/officers.js';
import type { AreaRef, WksbmLevel } from '../../domain/model/status.js';
import { isUuid } from '../groups/uuid.js';
import type { Sql } from '../unit-of-work/sql.js';

/**
 * Active officers covering a desa, by id, with their areas. Covering officers are found by
 * the exact prefixes of its code at segment boundaries ("34", "34.04", "34.04.07",
 * "34.04.07.2001") on the OfficerArea.codePrefix index, however many officers and areas there
 * are: never a LIKE scan. The prefixes travel as one JSON array (a list of any length, and a
 * literal the statement that opens a transaction can carry).
 */
export async function officersForVillage(sql: Sql, villageCode: string, notLeading: string | null = null): Promise<OfficerView[]> {
  // One statement text either way (prepared once): without a group, $2 is null and leaves no one out.
  return sql.rows<OfficerView>(
    `SELECT ${OFFICER_COLUMNS}
     FROM "Officer" o
     WHERE o."active" AND o."id" IN (
       SELECT a."officerId" FROM "OfficerArea" a WHERE a."codePrefix" IN (SELECT jsonb_array_elements_text($1::jsonb))
     )
       AND NOT EXISTS (SELECT 1 FROM "GroupLeader" l WHERE l."groupId" = $2::uuid AND l."personId" = o."personId" AND l."status" = 'active')
     ORDER BY o."id"`,
    [JSON.stringify(codePrefixes(villageCode)), notLeading !== null && isUuid(notLeading) ? notLeading : null],
  );
}

/** The person's active officer record with its areas, or null (personId is unique). */
export async function officerByPerson(sql: Sql, personId: string): Promise<OfficerView | null> {
  if (!isUuid(personId)) return null;
  const [row] = await sql.rows<OfficerView>(`SELECT ${OFFICER_COLUMNS} FROM "Officer" o WHERE o."personId" = $1::uuid AND o."active"`, [personId]);
  return row ?? null;
}

/** An officer's columns as the {@link OfficerView} fields, its areas in code order. */
const OFFICER_COLUMNS = `o."id"::text AS "id", o."personId"::text AS "personId", o."kind"::text AS "kind", o."active",
  (SELECT p."displayName" FROM "Person" p WHERE p."id" = o."personId") AS "name",
  to_json(o."mutedKinds") AS "mutedKinds", o."quietStartMin", o."quietEndMin",
  (SELECT coalesce(json_agg(x."codePrefix" ORDER BY x."codePrefix"), '[]') FROM "OfficerArea" x WHERE x."officerId" = o."id") AS "areaPrefixes"`;

/**
 * The name of the officer who set the override `o` (SQL), as their person has it now: null
 * when they gave none or were erased. Every read of an override in force names them so.
 */
export const OVERRIDE_OFFICER_NAME = `(SELECT p."displayName" FROM "Officer" f JOIN "Person" p ON p."id" = f."personId" WHERE f."id" = o."officerId")`;

/** The override in force for an area (its newest not withdrawn), or null. Served by the (villageCode, rw, createdAt) index. */
export async function levelOverride(sql: Sql, area: AreaRef): Promise<LevelOverride | null> {
  const rows = await sql.rows<{ level: WksbmLevel; reason: string; officerId: string; officerName: string | null; createdAtMs: number }>(
    `SELECT o."level"::text AS "level", o."reason", o."officerId"::text AS "officerId", ${OVERRIDE_OFFICER_NAME} AS "officerName",
            (EXTRACT(EPOCH FROM o."createdAt") * 1000)::float8 AS "createdAtMs"
     FROM "AreaLevelOverride" o
     WHERE o."villageCode" = $1 AND o."rw" = $2::int AND o."clearedAt" IS NULL
     ORDER BY o."createdAt" DESC, o."id" DESC
     LIMIT 1`,
    [area.villageCode, area.rw !== undefined && area.rw > 0 ? area.rw : 0],
  );
  const row = rows[0];
  return row ? { level: row.level, reason: row.reason, officerId: row.officerId, officerName: row.officerName, createdAt: new Date(row.createdAtMs) } : null;
}
