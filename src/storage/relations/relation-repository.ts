/**
 * {@link RelationRepository}. In a GroupRelation row groupA declared the tie and
 * groupB is asked to confirm it.
 */
import type { RelationKind, RelationRepository } from '../../domain/model/relations.js';
import type { PrismaTx } from '../transaction-runner.js';
import { allUuids } from '../groups/uuid.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import * as relationSql from './relation-sql.js';

/**
 * Builds the relation repository on one transaction: `sql` is the unit of work's plain SQL
 * (by default the same transaction through Prisma). The inbox's reads and answers are plain
 * SQL (relation-sql.ts); declaring stays on Prisma.
 */
export function createRelationRepository(tx: PrismaTx, sql: Sql = prismaSql(tx)): RelationRepository {
  return {
    declare: (fromGroupId, toGroupId, kind, declaredById, now) => declare(tx, fromGroupId, toGroupId, kind, declaredById, now),
    pendingFor: (leaderId) => relationSql.pendingFor(sql, leaderId),
    decide: (relationId, confirm, now) => relationSql.decide(sql, relationId, confirm, now),
    targetGroup: (relationId) => relationSql.targetGroup(sql, relationId),
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
