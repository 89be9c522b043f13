/**
 * Region codes by name, over the region list as read from the dataset (no database): what
 * `npm run areas -- <name>` prints so an admin can find the code for an officer invite.
 */
import type { RegionData, RegionLevelName, RegionRow } from './region-dataset.js';
import { REGION_LEVELS } from './region-dataset.js';
import { normalizeRegionName } from './region-name.js';

/** The levels one can search, as people say them. */
export const AREA_LEVELS = ['provinsi', 'kabupaten', 'kecamatan', 'desa'] as const;
/** One of {@link AREA_LEVELS}. */
export type AreaLevel = (typeof AREA_LEVELS)[number];

const LEVEL_OF: Readonly<Record<AreaLevel, RegionLevelName>> = {
  provinsi: 'province',
  kabupaten: 'regency',
  kecamatan: 'district',
  desa: 'village',
};

/** One region whose name matched. */
export interface AreaMatch {
  readonly code: string;
  readonly level: RegionLevelName;
  /** "provinsi", "kab/kota", "kecamatan", "desa/kel". */
  readonly levelLabel: string;
  readonly name: string;
  /** The names above it, nearest first: kecamatan, kabupaten/kota, provinsi. */
  readonly within: readonly string[];
}

const LABEL: Readonly<Record<RegionLevelName, string>> = {
  province: 'provinsi',
  regency: 'kab/kota',
  district: 'kecamatan',
  village: 'desa/kel',
};

/** Regency names carry "Kabupaten "/"Kota ": a search for "sleman" still counts as exact. */
const REGENCY_PREFIX = /^(kabupaten|kota|kab) /;

/**
 * The region of a code ("34.04.07": what it is, and where), or the regions whose normalized
 * name contains every word of `query`: exact names first
 * (with or without "Kabupaten"/"Kota"), then names that start with the query, then the
 * rest; within each, higher levels first, then by code.
 */
export function areaMatches(
  data: RegionData,
  query: string,
  options: { readonly level?: AreaLevel; readonly limit?: number } = {},
): { matches: AreaMatch[]; total: number } {
  const byCode = new Map<string, RegionRow>();
  const levelOf = new Map<string, RegionLevelName>();
  for (const level of REGION_LEVELS) {
    for (const row of data.levels[level]) {
      byCode.set(row.code, row);
      levelOf.set(row.code, level);
    }
  }
  // A code ("34.04.07"), to tell what it is: that region alone.
  if (REGION_CODE.test(query.trim())) {
    const row = byCode.get(query.trim());
    const level = levelOf.get(query.trim());
    if (!row || !level || (options.level && LEVEL_OF[options.level] !== level)) return { matches: [], total: 0 };
    return { matches: [matchOf(row, level, byCode)], total: 1 };
  }
  const wanted = normalizeRegionName(query);
  const words = wanted.split(' ').filter(Boolean);
  if (words.length === 0) return { matches: [], total: 0 };

  const levels = options.level ? [LEVEL_OF[options.level]] : REGION_LEVELS;
  const found: { row: RegionRow; level: RegionLevelName; rank: number }[] = [];
  for (const level of levels) {
    for (const row of data.levels[level]) {
      if (!words.every((word) => row.nameNorm.includes(word))) continue;
      const bare = row.nameNorm.replace(REGENCY_PREFIX, '');
      const rank = row.nameNorm === wanted || bare === wanted ? 0 : row.nameNorm.startsWith(wanted) || bare.startsWith(wanted) ? 1 : 2;
      found.push({ row, level, rank });
    }
  }
  found.sort(
    (a, b) => a.rank - b.rank || REGION_LEVELS.indexOf(a.level) - REGION_LEVELS.indexOf(b.level) || a.row.code.localeCompare(b.row.code),
  );
  const matches = found.slice(0, options.limit ?? 30).map(({ row, level }) => matchOf(row, level, byCode));
  return { matches, total: found.length };
}

/** A Kemendagri code as written: "34", "34.04", "34.04.07", "34.04.07.2001". */
const REGION_CODE = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;

function matchOf(row: RegionRow, level: RegionLevelName, byCode: ReadonlyMap<string, RegionRow>): AreaMatch {
  const within: string[] = [];
  for (let parent = row.parentCode; parent !== null; ) {
    const up = byCode.get(parent);
    if (!up) break;
    within.push(up.name);
    parent = up.parentCode;
  }
  return { code: row.code, level, levelLabel: LABEL[level], name: row.name, within };
}
