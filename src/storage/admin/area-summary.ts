/**
 * Figures per region for the dashboard's drill-down (provinsi → kabupaten → kecamatan →
 * desa): desa, groups, pending verifications and how many desa stand at each level. A desa
 * stands at its level in force: an officer's override where one is in force (as the chat's
 * status answer and the area status route show it), else its latest AreaLevelHistory record
 * (no live computation), so a whole kabupaten costs a handful of grouped queries.
 */
import { recordOf } from '../../core/record.js';
import { WKSBM_LEVELS, type WksbmLevel } from '../../domain/model/status.js';
import { Prisma } from '../generated/prisma/client.js';
import { OVERRIDE_OFFICER_NAME } from '../officers/officer-sql.js';
import type { PrismaTx } from '../transaction-runner.js';

/** A region by code. */
export interface RegionRow {
  code: string;
  name: string;
  level: 'province' | 'regency' | 'district' | 'village';
}

/** The figures of one region. */
export interface AreaFigures {
  villages: number;
  /** Groups not rejected. */
  groups: number;
  /** Of which not deactivated. */
  activeGroups: number;
  /** Pending groups (not deactivated) and pending activities. */
  pendingVerifications: number;
  /** Desa per level in force (an officer's override, else the latest recorded level); desa with neither count as belum_ada. */
  levels: Record<WksbmLevel, number>;
}

/** The regions with these codes, in code order. */
export async function regionsByCodes(db: PrismaTx, codes: readonly string[]): Promise<RegionRow[]> {
  if (codes.length === 0) return [];
  return db.region.findMany({ where: { code: { in: [...codes] } }, select: { code: true, name: true, level: true }, orderBy: { code: 'asc' } });
}

/** The children of a region (the provinces for null), in code order. */
export async function childRegions(db: PrismaTx, parentCode: string | null): Promise<RegionRow[]> {
  return db.region.findMany({
    where: parentCode === null ? { level: 'province' } : { parentCode },
    select: { code: true, name: true, level: true },
    orderBy: { code: 'asc' },
  });
}

/** Figures of each region code (codes of any levels; each is counted over the desa under it). */
export async function areaFigures(db: PrismaTx, codes: readonly string[]): Promise<Map<string, AreaFigures>> {
  const result = new Map<string, AreaFigures>();
  for (const code of codes) result.set(code, emptyFigures());
  // Codes of one level have one length, so "the region of a desa" is a left() of its code.
  const byLength = new Map<number, string[]>();
  for (const code of new Set(codes)) byLength.set(code.length, [...(byLength.get(code.length) ?? []), code]);
  for (const [length, group] of byLength) await addFigures(db, length, group, result);
  return result;
}

/** The latest recorded whole-desa level of each desa in `codes` that has one. */
export async function latestLevels(db: PrismaTx, villageCodes: readonly string[]): Promise<Map<string, WksbmLevel>> {
  if (villageCodes.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ villageCode: string; level: WksbmLevel }>>`
    SELECT DISTINCT ON ("villageCode") "villageCode", "level"::text AS "level"
    FROM "AreaLevelHistory" WHERE "rw" = 0 AND "villageCode" = ANY(${[...villageCodes]}::text[])
    ORDER BY "villageCode", "at" DESC, "id" DESC`;
  return new Map(rows.map((row) => [row.villageCode, row.level]));
}

/** An officer's override of a desa's level, as the API shows it. */
export interface OverrideRow {
  level: WksbmLevel;
  reason: string;
  officerId: string;
  /** As LevelOverride's: the officer's own name now, or null. */
  officerName: string | null;
  createdAt: Date;
}

