/**
 * {@link GroupRepository}: groups, their areas and their leaders, as plain SQL on the unit
 * of work (group-sql.ts, co-leaders.ts): no ORM between the chat flows and these tables.
 */
import type { GroupRepository, GroupView } from '../../domain/model/groups.js';
import type { PrismaTx } from '../transaction-runner.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import { decideCoLeader, requestCoLeader } from './co-leaders.js';
import * as groups from './group-sql.js';
import { mergeGroupInto } from './group-merge-sql.js';
import { GroupViewsRead } from './group-views-read.js';
import { SharedReads } from '../unit-of-work/shared-reads.js';
import { isUuid } from './uuid.js';

/** The key of a desa's list without `excludeIds` (ids that are no uuid name no group, so they change nothing). */
function villageKey(villageCode: string, excludeIds: readonly string[]): string {
  return JSON.stringify([villageCode, [...new Set(excludeIds.filter(isUuid))].sort()]);
}

/**
 * Builds the group repository on one transaction's plain SQL (by default through its Prisma
 * client). "Enabled" means active (not deactivated); lists others can pick from and the
 * duplicate-name check also leave out groups an officer rejected, while a leader's own list
 * keeps them so that the leader sees the verdict. `views` keeps the views read by id or in
 * a list until a write (the transaction's, shared with whatever else writes groups in it).
 * A person's groups are read with their last desa, offered to `lastVillages` (the people
 * repository's) while the statement is on its way.
 */
export function createGroupRepository(
  tx: PrismaTx,
  sql: Sql = prismaSql(tx),
  views = new GroupViewsRead(),
  lastVillages = new SharedReads<string | null>(),
): GroupRepository {
  const ledBy = new SharedReads<GroupView[]>();
  const readLedBy = async (personId: string): Promise<GroupView[]> => {
    const read = groups.groupViewsLedByWithLastVillage(sql, personId);
    lastVillages.along(personId, read.then((found) => found.lastVillage));
    return (await read).views;
  };
  /** Runs a write; a read asked for after it is read again, not shared with one asked for before. */
  const write = <T>(run: () => Promise<T>): Promise<T> => {
    ledBy.clear();
    views.clear();
    return run();
  };
  return {
    findByName: (villageCode, nameNorm) => groups.groupByName(sql, villageCode, nameNorm),

    findNamedFrom: (villageCode, base, alike) => groups.groupsNamedFrom(sql, villageCode, base, alike),

    // The insert returns the desa's other groups too: a registration lists them right after (the link hint).
    createUnlessNamed: async (group, nameNorm, leaderId, now) => {
      const inserted = await write(() => groups.insertGroup(sql, group, nameNorm, leaderId, now));
      if (inserted.kind === 'duplicate') return inserted;
      views.keepListed(villageKey(inserted.view.villageCode, [inserted.view.id]), inserted.others);
      return { kind: 'created', group: inserted.view };
    },

    // Saving an activity reads a partner again for its notice, after the desa's list had it.
    get: (groupId) => views.get(groupId, () => groups.groupViewById(sql, groupId)),

    ketua: async (groupId) => (await groups.groupKetuas(sql, [groupId])).get(groupId) ?? null,

    // A flow often asks for the person's groups twice at once (the groups, and the desa they
    // are in): the second shares the first's statement, and so does the person's last desa.
    listLedBy: async (personId) => [...(await ledBy.read(personId, () => views.list(() => readLedBy(personId))))],

    listNamed: (nameNorm, limit) => groups.groupViewsNamed(sql, nameNorm, limit),

    listInVillage: (villageCode, excludeIds) => views.listed(villageKey(villageCode, excludeIds), () => groups.groupViewsInVillage(sql, villageCode, excludeIds)),

    // The role check reads the group's view too: the group is mostly read right after it.
    leaderRole: async (groupId, personId) =>
      (await views.along(() => groups.leaderRoleWithView(sql, groupId, personId), (found) => (found ? [found.view] : [])))?.role ?? null,

    update: (groupId, changes, nameNorm, now) => write(() => groups.updateGroup(sql, groupId, changes, nameNorm, now)),

    deactivate: (groupId, now) => write(() => groups.deactivateGroup(sql, groupId, now)),

    deactivatedAt: (groupId) => groups.deactivatedAt(sql, groupId),

    requestCoLeader: (groupId, personId, now) => write(() => requestCoLeader(sql, groupId, personId, now)),

    decideCoLeader: (groupId, requesterId, accept) => write(() => decideCoLeader(sql, groupId, requesterId, accept)),

    leaderIds: (groupId) => groups.leaderIds(sql, groupId),

    setVerification: (groupId, verdict, verifierId, reason, now) => write(() => groups.setVerification(sql, groupId, verdict, verifierId, reason, now)),
    changedSinceVerdict: (groupId) => groups.changedSinceVerdict(sql, groupId),

    mergeInto: (fromId, intoId, now) => write(() => mergeGroupInto(sql, fromId, intoId, now)),
  };
}
