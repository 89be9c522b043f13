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
  return {
    create: (activity, reporterId, now) => activitySql.createActivity(sql, activity, reporterId, now),
    pendingParticipations: (leaderId) => activitySql.pendingParticipations(sql, leaderId),
    decideParticipation: (activityId, groupId, confirm, deciderId, now) => activitySql.decideParticipation(sql, activityId, groupId, confirm, deciderId, now),
    villageOf: (activityId) => activitySql.villageOf(sql, activityId),
    summary: (activityId) => activitySql.activitySummary(sql, activityId),

    setVerification: (activityId, verdict, verifierId, reason, now) => activitySql.setVerification(sql, activityId, verdict, verifierId, reason, now),
    listForLeader: (personId, limit) => activitySql.listForLeader(sql, personId, limit),
    correct: (activityId, correction) => activitySql.correctActivity(sql, activityId, correction),
    withdraw: (activityId) => activitySql.withdrawActivity(sql, activityId),
  };
}
