/**
 * {@link RelationRepository} over Prisma. In a GroupRelation row groupA declared the tie and
 * groupB is asked to confirm it.
 */
import type { RelationKind, RelationRepository, RelationRequest } from '../../domain/model/relations.js';
import type { PrismaTx } from '../transaction-runner.js';
import { allUuids, isUuid } from '../groups/uuid.js';

/** Builds the relation repository on one transaction client. */
export function createRelationRepository(tx: PrismaTx): RelationRepository {
  return {
    declare: (fromGroupId, toGroupId, kind, declaredById, now) => declare(tx, fromGroupId, toGroupId, kind, declaredById, now),

    async pendingFor(leaderId): Promise<RelationRequest[]> {
      if (!isUuid(leaderId)) return [];
      const rows = await tx.groupRelation.findMany({
        // Served by the groupBId index; a disabled group on either side makes the question moot.
        where: {
          status: 'pending',
          groupA: { active: true },
          groupB: { active: true, leaders: { some: { personId: leaderId, status: 'active' } } },
        },
        select: { id: true, kind: true, groupAId: true, groupBId: true, groupA: { select: { name: true } }, groupB: { select: { name: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map((row) => ({
        relationId: row.id,
        kind: row.kind,
        groupId: row.groupBId,
        groupName: row.groupB.name,
        fromGroupName: row.groupA.name,
        fromGroupId: row.groupAId,
      }));
    },

    async decide(relationId, confirm, now) {
      if (!isUuid(relationId)) return false;
      // The status condition makes the second of two racing decisions a no-op.
      const decided = await tx.groupRelation.updateMany({
        where: { id: relationId, status: 'pending' },
        data: confirm ? { status: 'confirmed', confirmedAt: now } : { status: 'declined' },
      });
      return decided.count > 0;
    },

    async targetGroup(relationId) {
      if (!isUuid(relationId)) return null;
      const row = await tx.groupRelation.findUnique({
        where: { id: relationId },
        select: { groupBId: true, groupB: { select: { villageCode: true } } },
      });
      return row ? { groupId: row.groupBId, villageCode: row.groupB.villageCode } : null;
    },
  };
}

type DeclareResult = { readonly kind: 'created'; readonly id: string } | { readonly kind: 'exists' };

/**
 * Declares a relation of `kind` from one group to another, unless the pair already has one
 * of that kind, pending or confirmed, in either direction. A declined one in the same
 * direction is reused (the (groupA, groupB, kind) key allows one row) and becomes a fresh
 * pending declaration.
 * @throws Error when a group would be related to itself, or an id is not a uuid.
 */
async function declare(
  tx: PrismaTx,
  fromGroupId: string,
  toGroupId: string,
  kind: RelationKind,
  declaredById: string,
  now: Date,
): Promise<DeclareResult> {
  if (fromGroupId === toGroupId) throw new Error('a group cannot be related to itself');
  if (!allUuids(fromGroupId, toGroupId, declaredById)) throw new Error('relation names an id that is not a uuid');

  // The unique key covers one direction only, so the leaders of both groups declaring the
  // same tie at once would both insert. A transaction-scoped advisory lock on the unordered
  // pair and kind makes the second wait until the first commits and then find its row.
  const [low, high] = fromGroupId < toGroupId ? [fromGroupId, toGroupId] : [toGroupId, fromGroupId];
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`GroupRelation:${kind}:${low}:${high}`}, 0))`;

  const existing = await tx.groupRelation.findFirst({
    // Both branches are served by the (groupAId, groupBId, kind) unique index.
    where: {
      kind,
      status: { in: ['pending', 'confirmed'] },
      OR: [
        { groupAId: fromGroupId, groupBId: toGroupId },
        { groupAId: toGroupId, groupBId: fromGroupId },
      ],
    },
    select: { id: true },
  });
  if (existing) return { kind: 'exists' };

  const row = await tx.groupRelation.upsert({
    where: { groupAId_groupBId_kind: { groupAId: fromGroupId, groupBId: toGroupId, kind } },
    create: { groupAId: fromGroupId, groupBId: toGroupId, kind, status: 'pending', declaredById, createdAt: now },
    update: { status: 'pending', declaredById, confirmedAt: null, createdAt: now },
    select: { id: true },
  });
  return { kind: 'created', id: row.id };
}
