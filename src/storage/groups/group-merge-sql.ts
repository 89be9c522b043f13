/**
 * Merging a group registered twice into the one that stays: its leaders, its part in
 * activities and its relations move over, and the duplicate row is deleted. A cold path
 * (an officer's or the admin's action through the API), so one statement per table, in
 * the caller's transaction, in an order where each sees the one before.
 *
 * Where both groups already had the same thing (one activity, one tie to a third group, one
 * person leading both), the stronger of the two is kept: confirmed over pending over
 * declined; of two confirmations the earlier (the reporting group of an activity is the one
 * that confirmed first). A tie or a joint activity between the two rows themselves was the
 * group with itself: the tie is dropped and the activity keeps one participation.
 */
import type { GroupMergeCounts } from '../../domain/model/groups.js';
import { utc, type Sql } from '../unit-of-work/sql.js';
import { allUuids } from './uuid.js';

/** The rank of a participation or relation status, as SQL: the higher is kept. */
const rank = (column: string): string => `(CASE ${column} WHEN 'confirmed' THEN 2 WHEN 'pending' THEN 1 ELSE 0 END)`;

/**
 * Moves everything of `fromId` to `intoId` and deletes `fromId`; null when either group is
 * missing (both are locked first, so a merge racing another sees the first one's result).
 */
export async function mergeGroupInto(sql: Sql, fromId: string, intoId: string, now: Date): Promise<GroupMergeCounts | null> {
  if (!allUuids(fromId, intoId) || fromId === intoId) return null;
  const locked = await sql.rows<{ id: string }>(`SELECT "id" FROM "Group" WHERE "id" IN ($1::uuid, $2::uuid) ORDER BY "id" FOR UPDATE`, [fromId, intoId]);
  if (locked.length !== 2) return null;
  const ids = [fromId, intoId];

  // Leaders: the duplicate's ketua becomes a co-leader where the group staying has an active
  // ketua already; a person in both keeps the stronger membership.
  const leaders = await sql.rows<{ moved: boolean }>(
    `INSERT INTO "GroupLeader" ("groupId", "personId", "role", "status", "createdAt")
     SELECT $2::uuid, l."personId",
            CASE WHEN l."role" = 'leader' AND EXISTS (
              SELECT 1 FROM "GroupLeader" k WHERE k."groupId" = $2::uuid AND k."role" = 'leader' AND k."status" = 'active'
            ) THEN 'coleader'::"LeaderRole" ELSE l."role" END,
            l."status", l."createdAt"
     FROM "GroupLeader" l WHERE l."groupId" = $1::uuid
     ON CONFLICT ("groupId", "personId") DO UPDATE SET "status" = 'active'
       WHERE "GroupLeader"."status" <> 'active' AND EXCLUDED."status" = 'active'
     RETURNING (xmax = 0) AS "moved"`,
    ids,
  );

  // Activities both took part in: the stronger participation on the row that stays.
  await sql.rows(
    `UPDATE "ActivityParticipant" k
     SET "status" = d."status", "confirmedAt" = d."confirmedAt", "confirmedById" = d."confirmedById"
     FROM "ActivityParticipant" d
     WHERE d."groupId" = $1::uuid AND k."groupId" = $2::uuid AND k."activityId" = d."activityId"
       AND (${rank('d."status"')} > ${rank('k."status"')}
            OR (d."status" = 'confirmed' AND k."status" = 'confirmed' AND d."confirmedAt" < k."confirmedAt"))`,
    ids,
  );
  const activities = await sql.rows<{ activityId: string }>(
    `UPDATE "ActivityParticipant" d SET "groupId" = $2::uuid
     WHERE d."groupId" = $1::uuid
       AND NOT EXISTS (SELECT 1 FROM "ActivityParticipant" k WHERE k."activityId" = d."activityId" AND k."groupId" = $2::uuid)
     RETURNING d."activityId"`,
    ids,
  );

  // Relations: the tie between the two rows goes; a tie both had to a third group keeps the
  // stronger status on the row that stays; the rest point at the group that stays.
  await sql.rows(
    `DELETE FROM "GroupRelation" WHERE ("groupAId" = $1::uuid AND "groupBId" = $2::uuid) OR ("groupAId" = $2::uuid AND "groupBId" = $1::uuid)`,
    ids,
  );
  await sql.rows(
    `WITH "dup" AS (
       SELECT r."id", r."kind", r."status", r."confirmedAt", r."confirmedById",
              CASE WHEN r."groupAId" = $1::uuid THEN r."groupBId" ELSE r."groupAId" END AS "other"
       FROM "GroupRelation" r WHERE $1::uuid IN (r."groupAId", r."groupBId")
     ), "pair" AS (
       SELECT k."id" AS "keepId", d."id" AS "dupId", d."status", d."confirmedAt", d."confirmedById",
              ${rank('d."status"')} > ${rank('k."status"')} AS "stronger"
       FROM "dup" d JOIN "GroupRelation" k ON k."kind" = d."kind"
         AND ((k."groupAId" = $2::uuid AND k."groupBId" = d."other") OR (k."groupBId" = $2::uuid AND k."groupAId" = d."other"))
     ), "kept" AS (
       UPDATE "GroupRelation" k SET "status" = p."status", "confirmedAt" = p."confirmedAt", "confirmedById" = p."confirmedById"
       FROM "pair" p WHERE k."id" = p."keepId" AND p."stronger"
     )
     DELETE FROM "GroupRelation" WHERE "id" IN (SELECT "dupId" FROM "pair")`,
    ids,
  );
  const relations = await sql.rows<{ id: string }>(
    `UPDATE "GroupRelation"
     SET "groupAId" = CASE WHEN "groupAId" = $1::uuid THEN $2::uuid ELSE "groupAId" END,
         "groupBId" = CASE WHEN "groupBId" = $1::uuid THEN $2::uuid ELSE "groupBId" END
     WHERE $1::uuid IN ("groupAId", "groupBId")
     RETURNING "id"`,
    ids,
  );

  // What the group staying lacks, the duplicate may know (its ketua, year, meetings).
  await sql.rows(
    `UPDATE "Group" k SET
       "ketuaName" = COALESCE(k."ketuaName", d."ketuaName"),
       "ketuaPhone" = COALESCE(k."ketuaPhone", d."ketuaPhone"),
       "foundedYear" = COALESCE(k."foundedYear", d."foundedYear"),
       "meetingSchedule" = COALESCE(k."meetingSchedule", d."meetingSchedule"),
       "updatedAt" = $3::timestamp(3)
     FROM "Group" d WHERE k."id" = $2::uuid AND d."id" = $1::uuid`,
    [fromId, intoId, utc(now)],
  );
  await sql.rows(`DELETE FROM "Group" WHERE "id" = $1::uuid`, [fromId]);
  return { leaders: leaders.filter((row) => row.moved).length, activities: activities.length, relations: relations.length };
}
