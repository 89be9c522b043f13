/**
 * Correcting or withdrawing an activity from a leader's "my activities" (the list itself is
 * activity-sql.ts listForLeader).
 */
import type { ActivityCorrection } from '../../domain/model/activities.js';
import type { PrismaTx } from '../transaction-runner.js';
import { isUuid } from '../groups/uuid.js';
import { beneficiaryRows } from './beneficiaries.js';
import { calendarDateToDb } from './calendar-date.js';

/** See ActivityRepository.correct. */
export async function correctActivity(tx: PrismaTx, activityId: string, correction: ActivityCorrection): Promise<boolean> {
  if (!isUuid(activityId)) return false;
  const beneficiaries = beneficiaryRows(correction.beneficiaries);
  // The status condition makes a second correction (or a racing verdict) a no-op.
  const { count } = await tx.activity.updateMany({
    where: { id: activityId, verification: 'rejected' },
    data: {
      date: calendarDateToDb(correction.date),
      category: correction.category,
      description: correction.description,
      verification: 'pending',
      verifiedAt: null,
      verifiedById: null,
      rejectionReason: null,
    },
  });
  if (count === 0) return false;
  await tx.activityBeneficiary.deleteMany({ where: { activityId } });
  if (beneficiaries.length > 0) await tx.activityBeneficiary.createMany({ data: beneficiaries.map((row) => ({ activityId, ...row })) });
  return true;
}

/** See ActivityRepository.withdraw. Participations and beneficiaries go with it (cascade). */
export async function withdrawActivity(tx: PrismaTx, activityId: string): Promise<boolean> {
  if (!isUuid(activityId)) return false;
  const { count } = await tx.activity.deleteMany({ where: { id: activityId, verification: 'pending' } });
  return count > 0;
}
