/**
 * Co-leader requests, kept as `GroupLeader` rows: pending while the leaders decide, then
 * active (accepted) or removed (declined, or later removed).
 */
import type { CoLeaderRequest } from '../../domain/model/groups.js';
import type { PrismaTx } from '../transaction-runner.js';
import { allUuids, isUuid } from './uuid.js';

/**
 * Records a pending co-leader request of `personId` for an enabled group. False when the
 * person already has a row there (pending, active leader or co-leader), or the group is
 * missing or disabled. A removed row is turned back into a pending request, since the
 * (group, person) key allows one row only; its createdAt becomes the new request's time.
 */
export async function requestCoLeader(tx: PrismaTx, groupId: string, personId: string, now: Date): Promise<boolean> {
  if (!allUuids(groupId, personId)) return false;
  // ON CONFLICT makes a second, concurrent request by the same person wait for the first
  // and then insert nothing, instead of failing on the primary key (which would abort the
  // PostgreSQL transaction). Selecting from "Group" skips missing and disabled groups
  // without a foreign-key error.
  const inserted = await tx.$executeRaw`
    INSERT INTO "GroupLeader" ("groupId", "personId", "role", "status", "createdAt")
    SELECT g."id", ${personId}::uuid, 'coleader', 'pending', ${now}
    FROM "Group" g WHERE g."id" = ${groupId}::uuid AND g."active"
    ON CONFLICT ("groupId", "personId") DO NOTHING`;
  if (inserted > 0) return true;
  // The status condition is re-checked after a concurrent writer commits, so of two racing
  // renewals only one reports success.
  const renewed = await tx.groupLeader.updateMany({
    where: { groupId, personId, status: 'removed', group: { active: true } },
    data: { role: 'coleader', status: 'pending', createdAt: now },
  });
  return renewed.count > 0;
}

/** Pending co-leader requests for enabled groups the person actively leads or co-leads, oldest first. */
export async function pendingCoLeaderRequests(tx: PrismaTx, leaderId: string): Promise<CoLeaderRequest[]> {
  if (!isUuid(leaderId)) return [];
  const rows = await tx.groupLeader.findMany({
    where: {
      role: 'coleader',
      status: 'pending',
      group: { active: true, leaders: { some: { personId: leaderId, status: 'active' } } },
    },
    select: { groupId: true, personId: true, group: { select: { name: true } }, person: { select: { displayName: true } } },
    orderBy: [{ createdAt: 'asc' }, { groupId: 'asc' }, { personId: 'asc' }],
  });
  return rows.map((row) => ({
    groupId: row.groupId,
    groupName: row.group.name,
    requesterId: row.personId,
    requesterName: row.person.displayName,
  }));
}

/**
 * Accepts (active co-leader) or declines (removed) a pending request. False when it is not
 * pending (any more): the status condition makes the second of two racing decisions a no-op.
 */
export async function decideCoLeader(tx: PrismaTx, groupId: string, requesterId: string, accept: boolean): Promise<boolean> {
  if (!allUuids(groupId, requesterId)) return false;
  const decided = await tx.groupLeader.updateMany({
    where: { groupId, personId: requesterId, role: 'coleader', status: 'pending' },
    data: { status: accept ? 'active' : 'removed' },
  });
  return decided.count > 0;
}
