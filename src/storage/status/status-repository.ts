/**
 * {@link StatusRepository} over Prisma: the facts of one desa (or one RW of it) in six
 * indexed queries however many groups and activities it has, and the level history in
 * AreaLevelHistory (rw = 0 = the whole desa).
 */
import type { ActivityFact, AreaFacts, AreaRef, GroupFact, LevelRecord, RelationFact, StatusRepository } from '../../domain/status/ports.js';
import type { PrismaTx } from '../transaction-runner.js';

/** Builds the status repository on one transaction client. */
export function createStatusRepository(tx: PrismaTx): StatusRepository {
  return {
    async lockArea(area) {
      // One transaction-scoped advisory lock per desa, whichever RW is refreshed: a group
      // change refreshes the desa and its RW, and one lock cannot be taken in two orders.
      // $executeRaw, because the function returns `void`, which queryRaw cannot read.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`wksbm-status:${area.villageCode}`}, 0))`;
    },

    loadFacts: (area, since) => loadFacts(tx, area, since),

    async lastLevel(area) {
      const row = await tx.areaLevelHistory.findFirst({
        where: { villageCode: area.villageCode, rw: historyRw(area) },
        orderBy: { at: 'desc' },
        select: { level: true, provisional: true, at: true },
      });
      return row;
    },

    async recordLevel(area, record) {
      await tx.areaLevelHistory.create({
        data: { villageCode: area.villageCode, rw: historyRw(area), level: record.level, provisional: record.provisional, at: record.at },
      });
    },

    async history(area, limit): Promise<LevelRecord[]> {
      return tx.areaLevelHistory.findMany({
        where: { villageCode: area.villageCode, rw: historyRw(area) },
        orderBy: { at: 'desc' },
        take: Math.max(0, Math.floor(limit)),
        select: { level: true, provisional: true, at: true },
      });
    },
  };
}

/** RW 0 (or none) is the whole desa, as stored in AreaLevelHistory and Area. */
function areaRw(area: AreaRef): number | undefined {
  return area.rw !== undefined && area.rw > 0 ? area.rw : undefined;
}

function historyRw(area: AreaRef): number {
  return areaRw(area) ?? 0;
}

async function loadFacts(tx: PrismaTx, area: AreaRef, since: Date): Promise<AreaFacts> {
  const rw = areaRw(area);
  const everAktif = (await tx.areaLevelHistory.findFirst({
    where: { villageCode: area.villageCode, rw: rw ?? 0, level: 'aktif' },
    select: { id: true },
  })) !== null;

  // Rejected groups never count; deactivated ones are kept (their past activities count).
  const groupRows = await tx.group.findMany({
    where: { villageCode: area.villageCode, verification: { not: 'rejected' }, ...(rw === undefined ? {} : { area: { rw } }) },
    select: { id: true, type: true, typeOther: true, active: true, createdAt: true, verification: true },
  });
  const groups: GroupFact[] = groupRows.map((row) => ({
    id: row.id,
    type: row.type,
    typeOther: row.typeOther,
    enabled: row.active,
    registeredAt: row.createdAt,
    verified: row.verification === 'verified',
  }));
  if (groups.length === 0) return { groups, relations: [], activities: [], everAktif };
  const ids = groups.map((group) => group.id);

  // Relations have no officer verification of their own: the other group's confirmation
  // is the check, so they count as verified (their groups' verification is judged apart).
  const relationRows = await tx.groupRelation.findMany({
    where: { groupAId: { in: ids }, groupBId: { in: ids }, status: { in: ['pending', 'confirmed'] } },
    select: { groupAId: true, groupBId: true, status: true },
  });
  const relations: RelationFact[] = relationRows.map((row) => ({
    groupIds: [row.groupAId, row.groupBId],
    confirmed: row.status === 'confirmed',
    verified: true,
  }));

  // Prisma reads the participants and beneficiaries of all these activities in one query
  // each (by activity id list), not one per activity.
  const activityRows = await tx.activity.findMany({
    where: {
      date: { gte: since },
      verification: { not: 'rejected' },
      participants: { some: { groupId: { in: ids }, status: 'confirmed' } },
    },
    select: {
      id: true,
      date: true,
      verification: true,
      participants: { where: { groupId: { in: ids }, status: { in: ['pending', 'confirmed'] } }, select: { groupId: true, status: true } },
      beneficiaries: { where: { count: { gt: 0 } }, select: { pmksCode: true } },
    },
  });
  const activities: ActivityFact[] = activityRows.map((row) => ({
    id: row.id,
    date: row.date,
    confirmedGroupIds: row.participants.filter((p) => p.status === 'confirmed').map((p) => p.groupId),
    pendingGroupIds: row.participants.filter((p) => p.status === 'pending').map((p) => p.groupId),
    servesPmks: row.beneficiaries.length > 0,
    verified: row.verification === 'verified',
  }));

  return { groups, relations, activities, everAktif };
}
