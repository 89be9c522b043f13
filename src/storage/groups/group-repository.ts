/** {@link GroupRepository} over Prisma: groups, their areas and their leaders. */
import type { GroupChanges, GroupRepository, GroupView, NewGroup } from '../../domain/model/groups.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { PrismaTx } from '../transaction-runner.js';
import { findOrCreateArea } from './area.js';
import { decideCoLeader, pendingCoLeaderRequests, requestCoLeader } from './co-leaders.js';
import { groupViewById, groupViewsInVillage, groupViewsLedBy } from './group-views.js';
import { groupKetuas } from './ketua.js';
import { allUuids, isUuid } from './uuid.js';

/**
 * Builds the group repository on one transaction client. "Enabled" means active (not
 * deactivated); lists others can pick from and the duplicate-name check also leave out
 * groups an officer rejected, while a leader's own list keeps them so that the leader sees
 * the verdict.
 */
export function createGroupRepository(tx: PrismaTx): GroupRepository {
  return {
    findByName: (villageCode, nameNorm) =>
      tx.group.findFirst({
        // Served by the (villageCode, nameNorm) index.
        where: { villageCode, nameNorm, active: true, verification: { not: 'rejected' } },
        select: { id: true, name: true },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),

    create: (group, nameNorm, leaderId, now) => createGroup(tx, group, nameNorm, leaderId, now),

    get: (groupId) => groupViewById(tx, groupId),

    ketua: async (groupId) => (await groupKetuas(tx, [groupId])).get(groupId) ?? null,

    listLedBy: (personId) => groupViewsLedBy(tx, personId),

    listInVillage: (villageCode, excludeIds) => groupViewsInVillage(tx, villageCode, excludeIds),

    async leaderRole(groupId, personId) {
      if (!allUuids(groupId, personId)) return null;
      const row = await tx.groupLeader.findUnique({
        where: { groupId_personId: { groupId, personId } },
        select: { role: true, status: true },
      });
      // Pending requests and removed members hold no rights.
      return row?.status === 'active' ? row.role : null;
    },

    async update(groupId, changes, nameNorm, now) {
      const data = changedFields(changes, nameNorm);
      if (changes.unit !== undefined || changes.villageCode !== undefined) {
        const current = await tx.group.findUniqueOrThrow({ where: { id: groupId }, select: { villageCode: true, area: { select: { rw: true, rt: true, dusun: true } } } });
        const villageCode = changes.villageCode ?? current.villageCode;
        const areaId = await findOrCreateArea(tx, villageCode, changes.unit ?? current.area);
        data.area = { connect: { id: areaId } };
        data.villageCode = villageCode;
      }
      if (changes.reverify) Object.assign(data, { verification: 'pending', verifiedAt: null, verifiedById: null, rejectionReason: null });
      await tx.group.update({ where: { id: groupId }, data: { ...data, updatedAt: now } });
      return requireView(tx, groupId);
    },

    async deactivate(groupId, now) {
      // Only an active group changes, so a repeated request keeps the first deactivatedAt.
      await tx.group.updateMany({
        where: { id: groupId, active: true },
        data: { active: false, deactivatedAt: now, updatedAt: now },
      });
    },

    requestCoLeader: (groupId, personId, now) => requestCoLeader(tx, groupId, personId, now),

    pendingCoLeaderRequests: (leaderId) => pendingCoLeaderRequests(tx, leaderId),

    decideCoLeader: (groupId, requesterId, accept) => decideCoLeader(tx, groupId, requesterId, accept),

    async leaderIds(groupId) {
      if (!isUuid(groupId)) return [];
      const rows = await tx.groupLeader.findMany({
        where: { groupId, status: 'active' },
        select: { personId: true },
        orderBy: [{ createdAt: 'asc' }, { personId: 'asc' }],
      });
      return rows.map((row) => row.personId);
    },

    async setVerification(groupId, verdict, verifierId, reason, now) {
      if (!allUuids(groupId) || (verifierId !== null && !isUuid(verifierId))) return false;
      // The status condition makes the second of two racing verdicts a no-op.
      const { count } = await tx.group.updateMany({
        where: { id: groupId, verification: 'pending' },
        data: { verification: verdict, verifiedAt: now, verifiedById: verifierId, rejectionReason: verdict === 'rejected' ? reason : null, updatedAt: now },
      });
      return count > 0;
    },
  };
}

/** Inserts the group (pending verification, active) with `leaderId` as its active leader. */
async function createGroup(tx: PrismaTx, group: NewGroup, nameNorm: string, leaderId: string, now: Date): Promise<GroupView> {
  const areaId = await findOrCreateArea(tx, group.villageCode, group.unit);
  const created = await tx.group.create({
    data: {
      name: group.name,
      nameNorm,
      type: group.type,
      typeOther: group.typeOther,
      areaId,
      villageCode: group.villageCode,
      memberCount: group.memberCount,
      foundedYear: group.foundedYear,
      meetingSchedule: group.meetingSchedule,
      ketuaName: group.ketuaName,
      ketuaPhone: group.ketuaPhone,
      active: true,
      verification: 'pending',
      createdAt: now,
      updatedAt: now,
      leaders: { create: { personId: leaderId, role: 'leader', status: 'active', createdAt: now } },
    },
    select: { id: true },
  });
  return requireView(tx, created.id);
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
async function requireView(tx: PrismaTx, groupId: string): Promise<GroupView> {
  const view = await groupViewById(tx, groupId);
  if (!view) throw new Error(`group ${groupId} not found`);
  return view;
}
