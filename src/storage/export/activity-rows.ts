/**
 * Activities for the export, read in keyset-paginated batches ordered by (desa code, date,
 * id) on the (villageCode, date) index; each batch's groups and beneficiaries come in one
 * query each. Like the group export, batches share no snapshot (see group-rows.ts).
 */
import type { ActivityCategory } from '../../domain/activities/ports.js';
import type { VerificationState } from '../../domain/groups/ports.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { inScope, type ExportScope } from './export-scope.js';

/** Which activities: a scope and an optional inclusive range of activity dates. */
export interface ActivityExportFilter {
  readonly scope: ExportScope;
  /** YYYY-MM-DD, inclusive. */
  readonly from?: string | undefined;
  /** YYYY-MM-DD, inclusive. */
  readonly to?: string | undefined;
}

/** One activity as the export writes it. */
export interface ActivityExportRow {
  readonly id: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly category: ActivityCategory;
  readonly description: string;
  /** Names of the groups that confirmed taking part, sorted. */
  readonly confirmedGroups: readonly string[];
  /** Beneficiaries per PMKS code (counts above zero), by code. */
  readonly beneficiaries: ReadonlyArray<{ readonly pmksCode: number; readonly count: number }>;
  readonly villageCode: string;
  readonly provinceName: string;
  readonly regencyName: string;
  readonly districtName: string;
  readonly villageName: string;
  readonly verification: VerificationState;
  /** The day it was reported, Asia/Jakarta, YYYY-MM-DD. */
  readonly reportedOn: string;
}

type ActivityRowRaw = Omit<ActivityExportRow, 'confirmedGroups' | 'beneficiaries'>;

/** Reads the activities matching `filter`, `batchSize` per query, until there are no more. */
export async function* activityExportBatches(
  prisma: PrismaClient,
  filter: ActivityExportFilter,
  batchSize: number,
): AsyncGenerator<ActivityExportRow[]> {
  const dates = Prisma.sql`${filter.from === undefined ? Prisma.sql`TRUE` : Prisma.sql`a."date" >= ${filter.from}::date`}
    AND ${filter.to === undefined ? Prisma.sql`TRUE` : Prisma.sql`a."date" <= ${filter.to}::date`}`;
  let after: { villageCode: string; date: string; id: string } | null = null;
  for (;;) {
    const rows: ActivityRowRaw[] = await prisma.$queryRaw<ActivityRowRaw[]>`
      SELECT a."id"::text AS "id", to_char(a."date", 'YYYY-MM-DD') AS "date", a."category"::text AS "category",
             a."description", a."villageCode",
             COALESCE(p."name", '') AS "provinceName", COALESCE(r."name", '') AS "regencyName",
             COALESCE(d."name", '') AS "districtName", COALESCE(v."name", '') AS "villageName",
             a."verification"::text AS "verification",
             to_char(a."createdAt" + interval '7 hours', 'YYYY-MM-DD') AS "reportedOn"
      FROM "Activity" a
      LEFT JOIN "Region" v ON v."code" = a."villageCode"
      LEFT JOIN "Region" d ON d."code" = v."parentCode"
      LEFT JOIN "Region" r ON r."code" = d."parentCode"
      LEFT JOIN "Region" p ON p."code" = r."parentCode"
      WHERE ${inScope(Prisma.sql`a."villageCode"`, filter.scope)} AND ${dates}
        AND ${after === null ? Prisma.sql`TRUE` : Prisma.sql`(a."villageCode", a."date", a."id") > (${after.villageCode}, ${after.date}::date, ${after.id}::uuid)`}
      ORDER BY a."villageCode", a."date", a."id"
      LIMIT ${batchSize}`;
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    after = { villageCode: last.villageCode, date: last.date, id: last.id };
    yield await withDetails(prisma, rows);
    if (rows.length < batchSize) return;
  }
}

/** Adds each activity's confirmed groups and beneficiaries (two queries for the batch). */
async function withDetails(prisma: PrismaClient, rows: readonly ActivityRowRaw[]): Promise<ActivityExportRow[]> {
  const ids = rows.map((row) => row.id);
  const [participants, beneficiaries] = await Promise.all([
    prisma.activityParticipant.findMany({
      where: { activityId: { in: ids }, status: 'confirmed' },
      select: { activityId: true, group: { select: { name: true } } },
    }),
    prisma.activityBeneficiary.findMany({
      where: { activityId: { in: ids }, count: { gt: 0 } },
      select: { activityId: true, pmksCode: true, count: true },
      orderBy: { pmksCode: 'asc' },
    }),
  ]);
  const groupsOf = new Map<string, string[]>();
  for (const participant of participants) {
    const names = groupsOf.get(participant.activityId) ?? [];
    names.push(participant.group.name);
    groupsOf.set(participant.activityId, names);
  }
  const servedBy = new Map<string, Array<{ pmksCode: number; count: number }>>();
  for (const beneficiary of beneficiaries) {
    const list = servedBy.get(beneficiary.activityId) ?? [];
    list.push({ pmksCode: beneficiary.pmksCode, count: beneficiary.count });
    servedBy.set(beneficiary.activityId, list);
  }
  return rows.map((row) => ({
    ...row,
    confirmedGroups: (groupsOf.get(row.id) ?? []).sort((a, b) => a.localeCompare(b, 'id')),
    beneficiaries: servedBy.get(row.id) ?? [],
  }));
}
