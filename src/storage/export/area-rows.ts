/**
 * Desa for the areas export, with what their WKSBM status is computed from: one row per
 * desa in the scope that the system knows anything about (a group of any status, a
 * recorded level, or an officer's override). Desa without any of these are left out: they
 * are all "Belum Ada", and a province would otherwise list thousands of empty rows.
 *
 * Desa are read in keyset-paginated batches by code; each batch's facts come from
 * {@link loadVillageFacts} (four queries) plus one query for overrides and last changes.
 */
import type { AreaFacts, WksbmLevel } from '../../domain/model/status.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { inScope, type ExportScope } from './export-scope.js';
import { loadVillageFacts } from './village-facts.js';

/** One desa with its facts, its override in force and its last recorded level change. */
export interface AreaExportRow {
  readonly villageCode: string;
  readonly provinceName: string;
  readonly regencyName: string;
  readonly districtName: string;
  readonly villageName: string;
  readonly facts: AreaFacts;
  /** The level an officer set by hand (in force), or null. */
  readonly overrideLevel: WksbmLevel | null;
  /** The day (Asia/Jakarta, YYYY-MM-DD) of the latest recorded level change, or null. */
  readonly lastChangeOn: string | null;
}

interface VillageRaw {
  villageCode: string;
  provinceName: string;
  regencyName: string;
  districtName: string;
  villageName: string;
  overrideLevel: WksbmLevel | null;
  lastChangeOn: string | null;
}

/**
 * Reads the desa in `scope`, `batchSize` per batch, with facts of activities dated on or
 * after `since` (the status rules' window, `factsSince(now)`).
 */
export async function* areaExportBatches(
  prisma: PrismaClient,
  scope: ExportScope,
  since: Date,
  batchSize: number,
): AsyncGenerator<AreaExportRow[]> {
  let after = '';
  for (;;) {
    const codes = await nextVillageCodes(prisma, scope, after, batchSize);
    if (codes.length === 0) return;
    after = codes[codes.length - 1]!;
    const [villages, facts] = await Promise.all([describeVillages(prisma, codes), loadVillageFacts(prisma, codes, since)]);
    yield villages.map((village) => ({ ...village, facts: facts.get(village.villageCode)! }));
    if (codes.length < batchSize) return;
  }
}

/**
 * The next desa codes after `after`. Each source stops after `limit` distinct codes on its
 * index, so a batch costs the same however many desa follow it.
 */
async function nextVillageCodes(prisma: PrismaClient, scope: ExportScope, after: string, limit: number): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ code: string }>>`
    SELECT "code" FROM (
      (SELECT DISTINCT "villageCode" AS "code" FROM "Group"
        WHERE "villageCode" > ${after} AND ${inScope(Prisma.sql`"villageCode"`, scope)} ORDER BY 1 LIMIT ${limit})
      UNION
      (SELECT DISTINCT "villageCode" FROM "AreaLevelHistory"
        WHERE "villageCode" > ${after} AND "rw" = 0 AND ${inScope(Prisma.sql`"villageCode"`, scope)} ORDER BY 1 LIMIT ${limit})
      UNION
      (SELECT DISTINCT "villageCode" FROM "AreaLevelOverride"
        WHERE "villageCode" > ${after} AND "rw" = 0 AND ${inScope(Prisma.sql`"villageCode"`, scope)} ORDER BY 1 LIMIT ${limit})
    ) AS "known"
    ORDER BY "code" LIMIT ${limit}`;
  return rows.map((row) => row.code);
}

/** Names, the override in force and the last level change of each desa, in code order. */
async function describeVillages(prisma: PrismaClient, codes: readonly string[]): Promise<VillageRaw[]> {
  return prisma.$queryRaw<VillageRaw[]>`
    SELECT c."code" AS "villageCode",
           COALESCE(p."name", '') AS "provinceName", COALESCE(r."name", '') AS "regencyName",
           COALESCE(d."name", '') AS "districtName", COALESCE(v."name", '') AS "villageName",
           o."level" AS "overrideLevel", h."lastChangeOn"
    FROM unnest(${[...codes]}::text[]) AS c("code")
    LEFT JOIN "Region" v ON v."code" = c."code"
    LEFT JOIN "Region" d ON d."code" = v."parentCode"
    LEFT JOIN "Region" r ON r."code" = d."parentCode"
    LEFT JOIN "Region" p ON p."code" = r."parentCode"
    LEFT JOIN LATERAL (
      SELECT x."level"::text AS "level" FROM "AreaLevelOverride" x
      WHERE x."villageCode" = c."code" AND x."rw" = 0 AND x."clearedAt" IS NULL
      ORDER BY x."createdAt" DESC, x."id" DESC LIMIT 1
    ) o ON TRUE
    LEFT JOIN LATERAL (
      SELECT to_char(y."at" + interval '7 hours', 'YYYY-MM-DD') AS "lastChangeOn" FROM "AreaLevelHistory" y
      WHERE y."villageCode" = c."code" AND y."rw" = 0
      ORDER BY y."at" DESC LIMIT 1
    ) h ON TRUE
    ORDER BY c."code"`;
}
