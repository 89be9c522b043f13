/**
 * {@link AreaCountsReader} on plain SQL: areas found by their `nameNorm` through the B-tree on
 * (level, nameNorm), and the desa of one area counted per level in force in one statement,
 * as the dashboard counts them (storage/admin/area-summary.ts): an officer's override in
 * force, else the latest recorded whole-desa level, else Belum Ada.
 */
import { AREA_KIND_WORDS, type AreaCounts, type AreaCountsReader, type LeveledVillage, type NamedArea, type VillageFacts } from '../../domain/model/area-counts.js';
import { WKSBM_LEVELS, type WksbmLevel } from '../../domain/model/status.js';
import { ownEntry, recordOf } from '../../core/record.js';
import { PROVINCE_ALIASES } from '../regions/province-aliases.js';
import { normalizeRegionName } from '../regions/region-name.js';
import { regencyNames } from '../regions/village-query.js';
import type { Sql } from '../unit-of-work/sql.js';
import { readVillageFacts } from './village-facts-sql.js';

/** English words for a kabupaten or kota, as the village search's words. */
const ENGLISH_MARKERS: Readonly<Record<string, string>> = { regency: 'kabupaten', city: 'kota' };
/** Words around a place's name in a question ("di", "se-", "yang"): never part of the name searched. */
const AROUND = new Set(['di', 'se', 'sa', 'in', 'dalam', 'wilayah', 'daerah', 'area', 'seluruh', 'semua', 'yang', 'yg', 'the', 'of']);

/** The names searched for each kind of area, as `nameNorm` values. */
interface AreaNames {
  /** The kind a word before the name said ("kec godean"); undefined when none did. */
  readonly kind?: NamedArea['kind'];
  readonly provinces: string[];
  readonly regencies: string[];
  /** A kecamatan's name, and words its kabupaten/kota or provinsi name holds ('' for none). */
  readonly districts: { readonly name: string; readonly within: string }[];
}

/** Reads a typed place into the names to look up ("kec godean sleman": kecamatan Godean in a kabupaten with "sleman" in its name). */
export function areaNames(query: string): AreaNames {
  let words = normalizeRegionName(query).split(' ').filter((word) => word !== '');
  while (words.length > 0 && AROUND.has(words[0]!)) words = words.slice(1);
  while (words.length > 0 && AROUND.has(words.at(-1)!)) words = words.slice(0, -1);
  // "sleman regency", "godean district", "jawa tengah province": the kind said after the name.
  const last = words.at(-1) ?? '';
  if (words.length >= 2 && ['regency', 'city', 'district', 'province'].includes(last) && !AREA_KIND_WORDS.has(words[0]!)) words = [last, ...words.slice(0, -1)];
  const [marker = ''] = words;
  const kind = AREA_KIND_WORDS.get(marker);
  const name = kind ? words.slice(1) : words;
  if (name.length === 0 || name.length > 5) return { provinces: [], regencies: [], districts: [] };
  const joined = name.join(' ');
  const provinces = kind === undefined || kind === 'province' ? [...new Set([joined, ownEntry(PROVINCE_ALIASES, joined) ?? joined])] : [];
  // The village search's reading of a kabupaten/kota's name, with the English marker in its words.
  const asTyped = [ownEntry(ENGLISH_MARKERS, marker) ?? marker, ...words.slice(1)].join(' ');
  const regencies = kind === undefined || kind === 'regency' ? regencyNames(asTyped) : [];
  const districts =
    kind === undefined || kind === 'district'
      ? // "godean", and "godean sleman": the name, then the last words as the place it lies in.
        name.map((_, at) => ({ name: name.slice(0, at + 1).join(' '), within: name.slice(at + 1).join(' ') }))
      : [];
  return { ...(kind && { kind }), provinces, regencies, districts };
}

/** The area's row with the names above it. */
const AREA_SQL = `
SELECT r.code, r.level::text AS kind, r.name, k.name AS "parentName", p.name AS "grandparentName"
FROM "Region" r
LEFT JOIN "Region" k ON k.code = r."parentCode"
LEFT JOIN "Region" p ON p.code = k."parentCode"`;

/**
 * Provinces, then kabupaten/kota, then kecamatan with those names (a kecamatan with words
 * after its name only where its kabupaten/kota or provinsi name holds them), widest first.
 */
const FIND_SQL = `${AREA_SQL}
WHERE (r.level = 'province' AND r."nameNorm" = ANY($1::text[]))
   OR (r.level = 'regency' AND r."nameNorm" = ANY($2::text[]))
   OR (r.level = 'district' AND r."nameNorm" = ANY($3::text[]) AND EXISTS (
         SELECT 1 FROM unnest($3::text[], $4::text[]) AS c(name, within)
         WHERE c.name = r."nameNorm" AND (c.within = '' OR position(c.within IN k."nameNorm") > 0 OR position(c.within IN p."nameNorm") > 0)))
ORDER BY length(r.code), r.code
LIMIT $5`;

