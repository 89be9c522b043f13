/**
 * The main menu's facts in one statement of plain SQL. Each part repeats the conditions of
 * the query it stands for (group-sql.ts groupViewsLedByWithLastVillage; the inbox's lists,
 * activity-sql.ts PENDING_PARTICIPATIONS, relation-sql.ts PENDING_RELATIONS, co-leaders.ts
 * PENDING_CO_LEADERS; officer-repository.ts byPerson), counted instead of listed;
 * test/storage/home/menu-facts.test.ts holds them to the same answers.
 */
import type { MenuFacts, MenuStanding } from '../../domain/model/menu-facts.js';
import { isUuid } from '../groups/uuid.js';
import type { Sql } from '../unit-of-work/sql.js';

/** {@link MenuFacts} on a unit of work's SQL. */
export function createMenuFacts(sql: Sql): MenuFacts {
  return {
    async standing(personId): Promise<MenuStanding> {
      if (!isUuid(personId)) return { leads: false, inbox: 0, officer: false };
      const rows = await sql.rows<MenuStanding>(
        `SELECT
           EXISTS (
             SELECT 1 FROM "GroupLeader" l JOIN "Group" g ON g."id" = l."groupId" AND g."active"
             WHERE l."personId" = $1::uuid AND l."status" = 'active'
           ) AS "leads",
           (SELECT count(*) FROM "GroupLeader" l
              JOIN "Group" g ON g."id" = l."groupId" AND g."active"
              JOIN "ActivityParticipant" p ON p."groupId" = l."groupId" AND p."status" = 'pending'
              JOIN "Activity" a ON a."id" = p."activityId" AND a."verification" <> 'rejected'
            WHERE l."personId" = $1::uuid AND l."status" = 'active')::int
           + (SELECT count(*) FROM "GroupRelation" r
                JOIN "Group" ga ON ga."id" = r."groupAId" AND ga."active"
                JOIN "Group" gb ON gb."id" = r."groupBId" AND gb."active"
              WHERE r."status" = 'pending'
                AND EXISTS (SELECT 1 FROM "GroupLeader" l WHERE l."groupId" = gb."id" AND l."personId" = $1::uuid AND l."status" = 'active'))::int
           + (SELECT count(*) FROM "GroupLeader" c
                JOIN "Group" g ON g."id" = c."groupId" AND g."active"
              WHERE c."role" = 'coleader' AND c."status" = 'pending'
                AND EXISTS (SELECT 1 FROM "GroupLeader" l WHERE l."groupId" = g."id" AND l."personId" = $1::uuid AND l."status" = 'active'))::int
           AS "inbox",
           EXISTS (SELECT 1 FROM "Officer" o WHERE o."personId" = $1::uuid AND o."active") AS "officer"`,
        [personId],
      );
      const row = rows[0];
      return { leads: row?.leads === true, inbox: Number(row?.inbox ?? 0), officer: row?.officer === true };
    },
  };
}
