/**
 * The status facts of every desa of an area that has a group, in one statement: what
 * area-facts-sql.ts reads for one desa, read for all of them at once (a kabupaten has
 * hundreds), each table scanned once and the rows grouped by desa, as the national
 * recompute reads its facts (national-recompute.ts). The rows carry the same JSON as the
 * one-desa statement, so {@link areaFactsOf} turns them into the same facts;
 * test/storage/status/village-facts.test.ts checks them against `loadFacts`, desa by desa.
 *
 * The same rules of which rows are facts: rejected groups and activities never count,
 * deactivated groups are kept, relations pending or confirmed between two groups of the
 * desa, activities with a confirmed participant among the desa's groups, from `since` on.
 */
import type { VillageFacts } from '../../domain/model/area-counts.js';
import type { Sql } from '../unit-of-work/sql.js';
import { areaFactsOf, type AreaFactsRow } from './area-facts-sql.js';

/**
 * $1: the area's code and a dot ("34.02."), $2: its length, $3: `since` as YYYY-MM-DD. The
 * area's groups once (codes start with the area's), then their relations and activities
 * joined to them, each aggregated per desa; the desa named with their kecamatan.
 */
const VILLAGE_FACTS_SQL = `
WITH g AS (
  SELECT "id", "villageCode" AS v, "name", "type"::text AS "type", "typeOther", "active", "createdAt", "verification"::text AS "verification"
  FROM "Group"
  -- The area's desa from the regions (a tenth of the groups' rows), their groups by the index on the desa code.
  WHERE "villageCode" IN (SELECT "code" FROM "Region" WHERE "level" = 'village' AND left("code", $2) = $1) AND "verification" <> 'rejected'
), groups AS (
  SELECT v, json_agg(json_build_object(
    'id', "id"::text, 'name', "name", 'type', "type", 'typeOther', "typeOther", 'active', "active",
    'createdAt', to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'verification', "verification")) AS "groups"
  FROM g GROUP BY v
), relations AS (
  SELECT a.v, json_agg(json_build_object('groupAId', r."groupAId"::text, 'groupBId', r."groupBId"::text, 'status', r."status"::text)) AS "relations"
  -- Looked up per group by the index on groupAId (OFFSET 0 keeps the planner from turning it
  -- into a hash of every relation in the country, which took most of the statement's time).
  FROM g a CROSS JOIN LATERAL (
    SELECT "groupAId", "groupBId", "status" FROM "GroupRelation" WHERE "groupAId" = a."id" AND "status" IN ('pending', 'confirmed') OFFSET 0) r
  JOIN g b ON b."id" = r."groupBId" AND b.v = a.v
  GROUP BY a.v
), acts AS (
  SELECT g.v, a."id", to_char(a."date", 'YYYY-MM-DD') AS "date", a."verification"::text AS "verification",
         coalesce(array_agg(p."groupId"::text) FILTER (WHERE p."status" = 'confirmed'), '{}') AS "confirmed",
         coalesce(array_agg(p."groupId"::text) FILTER (WHERE p."status" = 'pending'), '{}') AS "pending",
         EXISTS (SELECT 1 FROM "ActivityBeneficiary" b WHERE b."activityId" = a."id" AND b."count" > 0) AS "servesPmks"
  FROM "ActivityParticipant" p JOIN g ON g."id" = p."groupId" JOIN "Activity" a ON a."id" = p."activityId"
  WHERE p."status" IN ('pending', 'confirmed') AND a."date" >= $3::date AND a."verification" <> 'rejected'
  GROUP BY g.v, a."id"
  HAVING bool_or(p."status" = 'confirmed')
), activities AS (
  SELECT v, json_agg(json_build_object(
    'id', "id"::text, 'date', "date", 'verification', "verification", 'confirmed', "confirmed", 'pending', "pending", 'servesPmks', "servesPmks")) AS "activities"
  FROM acts GROUP BY v
), aktif AS (
  SELECT DISTINCT "villageCode" AS v FROM "AreaLevelHistory" WHERE "rw" = 0 AND "level" = 'aktif' AND left("villageCode", $2) = $1
)
SELECT groups.v AS "code", vr."name", d."name" AS "districtName", aktif.v IS NOT NULL AS "everAktif", groups."groups",
       coalesce(relations."relations", '[]') AS "relations", coalesce(activities."activities", '[]') AS "activities"
FROM groups
JOIN "Region" vr ON vr."code" = groups.v
JOIN "Region" d ON d."code" = vr."parentCode"
LEFT JOIN relations ON relations.v = groups.v
LEFT JOIN activities ON activities.v = groups.v
LEFT JOIN aktif ON aktif.v = groups.v
ORDER BY groups.v`;

interface VillageFactsRow extends AreaFactsRow {
  readonly code: string;
  readonly name: string;
  readonly districtName: string;
}

/** The facts of each desa with a group under the area of `areaCode` (a kecamatan, kabupaten/kota or provinsi). */
export async function readVillageFacts(sql: Sql, areaCode: string, since: Date): Promise<VillageFacts[]> {
  const prefix = `${areaCode}.`;
  const rows = await sql.rows<VillageFactsRow>(VILLAGE_FACTS_SQL, [prefix, prefix.length, since.toISOString().slice(0, 10)]);
  return rows.map((row) => ({ code: row.code, name: row.name, districtName: row.districtName, facts: areaFactsOf(row) }));
}
