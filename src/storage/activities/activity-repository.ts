/**
 * {@link ActivityRepository}: joint activities, participations, beneficiaries, as plain SQL
 * on the unit of work's connection (activity-sql.ts).
 */
import type { ActivityRepository, ActivitySummary } from '../../domain/model/activities.js';
import type { PrismaTx } from '../transaction-runner.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import * as activitySql from './activity-sql.js';

/**
 * Builds the activity repository on one transaction: `sql` is the unit of work's plain SQL
 * (by default the same transaction through Prisma). `groupWrites` counts the transaction's
 * writes to groups (a summary names its groups), when another repository makes them.
 */
export function createActivityRepository(tx: PrismaTx, sql: Sql = prismaSql(tx), groupWrites: () => number = () => 0): ActivityRepository {
  // The desa of each activity this transaction read or made: an activity's desa is never
  // changed, so villageOf right after its summary (a confirmation tells the reporter, then
  // refreshes the desa) needs no statement of its own. Withdrawing one forgets it.
  const villages = new Map<string, string>();
  // The summary of an activity this transaction made or answered for, as its statement
  // returned it: saving one tells the officers and partners from its summary right after, an
  // answer tells the reporting group. It answers the first summary asked for, unless the
  // activity or a group was written since (then it is read).
  const kept = new Map<string, { readonly summary: ActivitySummary; readonly groupWrites: number }>();
  const keep = (summary: ActivitySummary): void => {
    kept.set(summary.id, { summary, groupWrites: groupWrites() });
    villages.set(summary.id, summary.villageCode);
  };
  /** Forgets what was kept of an activity about to be written. */
  const writing = (activityId: string): void => {
    kept.delete(activityId);
  };
  return {
    async create(activity, reporterId, now) {
      const summary = await activitySql.createActivity(sql, activity, reporterId, now);
      keep(summary);
      return { id: summary.id };
    },
    async decideParticipation(activityId, groupId, confirm, deciderId, now) {
      writing(activityId);
      const summary = await activitySql.decideParticipation(sql, activityId, groupId, confirm, deciderId, now);
      if (summary) keep(summary);
      return summary !== null;
    },
    async villageOf(activityId) {
      return villages.get(activityId) ?? activitySql.villageOf(sql, activityId);
    },
    async summary(activityId) {
      const found = kept.get(activityId);
      kept.delete(activityId);
      if (found && found.groupWrites === groupWrites()) return found.summary;
      const summary = await activitySql.activitySummary(sql, activityId);
      if (summary) villages.set(summary.id, summary.villageCode);
      return summary;
    },

    setVerification(activityId, verdict, verifierId, reason, now) {
      writing(activityId);
      return activitySql.setVerification(sql, activityId, verdict, verifierId, reason, now);
    },
    listForLeader: (personId, limit) => activitySql.listForLeader(sql, personId, limit),
    correct(activityId, correction) {
      writing(activityId);
      return activitySql.correctActivity(sql, activityId, correction);
    },
    async withdraw(activityId) {
      writing(activityId);
      villages.delete(activityId);
      return activitySql.withdrawActivity(sql, activityId);
    },
    reaskPartners(activityId) {
      writing(activityId);
      return activitySql.reaskPartners(sql, activityId);
    },
  };
}
