/**
 * The admin API's reads of activities: filtered, paged lists with their groups and
 * beneficiary counts (three queries per page), and one activity.
 */
import { Prisma } from '../generated/prisma/client.js';
import { reportingParticipation } from '../activities/reporting-group.js';
import { isUuid } from '../groups/uuid.js';
import type { PrismaTx } from '../transaction-runner.js';
import { allOf, decidedByJoin, inScope, pageSql, villageNamesJoin, VILLAGE_NAME_COLUMNS, type AreaScope, type DecidedBy, type Page, type PageRequest } from './scope.js';

/** An activity as the API shows it. */
export interface ActivityRow {
  id: string;
  date: string;
  category: string;
  description: string;
  villageCode: string;
  villageName: string;
  districtName: string;
  regencyName: string;
  verification: string;
  rejectionReason: string | null;
  verifiedAt: Date | null;
  /** Who gave the verdict in force (the audit log's actor); null while pending. */
  decidedBy: DecidedBy | null;
  createdAt: Date;
  /** The participant confirmed first: the group that logged it (activities/reporting-group.ts). */
  reportingGroup: { id: string; name: string } | null;
  participants: Array<{ groupId: string; name: string; status: string }>;
  beneficiaries: Array<{ pmksCode: number; count: number }>;
}

type BaseRow = Omit<ActivityRow, 'reportingGroup' | 'participants' | 'beneficiaries'>;

/** Filters of the activity list; dates are calendar dates "YYYY-MM-DD", both inclusive. */
export interface ActivityFilter {
  readonly scope: AreaScope;
  readonly verification?: 'pending' | 'verified' | 'rejected' | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

const SELECT = Prisma.sql`
  SELECT a."id"::text AS "id", to_char(a."date", 'YYYY-MM-DD') AS "date", a."category"::text AS "category", a."description",
         a."villageCode", ${VILLAGE_NAME_COLUMNS}, a."verification"::text AS "verification", a."rejectionReason",
         a."verifiedAt", a."createdAt", decided."decidedBy"
  FROM "Activity" a
  ${villageNamesJoin(Prisma.sql`a."villageCode"`)}
  ${decidedByJoin('activity', Prisma.sql`a."id"`, Prisma.sql`a."verification"`)}`;

function where(filter: ActivityFilter): Prisma.Sql {
  const conditions = [inScope(Prisma.sql`a."villageCode"`, filter.scope)];
  if (filter.verification) conditions.push(Prisma.sql`a."verification" = ${filter.verification}::"VerificationStatus"`);
  if (filter.from) conditions.push(Prisma.sql`a."date" >= ${filter.from}::date`);
  if (filter.to) conditions.push(Prisma.sql`a."date" <= ${filter.to}::date`);
  return allOf(conditions);
}

/** Activities in the scope matching the filter, latest date first. */
export async function listActivities(db: PrismaTx, filter: ActivityFilter, page: PageRequest): Promise<Page<ActivityRow>> {
  const condition = where(filter);
  const rows = await db.$queryRaw<BaseRow[]>`${SELECT} WHERE ${condition} ORDER BY a."date" DESC, a."createdAt" DESC, a."id" DESC ${pageSql(page)}`;
  const [count] = await db.$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS "total" FROM "Activity" a WHERE ${condition}`;
  return { items: await withDetails(db, rows), page: page.page, pageSize: page.pageSize, total: count?.total ?? 0 };
}

/** One activity, or null. */
export async function activityById(db: PrismaTx, id: string): Promise<ActivityRow | null> {
  if (!isUuid(id)) return null;
  const rows = await db.$queryRaw<BaseRow[]>`${SELECT} WHERE a."id" = ${id}::uuid`;
  const [row] = await withDetails(db, rows);
  return row ?? null;
}

async function withDetails(db: PrismaTx, rows: readonly BaseRow[]): Promise<ActivityRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const participants = await db.activityParticipant.findMany({
    where: { activityId: { in: ids } },
    select: { activityId: true, groupId: true, status: true, confirmedAt: true, group: { select: { name: true } } },
    orderBy: [{ activityId: 'asc' }, { groupId: 'asc' }],
  });
  const beneficiaries = await db.activityBeneficiary.findMany({
    where: { activityId: { in: ids } },
    select: { activityId: true, pmksCode: true, count: true },
    orderBy: [{ activityId: 'asc' }, { pmksCode: 'asc' }],
  });
  const participantsOf = groupBy(participants, (p) => p.activityId);
  const beneficiariesOf = groupBy(beneficiaries, (b) => b.activityId);
  return rows.map((row) => {
    const own = participantsOf.get(row.id) ?? [];
    const reporter = reportingParticipation(own);
    return {
      ...row,
      reportingGroup: reporter ? { id: reporter.groupId, name: reporter.group.name } : null,
      participants: own.map((p) => ({ groupId: p.groupId, name: p.group.name, status: p.status })),
      beneficiaries: (beneficiariesOf.get(row.id) ?? []).map((b) => ({ pmksCode: b.pmksCode, count: b.count })),
    };
  });
}

/** Rows by key, each list in the rows' order (one pass instead of a filter per activity). */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
