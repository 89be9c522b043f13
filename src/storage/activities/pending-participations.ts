/** The participation requests a group leader is asked to answer. */
import type { ParticipationRequest } from '../../domain/model/activities.js';
import type { PrismaTx } from '../transaction-runner.js';
import { isUuid } from '../groups/uuid.js';

/**
 * Pending participations of enabled groups the person actively leads or co-leads, oldest
 * activity first, leaving out activities an officer rejected. One query: the reporting
 * group is taken in a lateral subquery per row, from the activity's primary key.
 *
 * The reporting group is not stored; it is the participant confirmed first, because
 * `create` confirms the reporter's own group at once and partners only confirm later.
 */
export async function pendingParticipations(tx: PrismaTx, leaderId: string): Promise<ParticipationRequest[]> {
  if (!isUuid(leaderId)) return [];
  // "category" is the text of the ActivityCategory enum column, so it is one of ACTIVITY_CATEGORIES.
  return tx.$queryRaw<ParticipationRequest[]>`
    SELECT p."activityId", p."groupId", g."name" AS "groupName",
           to_char(a."date", 'YYYY-MM-DD') AS "date", a."category"::text AS "category", a."description",
           COALESCE(reporter."name", '') AS "reportedByGroup"
    FROM "GroupLeader" l
    JOIN "Group" g ON g."id" = l."groupId" AND g."active"
    JOIN "ActivityParticipant" p ON p."groupId" = l."groupId" AND p."status" = 'pending'
    JOIN "Activity" a ON a."id" = p."activityId" AND a."verification" <> 'rejected'
    LEFT JOIN LATERAL (
      SELECT rg."name"
      FROM "ActivityParticipant" c
      JOIN "Group" rg ON rg."id" = c."groupId"
      WHERE c."activityId" = p."activityId" AND c."status" = 'confirmed'
      ORDER BY c."confirmedAt", c."groupId"
      LIMIT 1
    ) reporter ON true
    WHERE l."personId" = ${leaderId}::uuid AND l."status" = 'active'
    ORDER BY a."createdAt", a."id", g."nameNorm" COLLATE "C", g."id"`;
}
