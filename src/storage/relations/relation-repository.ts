/**
 * {@link RelationRepository}. In a GroupRelation row groupA declared the tie and
 * groupB is asked to confirm it.
 */
import type { RelationRepository } from '../../domain/model/relations.js';
import type { PrismaTx } from '../transaction-runner.js';
import { allUuids } from '../groups/uuid.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import * as relationSql from './relation-sql.js';

/**
 * Builds the relation repository on one transaction: `sql` is the unit of work's plain SQL
 * (relation-sql.ts; by default the same transaction through Prisma).
 * `declare` throws when a group would be related to itself, or an id is not a uuid.
 */
export function createRelationRepository(tx: PrismaTx, sql: Sql = prismaSql(tx)): RelationRepository {
  return {
    async declare(fromGroupId, toGroupId, kind, declaredById, now) {
      if (fromGroupId === toGroupId) throw new Error('a group cannot be related to itself');
      if (!allUuids(fromGroupId, toGroupId, declaredById)) throw new Error('relation names an id that is not a uuid');
      const id = await relationSql.declare(sql, fromGroupId, toGroupId, kind, declaredById, now);
      if (id !== null) return { kind: 'created', id };
      // Read only when there is one: which it is, to be said (confirmed on…, or waiting since…).
      const existing = await relationSql.existing(sql, fromGroupId, toGroupId, kind);
      if (existing === null) throw new Error('relation neither declared nor found');
      return { kind: 'exists', ...existing };
    },
    async decide(relationId, confirm, deciderId, now) {
      if (!allUuids(deciderId)) throw new Error('relation decided by an id that is not a uuid');
      return relationSql.decide(sql, relationId, confirm, deciderId, now);
    },
    targetGroup: (relationId) => relationSql.targetGroup(sql, relationId),
  };
}
