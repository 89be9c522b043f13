/**
 * {@link GroupRepository}: groups, their areas and their leaders. What the chat flows run
 * often is plain SQL on the unit of work (group-sql.ts); the rarer writes (a correction,
 * co-leader requests) go through Prisma, in the same transaction.
 */
import type { GroupChanges, GroupRepository, GroupView } from '../../domain/model/groups.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { PrismaTx } from '../transaction-runner.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import { decideCoLeader, pendingCoLeaderRequests, requestCoLeader } from './co-leaders.js';
import * as groups from './group-sql.js';

/**
 * Builds the group repository on one transaction: its Prisma client and its plain SQL (by
 * default through that client). "Enabled" means active (not deactivated); lists others can
 * pick from and the duplicate-name check also leave out groups an officer rejected, while a
 * leader's own list keeps them so that the leader sees the verdict.
 */
export function createGroupRepository(tx: PrismaTx, sql: Sql = prismaSql(tx)): GroupRepository {
  return {
    findByName: (villageCode, nameNorm) => groups.groupByName(sql, villageCode, nameNorm),

    create: (group, nameNorm, leaderId, now) => groups.insertGroup(sql, group, nameNorm, leaderId, now),

    get: (groupId) => groups.groupViewById(sql, groupId),

    ketua: async (groupId) => (await groups.groupKetuas(sql, [groupId])).get(groupId) ?? null,

    listLedBy: (personId) => groups.groupViewsLedBy(sql, personId),

    listInVillage: (villageCode, excludeIds) => groups.groupViewsInVillage(sql, villageCode, excludeIds),

    leaderRole: (groupId, personId) => groups.leaderRole(sql, groupId, personId),

    async update(groupId, changes, nameNorm, now) {
      const data = changedFields(changes, nameNorm);
      if (changes.unit !== undefined || changes.villageCode !== undefined) {
        const current = await tx.group.findUniqueOrThrow({ where: { id: groupId }, select: { villageCode: true, area: { select: { rw: true, rt: true, dusun: true } } } });
        const villageCode = changes.villageCode ?? current.villageCode;
        const areaId = await groups.findOrCreateArea(sql, villageCode, changes.unit ?? current.area);
        data.area = { connect: { id: areaId } };
        data.villageCode = villageCode;
      }
      if (changes.reverify) Object.assign(data, { verification: 'pending', verifiedAt: null, verifiedById: null, rejectionReason: null });
      await tx.group.update({ where: { id: groupId }, data: { ...data, updatedAt: now } });
      return requireView(sql, groupId);
    },

    deactivate: (groupId, now) => groups.deactivateGroup(sql, groupId, now),

    requestCoLeader: (groupId, personId, now) => requestCoLeader(tx, groupId, personId, now),

    pendingCoLeaderRequests: (leaderId) => pendingCoLeaderRequests(tx, leaderId),

    decideCoLeader: (groupId, requesterId, accept) => decideCoLeader(tx, groupId, requesterId, accept),

    leaderIds: (groupId) => groups.leaderIds(sql, groupId),

    setVerification: (groupId, verdict, verifierId, reason, now) => groups.setVerification(sql, groupId, verdict, verifierId, reason, now),
  };
}

/** The update data for the fields present in `changes`; undefined means "unchanged". */
function changedFields(changes: GroupChanges, nameNorm: string | undefined): Prisma.GroupUpdateInput {
  const data: Prisma.GroupUpdateInput = {};
  if (changes.name !== undefined) {
    // Without it the duplicate-name check would go on matching the old name.
    if (nameNorm === undefined) throw new Error('GroupRepository.update: a new name needs its nameNorm');
    data.name = changes.name;
    data.nameNorm = nameNorm;
  }
  if (changes.type !== undefined) data.type = changes.type;
  if (changes.typeOther !== undefined) data.typeOther = changes.typeOther;
  if (changes.ketuaName !== undefined) data.ketuaName = changes.ketuaName;
  if (changes.ketuaPhone !== undefined) data.ketuaPhone = changes.ketuaPhone;
  if (changes.memberCount !== undefined) data.memberCount = changes.memberCount;
  if (changes.foundedYear !== undefined) data.foundedYear = changes.foundedYear;
  if (changes.meetingSchedule !== undefined) data.meetingSchedule = changes.meetingSchedule;
  return data;
}

/** The view of a group that must exist (just written in this transaction). */
async function requireView(sql: Sql, groupId: string): Promise<GroupView> {
  const view = await groups.groupViewById(sql, groupId);
  if (!view) throw new Error(`group ${groupId} not found`);
  return view;
}
