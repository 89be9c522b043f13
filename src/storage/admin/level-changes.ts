/** The latest changes of desa levels (AreaLevelHistory, whole desa) with the desa's names. */
import { Prisma } from '../generated/prisma/client.js';
import type { PrismaTx } from '../transaction-runner.js';
import { inScope, villageNamesJoin, VILLAGE_NAME_COLUMNS, type AreaScope } from './scope.js';

/** One change of a desa's level. */
export interface LevelChangeRow {
  villageCode: string;
  villageName: string;
  districtName: string;
  regencyName: string;
  /** The level before; null for a desa's first record. */
  from: string | null;
  to: string;
  provisional: boolean;
  at: Date;
}

/**
 * Changes of level, newest first: records whose level differs from the desa's record
 * before (a first record counts unless it is Belum Ada, which is no news).
 */
export async function latestLevelChanges(db: PrismaTx, scope: AreaScope, limit: number): Promise<LevelChangeRow[]> {
  return db.$queryRaw<LevelChangeRow[]>`
    SELECT h."villageCode", ${VILLAGE_NAME_COLUMNS}, h."previous" AS "from", h."level" AS "to", h."provisional", h."at"
    FROM (
      SELECT "villageCode", "level"::text AS "level", "provisional", "at", "id",
             lag("level"::text) OVER (PARTITION BY "villageCode" ORDER BY "at", "id") AS "previous"
      FROM "AreaLevelHistory"
      WHERE "rw" = 0 AND ${inScope(Prisma.sql`"villageCode"`, scope)}
    ) h
    ${villageNamesJoin(Prisma.sql`h."villageCode"`)}
    WHERE h."previous" IS DISTINCT FROM h."level" AND NOT (h."previous" IS NULL AND h."level" = 'belum_ada')
    ORDER BY h."at" DESC, h."id" DESC
    LIMIT ${limit}`;
}
