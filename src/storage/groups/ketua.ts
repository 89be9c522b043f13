/**
 * The ketua (contact) of groups: today the name and phone of the person who leads the group
 * (role leader, active). Every reader of a group's ketua goes through here, so moving the
 * ketua onto the group itself changes this file only.
 */
import type { GroupKetua } from '../../domain/groups/ports.js';
import type { PrismaTx } from '../transaction-runner.js';
import { isUuid } from './uuid.js';

/** The ketua of each of `groupIds` that has one, by group id. */
export async function groupKetuas(db: PrismaTx, groupIds: readonly string[]): Promise<Map<string, GroupKetua>> {
  const ids = groupIds.filter(isUuid);
  if (ids.length === 0) return new Map();
  const rows = await db.groupLeader.findMany({
    where: { groupId: { in: ids }, role: 'leader', status: 'active' },
    select: { groupId: true, person: { select: { displayName: true, phoneE164: true } } },
  });
  return new Map(rows.map((row) => [row.groupId, { name: row.person.displayName, phone: row.person.phoneE164 }]));
}