/** The whole-desa override in force (the newest not withdrawn) of each desa in `codes` that has one. */
export async function overridesInForce(db: PrismaTx, villageCodes: readonly string[]): Promise<Map<string, OverrideRow>> {
  if (villageCodes.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<OverrideRow & { villageCode: string }>>`
    SELECT DISTINCT ON (o."villageCode") o."villageCode", o."level"::text AS "level", o."reason", o."officerId"::text AS "officerId",
           ${Prisma.raw(OVERRIDE_OFFICER_NAME)} AS "officerName", o."createdAt"
    FROM "AreaLevelOverride" o WHERE o."rw" = 0 AND o."clearedAt" IS NULL AND o."villageCode" = ANY(${[...villageCodes]}::text[])
    ORDER BY o."villageCode", o."createdAt" DESC, o."id" DESC`;
  return new Map(rows.map(({ villageCode, ...override }) => [villageCode, override]));
}

function emptyFigures(): AreaFigures {
  return {
    villages: 0,
    groups: 0,
    activeGroups: 0,
    pendingVerifications: 0,
    levels: recordOf(WKSBM_LEVELS, () => 0),
  };
}

async function addFigures(db: PrismaTx, length: number, codes: readonly string[], into: Map<string, AreaFigures>): Promise<void> {
  const list = [...codes];
  const villages = await db.$queryRaw<Array<{ code: string; count: number }>>`
    SELECT left("code", ${length}) AS "code", count(*)::int AS "count"
    FROM "Region" WHERE "level" = 'village' AND left("code", ${length}) = ANY(${list}::text[])
    GROUP BY 1`;
  const groups = await db.$queryRaw<Array<{ code: string; groups: number; activeGroups: number; pending: number }>>`
    SELECT left("villageCode", ${length}) AS "code",
           count(*) FILTER (WHERE "verification" <> 'rejected')::int AS "groups",
           count(*) FILTER (WHERE "verification" <> 'rejected' AND "active")::int AS "activeGroups",
           count(*) FILTER (WHERE "verification" = 'pending' AND "active")::int AS "pending"
    FROM "Group" WHERE left("villageCode", ${length}) = ANY(${list}::text[])
    GROUP BY 1`;
  const activities = await db.$queryRaw<Array<{ code: string; pending: number }>>`
    SELECT left("villageCode", ${length}) AS "code", count(*)::int AS "pending"
    FROM "Activity" WHERE "verification" = 'pending' AND left("villageCode", ${length}) = ANY(${list}::text[])
    GROUP BY 1`;
  const levels = await db.$queryRaw<Array<{ code: string; level: WksbmLevel; count: number }>>`
    SELECT left(x."villageCode", ${length}) AS "code", x."level", count(*)::int AS "count"
    FROM (
      -- An officer's override in force wins over the recorded level (FULL JOIN: a desa may
      -- have an override and no record yet).
      SELECT "villageCode", COALESCE(o."level", h."level") AS "level"
      FROM (
        SELECT DISTINCT ON ("villageCode") "villageCode", "level"::text AS "level"
        FROM "AreaLevelHistory" WHERE "rw" = 0 AND left("villageCode", ${length}) = ANY(${list}::text[])
        ORDER BY "villageCode", "at" DESC, "id" DESC
      ) h
      FULL JOIN (
        SELECT DISTINCT ON ("villageCode") "villageCode", "level"::text AS "level"
        FROM "AreaLevelOverride" WHERE "rw" = 0 AND "clearedAt" IS NULL AND left("villageCode", ${length}) = ANY(${list}::text[])
        ORDER BY "villageCode", "createdAt" DESC, "id" DESC
      ) o USING ("villageCode")
    ) x
    GROUP BY 1, 2`;

  for (const row of villages) into.get(row.code)!.villages = row.count;
  for (const row of groups) {
    const figures = into.get(row.code)!;
    figures.groups = row.groups;
    figures.activeGroups = row.activeGroups;
    figures.pendingVerifications += row.pending;
  }
  for (const row of activities) into.get(row.code)!.pendingVerifications += row.pending;
  for (const figures of list.map((code) => into.get(code)!)) figures.levels.belum_ada = figures.villages;
  for (const row of levels) {
    if (row.level === 'belum_ada') continue;
    const figures = into.get(row.code)!;
    figures.levels[row.level] += row.count;
    figures.levels.belum_ada = Math.max(0, figures.levels.belum_ada - row.count);
  }
}
