/**
 * The ketua (contact) of groups: the name and phone kept on the group itself (issue #11: a
 * secretary may register for the ketua, so the contact is not the chat account's). Every
 * reader of a group's ketua goes through here.
 */
import type { GroupKetua } from '../../domain/model/groups.js';
import type { PrismaTx } from '../transaction-runner.js';
import { isUuid } from './uuid.js';

/** The ketua of each of `groupIds` that has one, by group id. */
export async function groupKetuas(db: PrismaTx, groupIds: readonly string[]): Promise<Map<string, GroupKetua>> {
  const ids = groupIds.filter(isUuid);
  if (ids.length === 0) return new Map();
  const rows = await db.group.findMany({
    where: { id: { in: ids }, OR: [{ ketuaName: { not: null } }, { ketuaPhone: { not: null } }] },
    select: { id: true, ketuaName: true, ketuaPhone: true },
  });
  return new Map(rows.map((row) => [row.id, { name: row.ketuaName, phone: row.ketuaPhone }]));
}
