/** {@link ActivityRepository} over Prisma: joint activities, participations, beneficiaries. */
import type { ActivityRepository, NewActivity } from '../../domain/model/activities.js';
import type { PrismaTx } from '../transaction-runner.js';
import { allUuids, isUuid } from '../groups/uuid.js';
import { beneficiaryRows } from './beneficiaries.js';
import { calendarDateToDb } from './calendar-date.js';
import { activitySummary } from './activity-summary.js';
import { correctActivity, listForLeader, withdrawActivity } from './leader-activities.js';
import { pendingParticipations } from './pending-participations.js';

/** Builds the activity repository on one transaction client. */
export function createActivityRepository(tx: PrismaTx): ActivityRepository {
  return {
    create: (activity, reporterId, now) => createActivity(tx, activity, reporterId, now),

    pendingParticipations: (leaderId) => pendingParticipations(tx, leaderId),

    async decideParticipation(activityId, groupId, confirm, deciderId, now) {
      if (!allUuids(activityId, groupId)) return false;
      // The status condition is re-checked after a concurrent decision commits, so only the
      // first of two racing answers counts. A decline records no confirmer.
      const decided = await tx.activityParticipant.updateMany({
        where: { activityId, groupId, status: 'pending' },
        data: confirm ? { status: 'confirmed', confirmedAt: now, confirmedById: deciderId } : { status: 'declined' },
      });
      return decided.count > 0;
    },

    async villageOf(activityId) {
      if (!isUuid(activityId)) return null;
      const row = await tx.activity.findUnique({ where: { id: activityId }, select: { villageCode: true } });
      return row?.villageCode ?? null;
    },

    summary: (activityId) => activitySummary(tx, activityId),

    async setVerification(activityId, verdict, verifierId, reason, now) {
      if (!allUuids(activityId) || (verifierId !== null && !isUuid(verifierId))) return false;
      // The status condition makes the second of two racing verdicts a no-op.
      const { count } = await tx.activity.updateMany({
        where: { id: activityId, verification: 'pending' },
        data: { verification: verdict, verifiedAt: now, verifiedById: verifierId, rejectionReason: verdict === 'rejected' ? reason : null },
      });
      return count > 0;
    },

    listForLeader: (personId, limit) => listForLeader(tx, personId, limit),
    correct: (activityId, correction) => correctActivity(tx, activityId, correction),
    withdraw: (activityId) => withdrawActivity(tx, activityId),
  };
}

/**
 * Inserts the activity with its participants and beneficiaries in one nested write. The
 * reporter's own group is confirmed by the reporter at once; each partner (listed once,
 * never the own group again) is asked to confirm. Input is checked before anything is written.
 */
async function createActivity(tx: PrismaTx, activity: NewActivity, reporterId: string, now: Date): Promise<{ id: string }> {
  const date = calendarDateToDb(activity.date);
  const beneficiaries = beneficiaryRows(activity.beneficiaries);
  const partners = [...new Set(activity.partnerGroupIds)].filter((id) => id !== activity.ownGroupId);
  if (!allUuids(activity.ownGroupId, ...partners)) throw new Error('activity names a group id that is not a uuid');
  return tx.activity.create({
    data: {
      date,
      category: activity.category,
      description: activity.description,
      villageCode: activity.villageCode,
      reporterId,
      photoRef: activity.photoRef,
      createdAt: now,
      participants: {
        create: [
          { groupId: activity.ownGroupId, status: 'confirmed', confirmedAt: now, confirmedById: reporterId },
          ...partners.map((groupId) => ({ groupId, status: 'pending' as const })),
        ],
      },
      beneficiaries: { create: beneficiaries },
    },
    select: { id: true },
  });
}
