/**
 * Which of some groups a person leads (an active leader or co-leader membership, as the
 * verdict's own check reads it): the admin API marks those records `youLead`, since their
 * verdict and a merge must come from someone else (403), and the dashboard says so instead
 * of offering buttons that would fail.
 */
import type { PrismaTx } from '../transaction-runner.js';

/** The ids among `groupIds` that `personId` leads; empty for no person (the ADMIN_TOKEN holder) or no ids. */
export async function groupsLedBy(db: PrismaTx, personId: string | null, groupIds: readonly (string | null | undefined)[]): Promise<Set<string>> {
  const ids = [...new Set(groupIds.filter((id): id is string => typeof id === 'string'))];
  if (personId === null || ids.length === 0) return new Set();
  const rows = await db.groupLeader.findMany({ where: { personId, status: 'active', groupId: { in: ids } }, select: { groupId: true } });
  return new Set(rows.map((row) => row.groupId));
}
