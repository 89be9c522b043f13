/**
 * {@link ActivityRepository}: joint activities, participations, beneficiaries. What a
 * message's path does (save, summary, lists, answers) is plain SQL on the unit of work's
 * connection (activity-sql.ts); an officer's verdict, a correction and a withdrawal stay on Prisma.
 */
import type { ActivityRepository } from '../../domain/model/activities.js';
import type { PrismaTx } from '../transaction-runner.js';
import { allUuids, isUuid } from '../groups/uuid.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import * as activitySql from './activity-sql.js';
import { correctActivity, withdrawActivity } from './leader-activities.js';

/**
 * Builds the activity repository on one transaction: `sql` is the unit of work's plain SQL
 * (by default the same transaction through Prisma).
 */
export function createActivityRepository(tx: PrismaTx, sql: Sql = prismaSql(tx)): ActivityRepository {
  return {
    create: (activity, reporterId, now) => activitySql.createActivity(sql, activity, reporterId, now),
    pendingParticipations: (leaderId) => activitySql.pendingParticipations(sql, leaderId),
    decideParticipation: (activityId, groupId, confirm, deciderId, now) => activitySql.decideParticipation(sql, activityId, groupId, confirm, deciderId, now),
    villageOf: (activityId) => activitySql.villageOf(sql, activityId),
    summary: (activityId) => activitySql.activitySummary(sql, activityId),

    async setVerification(activityId, verdict, verifierId, reason, now) {
      if (!allUuids(activityId) || (verifierId !== null && !isUuid(verifierId))) return false;
      // The status condition makes the second of two racing verdicts a no-op.
      const { count } = await tx.activity.updateMany({
        where: { id: activityId, verification: 'pending' },
        data: { verification: verdict, verifiedAt: now, verifiedById: verifierId, rejectionReason: verdict === 'rejected' ? reason : null },
      });
      return count > 0;
    },

    listForLeader: (personId, limit) => activitySql.listForLeader(sql, personId, limit),
    correct: (activityId, correction) => correctActivity(tx, activityId, correction),
    withdraw: (activityId) => withdrawActivity(tx, activityId),
  };
}
