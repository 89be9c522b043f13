/**
 * What the admin API's area status (GET /api/areas/{desaCode}/status) reads, in one SQL
 * statement and no transaction: the desa with its kecamatan and kabupaten, the area's
 * status facts (area-facts-sql.ts, the same the status service reads), the officer's
 * override in force (as officer-sql.ts levelOverride reads it) and the latest level history (as
 * status-repository.ts `history` reads it). One statement sees one snapshot, as the
 * transaction of separate reads did. Plain SQL on the pool, prepared (unit-of-work/prepared.ts):
 * through Prisma the query compiler and planning this statement afresh each time cost several
 * times what running it does.
 */
import type { LevelOverride } from '../../domain/model/officers.js';
import type { AreaFacts, AreaRef, LevelRecord, WksbmLevel } from '../../domain/model/status.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { OVERRIDE_OFFICER_NAME } from '../officers/officer-sql.js';
import { clientSql } from '../unit-of-work/client-sql.js';
import { areaFactsColumns, areaFactsCtes, areaFactsOf, historyRw, type AreaFactsRow } from './area-facts-sql.js';

/** An area's status inputs for the API. */
export interface AreaStatusView {
  readonly village: { readonly name: string; readonly districtName: string; readonly regencyName: string };
  readonly facts: AreaFacts;
  readonly override: LevelOverride | null;
  /** Newest first. */
  readonly history: LevelRecord[];
}

interface ViewRow extends AreaFactsRow {
  readonly name: string;
  readonly districtName: string;
  readonly regencyName: string;
  readonly override: { level: WksbmLevel; reason: string; officerId: string; officerName: string | null; createdAt: string } | null;
  readonly history: Array<{ level: WksbmLevel; provisional: boolean; at: string }>;
}

/** The view of `area`, or null when its desa does not exist. */
export async function loadAreaStatusView(prisma: PrismaClient, area: AreaRef, since: Date, historyLimit: number): Promise<AreaStatusView | null> {
  const rw = historyRw(area);
  const limit = Math.max(0, Math.floor(historyLimit));
  const query = Prisma.sql`
    WITH ${areaFactsCtes(area, since)}
    SELECT v.name, d.name AS "districtName", k.name AS "regencyName",
      ${areaFactsColumns(area)},
      (SELECT json_build_object('level', o."level"::text, 'reason', o."reason", 'officerId', o."officerId"::text, 'officerName', ${Prisma.raw(OVERRIDE_OFFICER_NAME)},
                                'createdAt', to_char(o."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
       FROM "AreaLevelOverride" o
       WHERE o."villageCode" = ${area.villageCode} AND o."rw" = ${rw}::int AND o."clearedAt" IS NULL
       ORDER BY o."createdAt" DESC, o."id" DESC LIMIT 1) AS "override",
      (SELECT coalesce(json_agg(json_build_object('level', h."level", 'provisional', h."provisional", 'at', h."at") ORDER BY h."sortAt" DESC), '[]')
       FROM (SELECT "level"::text AS "level", "provisional", to_char("at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "at", "at" AS "sortAt"
             FROM "AreaLevelHistory" WHERE "villageCode" = ${area.villageCode} AND "rw" = ${rw}::int
             ORDER BY "at" DESC LIMIT ${limit}::int) h) AS "history"
    FROM "Region" v
    JOIN "Region" d ON d.code = v."parentCode"
    JOIN "Region" k ON k.code = d."parentCode"
    JOIN "Region" p ON p.code = k."parentCode"
    WHERE v.code = ${area.villageCode} AND v.level = 'village'`;
  const rows = await clientSql(prisma).rows<ViewRow>(query.text, query.values);
  const row = rows[0];
  if (!row) return null;
  return {
    village: { name: row.name, districtName: row.districtName, regencyName: row.regencyName },
    facts: areaFactsOf(row),
    override: row.override && { ...row.override, createdAt: new Date(row.override.createdAt) },
    history: row.history.map((record) => ({ level: record.level, provisional: record.provisional, at: new Date(record.at) })),
  };
}
