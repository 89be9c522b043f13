/**
 * Activities for the export, read in keyset-paginated batches ordered by (desa code, date,
 * id) on the (villageCode, date) index, each with its confirmed groups and beneficiaries,
 * one statement per batch. Like the group export, batches share no snapshot (see group-rows.ts).
 */
import { field } from '../../core/unknown.js';
import type { ActivityCategory } from '../../domain/model/activities.js';
import type { VerificationState } from '../../domain/model/groups.js';
import { decidedByJoin } from '../admin/scope.js';
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
  /** Names of the groups that confirmed taking part, sorted by the database's collation. */
  readonly confirmedGroups: readonly string[];
  /** Beneficiaries per PMKS code (counts above zero), by code. */
  readonly beneficiaries: ReadonlyArray<{ readonly pmksCode: number; readonly count: number }>;
  /** Evidence photos attached to it (the export lists the count, never the images). */
  readonly photoCount: number;
  readonly villageCode: string;
  readonly provinceName: string;
  readonly regencyName: string;
  readonly districtName: string;
  readonly villageName: string;
  readonly verification: VerificationState;
  /** The day it was reported, Asia/Jakarta, YYYY-MM-DD. */
  readonly reportedOn: string;
  /**
   * Who gave the verdict in force, from the audit log as the admin API's `decidedBy`:
   * "officer" or "admin"; null while pending, or for a verdict the log does not hold.
   */
  readonly decidedByKind: string | null;
  /** The decider's name as their person has it now; null for the ADMIN_TOKEN holder, a person with no name or one erased. */
  readonly decidedByName: string | null;
  /** Why it was rejected, as the admin API's `rejectionReason` (the same column); null unless rejected. */
  readonly rejectionReason: string | null;
}

interface ActivityRowRaw extends Omit<ActivityExportRow, 'beneficiaries'> {
  /** JSON text: [{ pmksCode, count }] (as text, so both adapters hand over the same). */
  readonly beneficiaries: string;
}

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
             to_char(a."createdAt" + interval '7 hours', 'YYYY-MM-DD') AS "reportedOn",
             coalesce((SELECT array_agg(g."name" ORDER BY g."name") FROM "ActivityParticipant" p JOIN "Group" g ON g."id" = p."groupId"
                       WHERE p."activityId" = a."id" AND p."status" = 'confirmed'), '{}') AS "confirmedGroups",
             coalesce((SELECT json_agg(json_build_object('pmksCode', b."pmksCode", 'count', b."count") ORDER BY b."pmksCode")
                       FROM "ActivityBeneficiary" b WHERE b."activityId" = a."id" AND b."count" > 0), '[]')::text AS "beneficiaries",
             (SELECT count(*) FROM "ActivityPhoto" f WHERE f."activityId" = a."id")::int AS "photoCount",
             decided."decidedByKind", decided."decidedByName", a."rejectionReason"
      FROM "Activity" a
      LEFT JOIN "Region" v ON v."code" = a."villageCode"
      LEFT JOIN "Region" d ON d."code" = v."parentCode"
      LEFT JOIN "Region" r ON r."code" = d."parentCode"
      LEFT JOIN "Region" p ON p."code" = r."parentCode"
      ${decidedByJoin('activity', Prisma.sql`a."id"`, Prisma.sql`a."verification"`)}
      WHERE ${inScope(Prisma.sql`a."villageCode"`, filter.scope)} AND ${dates}
        AND ${after === null ? Prisma.sql`TRUE` : Prisma.sql`(a."villageCode", a."date", a."id") > (${after.villageCode}, ${after.date}::date, ${after.id}::uuid)`}
      ORDER BY a."villageCode", a."date", a."id"
      LIMIT ${batchSize}`;
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    after = { villageCode: last.villageCode, date: last.date, id: last.id };
    yield rows.map((row) => ({
      ...row,
      beneficiaries: beneficiaryList(row.beneficiaries),
    }));
    if (rows.length < batchSize) return;
  }
}

type Beneficiary = ActivityExportRow['beneficiaries'][number];

/** The query's json_agg of { pmksCode, count }, checked entry by entry (two typeofs: cheap on a large export). */
function beneficiaryList(text: string): Beneficiary[] {
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) ? parsed.filter(isBeneficiary) : [];
}

function isBeneficiary(value: unknown): value is Beneficiary {
  return typeof field(value, 'pmksCode') === 'number' && typeof field(value, 'count') === 'number';
}
