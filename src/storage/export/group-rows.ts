/**
 * Groups for the export, read in keyset-paginated batches ordered by (desa code, name, id):
 * each batch is one indexed query that starts after the last row of the previous one, so
 * memory stays at one batch however many groups there are and no row is read twice.
 *
 * There is no snapshot across batches (a long download must not hold a transaction open: it
 * would keep a pooled connection and hold back vacuum for as long as it lasts), so a group registered while the export runs may
 * or may not appear, and a group renamed mid-export may appear twice or not at all.
 */
import type { GroupType } from '../../domain/model/group-types.js';
import type { VerificationState } from '../../domain/model/groups.js';
import { decidedByJoin } from '../admin/scope.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { inScope, type ExportScope } from './export-scope.js';

/** One group as the export writes it (names of its region, its leader). */
export interface GroupExportRow {
  readonly id: string;
  readonly name: string;
  readonly type: GroupType;
  readonly typeOther: string | null;
  readonly villageCode: string;
  readonly provinceName: string;
  readonly regencyName: string;
  readonly districtName: string;
  readonly villageName: string;
  /** 0 when not given. */
  readonly rw: number;
  /** 0 when not given. */
  readonly rt: number;
  /** '' when not given. */
  readonly dusun: string;
  /** The group's own ketua (not the chat account that registered it); null when erased. */
  readonly leaderName: string | null;
  /** E.164, unmasked: the HTTP edge masks it for whoever may not see it. */
  readonly leaderPhone: string | null;
  readonly memberCount: number;
  readonly foundedYear: number | null;
  readonly meetingSchedule: string | null;
  readonly verification: VerificationState;
  readonly active: boolean;
  /** Registration day in Asia/Jakarta, YYYY-MM-DD. */
  readonly registeredOn: string;
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

interface GroupRowRaw extends Omit<GroupExportRow, 'rw' | 'rt' | 'memberCount' | 'foundedYear'> {
  nameNorm: string;
  rw: number | bigint;
  rt: number | bigint;
  memberCount: number | bigint;
  foundedYear: number | bigint | null;
}

/** Reads the groups in `scope`, `batchSize` rows per query, until there are no more. */
export async function* groupExportBatches(prisma: PrismaClient, scope: ExportScope, batchSize: number): AsyncGenerator<GroupExportRow[]> {
  let after: { villageCode: string; nameNorm: string; id: string } | null = null;
  for (;;) {
    const rows: GroupRowRaw[] = await prisma.$queryRaw<GroupRowRaw[]>`
      SELECT g."id"::text AS "id", g."name", g."nameNorm", g."type"::text AS "type", g."typeOther", g."villageCode",
             COALESCE(p."name", '') AS "provinceName", COALESCE(r."name", '') AS "regencyName",
             COALESCE(d."name", '') AS "districtName", COALESCE(v."name", '') AS "villageName",
             ar."rw", ar."rt", ar."dusun",
             g."ketuaName" AS "leaderName", g."ketuaPhone" AS "leaderPhone",
             g."memberCount", g."foundedYear", g."meetingSchedule", g."verification"::text AS "verification", g."active",
             to_char(g."createdAt" + interval '7 hours', 'YYYY-MM-DD') AS "registeredOn",
             decided."decidedByKind", decided."decidedByName", g."rejectionReason"
      FROM "Group" g
      JOIN "Area" ar ON ar."id" = g."areaId"
      LEFT JOIN "Region" v ON v."code" = g."villageCode"
      LEFT JOIN "Region" d ON d."code" = v."parentCode"
      LEFT JOIN "Region" r ON r."code" = d."parentCode"
      LEFT JOIN "Region" p ON p."code" = r."parentCode"
      ${decidedByJoin('group', Prisma.sql`g."id"`, Prisma.sql`g."verification"`)}
      WHERE ${inScope(Prisma.sql`g."villageCode"`, scope)}
        AND ${after === null ? Prisma.sql`TRUE` : Prisma.sql`(g."villageCode", g."nameNorm", g."id") > (${after.villageCode}, ${after.nameNorm}, ${after.id}::uuid)`}
      ORDER BY g."villageCode", g."nameNorm", g."id"
      LIMIT ${batchSize}`;
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    after = { villageCode: last.villageCode, nameNorm: last.nameNorm, id: last.id };
    yield rows.map(({ nameNorm: _nameNorm, ...row }) => ({
      ...row,
      rw: Number(row.rw),
      rt: Number(row.rt),
      memberCount: Number(row.memberCount),
      foundedYear: row.foundedYear === null ? null : Number(row.foundedYear),
    }));
    if (rows.length < batchSize) return;
  }
}
