/**
 * Seeds a group through the repository the way a registration saves one, for tests that
 * need groups without going through the chat (test/support/register-group.ts does that).
 */
import type { GroupRepository, GroupView, NewGroup } from '../../src/domain/model/groups.js';

/**
 * Creates the group (and its area row if new) with `leaderId` as its leader through
 * {@link GroupRepository.createUnlessNamed}, the registration's own write; fails when the
 * desa already has an enabled, not rejected group of that name (then nothing is written).
 */
export async function createGroup(groups: GroupRepository, group: NewGroup, nameNorm: string, leaderId: string, now: Date): Promise<GroupView> {
  const created = await groups.createUnlessNamed(group, nameNorm, leaderId, now);
  if (created.kind !== 'created') throw new Error(`createGroup: "${group.name}" is taken in ${group.villageCode} by ${created.existing.id}`);
  return created.group;
}
