/**
 * {@link ActivityRepository}: joint activities, participations, beneficiaries, as plain SQL
 * on the unit of work's connection (activity-sql.ts).
 */
import type { ActivityRepository } from '../../domain/model/activities.js';
import type { PrismaTx } from '../transaction-runner.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import * as activitySql from './activity-sql.js';

/**
 * Builds the activity repository on one transaction: `sql` is the unit of work's plain SQL
 * (by default the same transaction through Prisma).
 */
export function createActivityRepository(tx: PrismaTx, sql: Sql = prismaSql(tx)): ActivityRepository {
  // The desa of each activity this transaction read or made: an activity's desa is never
  // changed, so villageOf right after its summary (a confirmation tells the reporter, then
  // refreshes the desa) needs no statement of its own. Withdrawing one forgets it.
  const villages = new Map<string, string>();
  return {
    async create(activity, reporterId, now) {
      const created = await activitySql.createActivity(sql, activity, reporterId, now);
      villages.set(created.id, activity.villageCode);
      return created;
    },
    pendingParticipations: (leaderId) => activitySql.pendingParticipations(sql, leaderId),
    decideParticipation: (activityId, groupId, confirm, deciderId, now) => activitySql.decideParticipation(sql, activityId, groupId, confirm, deciderId, now),
    async villageOf(activityId) {
      return villages.get(activityId) ?? activitySql.villageOf(sql, activityId);
    },
    async summary(activityId) {
      const summary = await activitySql.activitySummary(sql, activityId);
      if (summary) villages.set(summary.id, summary.villageCode);
      return summary;
    },

    setVerification: (activityId, verdict, verifierId, reason, now) => activitySql.setVerification(sql, activityId, verdict, verifierId, reason, now),
    listForLeader: (personId, limit) => activitySql.listForLeader(sql, personId, limit),
    correct: (activityId, correction) => activitySql.correctActivity(sql, activityId, correction),
    async withdraw(activityId) {
      villages.delete(activityId);
      return activitySql.withdrawActivity(sql, activityId);
    },
  };
}
