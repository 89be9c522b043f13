/**
 * The statements of the relation aggregate on a message's path (the requests waiting in a
 * leader's inbox, their answers, the group a relation asks): plain SQL on the unit of work's
 * connection, one statement each. In a GroupRelation row groupA declared the tie and groupB
 * is asked to confirm it.
 */
import type { RelationRequest } from '../../domain/model/relations.js';
import { isUuid } from '../groups/uuid.js';
import { utc, type Sql } from '../unit-of-work/sql.js';

/**
 * Pending relations addressed to enabled groups the person actively leads, oldest first. A
 * disabled group on either side makes the question moot.
 */
export async function pendingFor(sql: Sql, leaderId: string): Promise<RelationRequest[]> {
  if (!isUuid(leaderId)) return [];
  // "kind" is the text of the RelationKind enum column, so it is one of RELATION_KINDS.
  return sql.rows<RelationRequest & Record<string, unknown>>(
    `SELECT r."id"::text AS "relationId", r."kind"::text AS "kind", r."groupBId"::text AS "groupId", gb."name" AS "groupName",
            ga."name" AS "fromGroupName", r."groupAId"::text AS "fromGroupId"
     FROM "GroupRelation" r
     JOIN "Group" ga ON ga."id" = r."groupAId" AND ga."active"
     JOIN "Group" gb ON gb."id" = r."groupBId" AND gb."active"
     WHERE r."status" = 'pending'
       AND EXISTS (SELECT 1 FROM "GroupLeader" l WHERE l."groupId" = gb."id" AND l."personId" = $1::uuid AND l."status" = 'active')
     ORDER BY r."createdAt", r."id"`,
    [leaderId],
  );
}

/** Confirms or declines a pending relation; the status condition makes the second of two racing decisions a no-op. */
export async function decide(sql: Sql, relationId: string, confirm: boolean, now: Date): Promise<boolean> {
  if (!isUuid(relationId)) return false;
  const rows = confirm
    ? await sql.rows(
        `UPDATE "GroupRelation" SET "status" = 'confirmed', "confirmedAt" = $2::timestamp(3) WHERE "id" = $1::uuid AND "status" = 'pending' RETURNING 1 AS "decided"`,
        [relationId, utc(now)],
      )
    : await sql.rows(`UPDATE "GroupRelation" SET "status" = 'declined' WHERE "id" = $1::uuid AND "status" = 'pending' RETURNING 1 AS "decided"`, [relationId]);
  return rows.length > 0;
}

/** The group a relation asks to confirm, with its desa, or null. */
export async function targetGroup(sql: Sql, relationId: string): Promise<{ readonly groupId: string; readonly villageCode: string } | null> {
  if (!isUuid(relationId)) return null;
  const rows = await sql.rows<{ groupId: string; villageCode: string }>(
    `SELECT r."groupBId"::text AS "groupId", g."villageCode" FROM "GroupRelation" r JOIN "Group" g ON g."id" = r."groupBId" WHERE r."id" = $1::uuid`,
    [relationId],
  );
  return rows[0] ?? null;
}