/**
 * The desa under the area (codes start with its code and a dot) with their level in force:
 * the count per level, then up to `$3` of those above Belum Ada, highest level first.
 */
const COUNTS_SQL = `
WITH v AS (
  SELECT code, name, "parentCode" FROM "Region" WHERE level = 'village' AND left(code, $2) = $1
), h AS (
  SELECT DISTINCT ON ("villageCode") "villageCode", "level"::text AS level
  FROM "AreaLevelHistory" WHERE "rw" = 0 AND left("villageCode", $2) = $1
  ORDER BY "villageCode", "at" DESC, "id" DESC
), o AS (
  SELECT DISTINCT ON ("villageCode") "villageCode", "level"::text AS level
  FROM "AreaLevelOverride" WHERE "rw" = 0 AND "clearedAt" IS NULL AND left("villageCode", $2) = $1
  ORDER BY "villageCode", "createdAt" DESC, "id" DESC
), x AS (
  SELECT v.code, v.name, v."parentCode", COALESCE(o.level, h.level, 'belum_ada') AS level
  FROM v LEFT JOIN h ON h."villageCode" = v.code LEFT JOIN o ON o."villageCode" = v.code
)
SELECT level, count(*)::int AS count, NULL AS code, NULL AS name, NULL AS "districtName" FROM x GROUP BY level
UNION ALL (
  SELECT x.level, 0, x.code, x.name, d.name
  FROM x JOIN "Region" d ON d.code = x."parentCode"
  WHERE x.level <> 'belum_ada'
  ORDER BY CASE x.level WHEN 'aktif' THEN 0 WHEN 'tumbuh' THEN 1 WHEN 'rintisan' THEN 2 ELSE 3 END, x.name, x.code
  LIMIT $3
)`;

interface AreaRow {
  code: string;
  kind: NamedArea['kind'] | 'village';
  name: string;
  parentName: string | null;
  grandparentName: string | null;
}

interface CountRow {
  level: WksbmLevel;
  count: number;
  code: string | null;
  name: string | null;
  districtName: string | null;
}

/** Areas above the desa and their counts, on one transaction's plain SQL. */
export class SqlAreaCounts implements AreaCountsReader {
  constructor(private readonly sql: Sql) {}

  async findAreas(query: string, limit: number): Promise<NamedArea[]> {
    const names = areaNames(query.slice(0, 100));
    if (names.provinces.length + names.regencies.length + names.districts.length === 0) return [];
    const rows = await this.sql.rows<AreaRow>(FIND_SQL, [
      names.provinces,
      names.regencies,
      names.districts.map((district) => district.name),
      names.districts.map((district) => district.within),
      Math.min(Math.max(Math.trunc(limit), 1), 50),
    ]);
    const areas = rows.flatMap((row) => {
      const area = areaOf(row);
      return area ? [area] : [];
    });
    // "di bantul", "di sleman": the kabupaten people mean, not the kecamatan of the same name
    // inside it ("kec. bantul" says so when it is meant).
    const wider = areas.some((area) => area.kind !== 'district');
    return names.kind === undefined && wider ? areas.filter((area) => area.kind !== 'district') : areas;
  }

  async area(code: string): Promise<NamedArea | null> {
    const [row] = await this.sql.rows<AreaRow>(`${AREA_SQL} WHERE r.code = $1`, [code]);
    return row ? areaOf(row) : null;
  }

  async counts(area: NamedArea, listLimit: number): Promise<AreaCounts> {
    const rows = await this.sql.rows<CountRow>(COUNTS_SQL, [`${area.code}.`, area.code.length + 1, Math.max(0, Math.trunc(listLimit))]);
    const levels = recordOf(WKSBM_LEVELS, () => 0);
    const listed: LeveledVillage[] = [];
    for (const row of rows) {
      if (!(WKSBM_LEVELS as readonly string[]).includes(row.level)) continue;
      if (row.code === null) levels[row.level] += row.count;
      else listed.push({ code: row.code, name: row.name ?? '', districtName: row.districtName ?? '', level: row.level });
    }
    const villages = WKSBM_LEVELS.reduce((sum, level) => sum + levels[level], 0);
    return { area, villages, levels, listed };
  }

  villageFacts(area: NamedArea, since: Date): Promise<VillageFacts[]> {
    return readVillageFacts(this.sql, area.code, since);
  }
}

function areaOf(row: AreaRow): NamedArea | null {
  if (row.kind === 'village') return null;
  const within = row.kind === 'district' ? [row.parentName, row.grandparentName] : row.kind === 'regency' ? [row.parentName] : [];
  return { code: row.code, kind: row.kind, name: row.name, within: within.filter((name): name is string => name !== null) };
}
