/** Activities per month for the dashboard's chart. */
import { Prisma } from '../generated/prisma/client.js';
import type { PrismaTx } from '../transaction-runner.js';
import { inScope, type AreaScope } from './scope.js';

/** One month of the chart. */
export interface MonthlyActivities {
  /** "YYYY-MM". */
  readonly month: string;
  /** Activities dated in the month, not rejected. */
  readonly activities: number;
  /** Of which joint: at least `minGroups` participating groups confirmed. */
  readonly jointActivities: number;
}

/**
 * Counts for the months `firstMonth` … `lastMonth` ("YYYY-MM", inclusive), every month
 * present (zero when nothing happened), oldest first.
 */
export async function monthlyActivities(
  db: PrismaTx,
  scope: AreaScope,
  firstMonth: string,
  lastMonth: string,
  minGroups: number,
): Promise<MonthlyActivities[]> {
  const rows = await db.$queryRaw<Array<{ month: string; activities: number; jointActivities: number }>>`
    SELECT to_char(a."date", 'YYYY-MM') AS "month", count(*)::int AS "activities",
           count(*) FILTER (WHERE (
             SELECT count(*) FROM "ActivityParticipant" p WHERE p."activityId" = a."id" AND p."status" = 'confirmed'
           ) >= ${minGroups})::int AS "jointActivities"
    FROM "Activity" a
    WHERE a."verification" <> 'rejected'
      AND a."date" >= ${`${firstMonth}-01`}::date
      AND a."date" < (${`${lastMonth}-01`}::date + interval '1 month')
      AND ${inScope(Prisma.sql`a."villageCode"`, scope)}
    GROUP BY 1`;
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return monthsBetween(firstMonth, lastMonth).map((month) => ({
    month,
    activities: byMonth.get(month)?.activities ?? 0,
    jointActivities: byMonth.get(month)?.jointActivities ?? 0,
  }));
}

/** "YYYY-MM" months from first to last inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year = NaN, month = NaN] = first.split('-').map(Number);
  const [lastYear = NaN, lastMonth = NaN] = last.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
