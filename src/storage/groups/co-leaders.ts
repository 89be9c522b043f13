/**
 * Co-leader requests, kept as `GroupLeader` rows: pending while the leaders decide, then
 * active (accepted) or removed (declined, or later removed). Plain SQL on the unit of work.
 */
import type { QueryParts } from '../unit-of-work/query-parts.js';
import { utc, type Sql } from '../unit-of-work/sql.js';
import { allUuids } from './uuid.js';

/**
 * Records a pending co-leader request of `personId` for an enabled group. False when the
 * person already has a row there (pending, active leader or co-leader), or the group is
 * missing or disabled. A removed row is turned back into a pending request, since the
 * (group, person) key allows one row only; its createdAt becomes the new request's time.
 *
 * One statement. The insert: ON CONFLICT makes a second, concurrent request by the same
 * person wait for the first and then insert nothing, instead of failing on the primary key
 * (which would abort the PostgreSQL transaction); selecting from "Group" skips missing and
 * disabled groups without a foreign-key error. The renewal: its status condition is
 * re-checked after a concurrent writer commits, so of two racing renewals only one reports
 * success; a row the insert found inserted by another request is not in this statement's
 * snapshot, so it is not renewed either.
 */
export async function requestCoLeader(sql: Sql, groupId: string, personId: string, now: Date): Promise<boolean> {
  if (!allUuids(groupId, personId)) return false;
  const rows = await sql.rows<{ done: boolean }>(
    `WITH "inserted" AS (
       INSERT INTO "GroupLeader" ("groupId", "personId", "role", "status", "createdAt")
       SELECT g."id", $2::uuid, 'coleader', 'pending', $3::timestamp(3)
       FROM "Group" g WHERE g."id" = $1::uuid AND g."active"
       ON CONFLICT ("groupId", "personId") DO NOTHING
       RETURNING 1
     ), "renewed" AS (
       UPDATE "GroupLeader" l SET "role" = 'coleader', "status" = 'pending', "createdAt" = $3::timestamp(3)
       FROM "Group" g
       WHERE l."groupId" = $1::uuid AND l."personId" = $2::uuid AND l."status" = 'removed'
         AND g."id" = l."groupId" AND g."active" AND NOT EXISTS (SELECT 1 FROM "inserted")
       RETURNING 1
     )
     SELECT EXISTS (SELECT 1 FROM "inserted") OR EXISTS (SELECT 1 FROM "renewed") AS "done"`,
    [groupId, personId, utc(now)],
  );
  return rows[0]?.done === true;
}

/**
 * Pending co-leader requests for enabled groups the person ($1, a uuid) actively leads or
 * co-leads, oldest first: one of the confirmation inbox statement's lists (inbox-sql.ts).
 */
export const PENDING_CO_LEADERS: QueryParts = {
  columns: `l."groupId"::text AS "groupId", g."name" AS "groupName", l."personId"::text AS "requesterId", p."displayName" AS "requesterName", p."phoneE164" AS "requesterPhone"`,
  from: `FROM "GroupLeader" l
     JOIN "Group" g ON g."id" = l."groupId" AND g."active"
     JOIN "Person" p ON p."id" = l."personId"
     WHERE l."role" = 'coleader' AND l."status" = 'pending'
       AND EXISTS (SELECT 1 FROM "GroupLeader" m WHERE m."groupId" = g."id" AND m."personId" = $1::uuid AND m."status" = 'active')`,
  order: `l."createdAt", l."groupId", l."personId"`,
};

/**
 * Accepts (active co-leader) or declines (removed) a pending request. False when it is not
 * pending (any more): the status condition makes the second of two racing decisions a no-op.
 */
export async function decideCoLeader(sql: Sql, groupId: string, requesterId: string, accept: boolean): Promise<boolean> {
  if (!allUuids(groupId, requesterId)) return false;
  const rows = await sql.rows(
    `UPDATE "GroupLeader" SET "status" = $3::"MembershipStatus"
     WHERE "groupId" = $1::uuid AND "personId" = $2::uuid AND "role" = 'coleader' AND "status" = 'pending'
     RETURNING 1`,
    [groupId, requesterId, accept ? 'active' : 'removed'],
  );
  return rows.length > 0;
}
