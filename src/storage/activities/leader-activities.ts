/**
 * A leader's "my activities" list, and correcting or withdrawing one: the activities their
 * groups took part in, newest first, with the state each is in.
 */
import type { ActivityCorrection, ActivityState, LeaderActivity } from '../../domain/model/activities.js';
import type { PrismaTx } from '../transaction-runner.js';
import { isUuid } from '../groups/uuid.js';
import { beneficiaryRows } from './beneficiaries.js';
import { calendarDateToDb } from './calendar-date.js';
import { reportingParticipation } from './reporting-group.js';

/** See ActivityRepository.listForLeader. */
export async function listForLeader(tx: PrismaTx, personId: string, limit: number): Promise<LeaderActivity[]> {
  if (!isUuid(personId)) return [];
  const memberships = await tx.groupLeader.findMany({ where: { personId, status: 'active' }, select: { groupId: true } });
  const led = new Set(memberships.map((row) => row.groupId));
  if (led.size === 0) return [];
  const rows = await tx.activity.findMany({
    where: { participants: { some: { groupId: { in: [...led] }, status: { in: ['confirmed', 'pending'] } } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: {
      id: true,
      date: true,
      category: true,
      description: true,
      verification: true,
      rejectionReason: true,
      photoRef: true,
      participants: { select: { groupId: true, status: true, confirmedAt: true, group: { select: { name: true } } } },
      beneficiaries: { select: { pmksCode: true, count: true }, orderBy: { pmksCode: 'asc' } },
    },
  });
  // Photo ids in a query of their own: a third relation in the select above makes Prisma run
  // its relation queries at once on the transaction's one connection.
  const photos = await tx.activityPhoto.findMany({
    where: { activityId: { in: rows.map((row) => row.id) } },
    select: { id: true, activityId: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => {
    const reporter = reportingParticipation(row.participants);
    const others = row.participants.filter((p) => p.groupId !== reporter?.groupId);
    const pendingPartners = others.filter((p) => p.status === 'pending').map((p) => p.group.name).sort();
    const state: ActivityState =
      row.verification === 'verified' ? 'verified' : row.verification === 'rejected' ? 'rejected' : pendingPartners.length > 0 ? 'waiting_partner' : 'waiting_officer';
    return {
      id: row.id,
      date: row.date.toISOString().slice(0, 10),
      category: row.category,
      description: row.description,
      state,
      rejectionReason: row.verification === 'rejected' ? row.rejectionReason : null,
      reportingGroup: reporter ? { id: reporter.groupId, name: reporter.group.name } : null,
      pendingPartners,
      confirmedPartners: others.filter((p) => p.status === 'confirmed').map((p) => p.group.name).sort(),
      beneficiaries: Object.fromEntries(row.beneficiaries.map((b) => [String(b.pmksCode), b.count])),
      photoRef: row.photoRef,
      photoIds: photos.filter((photo) => photo.activityId === row.id).map((photo) => photo.id),
      mine: reporter !== undefined && led.has(reporter.groupId),
    };
  });
}

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
