/**
 * The statements of the relation aggregate (declaring one, the requests waiting in a
 * leader's inbox, their answers, the group a relation asks): plain SQL on the unit of work's
 * connection, one statement each (declaring takes its lock first). In a GroupRelation row groupA declared the tie and groupB
 * is asked to confirm it.
 */
import type { ExistingRelation, RelationKind } from '../../domain/model/relations.js';
import { isUuid } from '../groups/uuid.js';
import type { QueryParts } from '../unit-of-work/query-parts.js';
import { utc, type Sql } from '../unit-of-work/sql.js';

/**
 * Pending relations addressed to enabled groups the person ($1, a uuid) actively leads,
 * oldest first: one of the confirmation inbox statement's lists (inbox-sql.ts). A disabled
 * group on either side makes the question moot; "kind" is the text of the RelationKind enum
 * column, so it is one of RELATION_KINDS.
 */
export const PENDING_RELATIONS: QueryParts = {
  columns: `r."id"::text AS "relationId", r."kind"::text AS "kind", r."groupBId"::text AS "groupId", gb."name" AS "groupName",
            ga."name" AS "fromGroupName", r."groupAId"::text AS "fromGroupId"`,
  from: `FROM "GroupRelation" r
     JOIN "Group" ga ON ga."id" = r."groupAId" AND ga."active"
     JOIN "Group" gb ON gb."id" = r."groupBId" AND gb."active"
     WHERE r."status" = 'pending'
       AND EXISTS (SELECT 1 FROM "GroupLeader" l WHERE l."groupId" = gb."id" AND l."personId" = $1::uuid AND l."status" = 'active')`,
  order: `r."createdAt", r."id"`,
};

/**
 * Confirms (with who confirmed it, `deciderId`) or declines a pending relation; the status
 * condition makes the second of two racing decisions a no-op.
 */
export async function decide(sql: Sql, relationId: string, confirm: boolean, deciderId: string, now: Date): Promise<boolean> {
  if (!isUuid(relationId)) return false;
  const rows = confirm
    ? await sql.rows(
        `UPDATE "GroupRelation" SET "status" = 'confirmed', "confirmedAt" = $2::timestamp(3), "confirmedById" = $3::uuid
         WHERE "id" = $1::uuid AND "status" = 'pending' RETURNING 1 AS "decided"`,
        [relationId, utc(now), deciderId],
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

/**
 * The pending or confirmed relation of `kind` between two groups, either direction (a
 * confirmed one first), as {@link declare} found it; null when there is none.
 */
export async function existing(sql: Sql, fromGroupId: string, toGroupId: string, kind: RelationKind): Promise<ExistingRelation | null> {
  const rows = await sql.rows<{ status: 'pending' | 'confirmed'; sinceMs: number; askedOfDeclarer: boolean }>(
    `SELECT "status"::text AS "status", (EXTRACT(EPOCH FROM COALESCE("confirmedAt", "createdAt")) * 1000)::float8 AS "sinceMs", ("groupBId" = $1::uuid) AS "askedOfDeclarer"
     FROM "GroupRelation"
     WHERE "kind" = $3::"RelationKind" AND "status" IN ('pending', 'confirmed')
       AND (("groupAId" = $1::uuid AND "groupBId" = $2::uuid) OR ("groupAId" = $2::uuid AND "groupBId" = $1::uuid))
     ORDER BY ("status" = 'confirmed') DESC
     LIMIT 1`,
    [fromGroupId, toGroupId, kind],
  );
  const row = rows[0];
  if (!row) return null;
  return { status: row.status, since: new Date(row.sinceMs), askedOfDeclarer: row.status === 'pending' && row.askedOfDeclarer };
}

/**
 * Declares a relation of `kind` from one group to another, unless the pair already has one
 * of that kind, pending or confirmed, in either direction. A declined one in the same
 * direction is reused (the (groupA, groupB, kind) key allows one row) and becomes a fresh
 * pending declaration. Null when the pair has one.
 *
 * The unique key covers one direction only, so the leaders of both groups declaring the
 * same tie at once would both insert. A transaction-scoped advisory lock on the unordered
 * pair and kind, taken in a statement of its own before the check (whose snapshot must see
 * what the lock waited for), makes the second wait until the first commits and then find its row.
 */
export async function declare(sql: Sql, fromGroupId: string, toGroupId: string, kind: RelationKind, declaredById: string, now: Date): Promise<string | null> {
  const [low, high] = fromGroupId < toGroupId ? [fromGroupId, toGroupId] : [toGroupId, fromGroupId];
  // Held for the check's round trip: the check still starts (and takes its snapshot) once the lock is held.
  await sql.write(`SELECT count(*)::int AS "locked" FROM (SELECT pg_advisory_xact_lock(hashtextextended($1, 0))) AS "l"`, [`GroupRelation:${kind}:${low}:${high}`]);
  const rows = await sql.rows<{ id: string }>(
    // Both branches of the check are served by the (groupAId, groupBId, kind) unique index.
    `INSERT INTO "GroupRelation" ("id", "groupAId", "groupBId", "kind", "status", "declaredById", "createdAt")
     SELECT gen_random_uuid(), $1::uuid, $2::uuid, $3::"RelationKind", 'pending'::"ParticipationStatus", $4::uuid, $5::timestamp(3)
     WHERE NOT EXISTS (
       SELECT 1 FROM "GroupRelation"
       WHERE "kind" = $3::"RelationKind" AND "status" IN ('pending', 'confirmed')
         AND (("groupAId" = $1::uuid AND "groupBId" = $2::uuid) OR ("groupAId" = $2::uuid AND "groupBId" = $1::uuid))
     )
     ON CONFLICT ("groupAId", "groupBId", "kind") DO UPDATE
       SET "status" = 'pending', "declaredById" = EXCLUDED."declaredById", "confirmedAt" = NULL, "confirmedById" = NULL, "createdAt" = EXCLUDED."createdAt"
     RETURNING "id"::text AS "id"`,
    [fromGroupId, toGroupId, kind, declaredById, utc(now)],
  );
  return rows[0]?.id ?? null;
}
