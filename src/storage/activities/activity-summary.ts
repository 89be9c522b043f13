/** An activity with the names an officer's alert shows, in two queries. */
import type { ActivityCategory, ActivitySummary } from '../../domain/model/activities.js';
import type { VerificationState } from '../../domain/model/groups.js';
import type { PrismaTx } from '../transaction-runner.js';
import { isUuid } from '../groups/uuid.js';
import { reportingParticipation } from './reporting-group.js';

/** A row of the query below; the enum columns are read as text, so they hold the enum's values. */
interface SummaryRow {
  id: string;
  date: string;
  category: ActivityCategory;
  description: string;
  villageCode: string;
  villageName: string;
  districtName: string;
  regencyName: string;
  verification: VerificationState;
}

/**
 * The activity, its desa's names and its groups. The reporting group is not stored: it is
 * the participant confirmed first (reporting-group.ts); the others are partners,
 * leaving out those that declined.
 */
export async function activitySummary(tx: PrismaTx, activityId: string): Promise<ActivitySummary | null> {
  if (!isUuid(activityId)) return null;
  const [row] = await tx.$queryRaw<SummaryRow[]>`
    SELECT a."id"::text AS "id", to_char(a."date", 'YYYY-MM-DD') AS "date", a."category"::text AS "category", a."description",
           a."villageCode", COALESCE(v."name", '') AS "villageName", COALESCE(d."name", '') AS "districtName",
           COALESCE(r."name", '') AS "regencyName", a."verification"::text AS "verification"
    FROM "Activity" a
    LEFT JOIN "Region" v ON v."code" = a."villageCode"
    LEFT JOIN "Region" d ON d."code" = v."parentCode"
    LEFT JOIN "Region" r ON r."code" = d."parentCode"
    WHERE a."id" = ${activityId}::uuid`;
  if (!row) return null;
  const participants = await tx.activityParticipant.findMany({
    where: { activityId, status: { in: ['confirmed', 'pending'] } },
    select: { groupId: true, status: true, confirmedAt: true, group: { select: { name: true } } },
  });
  const reporter = reportingParticipation(participants);
  return {
    ...row,
    reportingGroup: reporter ? { id: reporter.groupId, name: reporter.group.name } : null,
    partnerNames: participants.filter((p) => p.groupId !== reporter?.groupId).map((p) => p.group.name).sort(),
  };
}
