/**
 * {@link RegionDirectory} over the seeded `Region` table: typo-tolerant village search with
 * PostgreSQL's pg_trgm, on the embedded PostgreSQL and on a server alike. Identical names are looked up first
 * through the B-tree on (level, nameNorm); the GIN trigram index on `nameNorm` then finds
 * similar names. Both need what the seed step leaves behind: fresh statistics and an empty
 * GIN pending list (see seed-regions.ts).
 */
import type { PlaceSearch, PlaceSearchOptions, RegionDirectory, VillageInfo, VillageMatch } from '../../domain/model/regions.js';
import type { PrismaTx } from '../transaction-runner.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import { CONTEXT_SEPARATOR, readVillageQuery, regencyNames } from './village-query.js';

/** Searches return at most this many villages, whatever the caller asks. */
const MAX_LIMIT = 50;

/** A top hit at least this good (exact name, place fits) needs no fuzzy search of other readings. */
const CONFIDENT = 0.9;
/** Fuzzy (non-identical) names score below this, so exact hits scoring it cannot be outranked. */
const UNBEATABLE = 0.99;

/**
 * The name score of a village found through its kecamatan ("sewon" for the desa of Kec.
 * Sewon), whatever the reading's weight: below an identical village name typed as such,
 * above one read with a word dropped ("kec. godean": Kec. Godean's desa before a desa named
 * Godean elsewhere, 0.95) and above most similar names.
 */
const IN_DISTRICT = 0.96;
/**
 * A kecamatan's villages are offered only where the place typed with it fits (scaled score
 * at least this share of {@link IN_DISTRICT}): "sewon bantul" yes; "sidomlyo bambanglipuro"
 * (a typo of the village, with its kecamatan) does not list Bambanglipuro's other desa.
 */
const DISTRICT_FIT = 0.9;

/** How candidates are found: identical names (B-tree, cheap) or similar ones (trigram index). */
type Match = 'exact' | 'fuzzy';

const MATCH_CONDITION: Readonly<Record<Match, string>> = {
  exact: 'r."nameNorm" = q.part',
  fuzzy: 'r."nameNorm" % q.part',
};

/**
 * The villages named like each row of the CTE `readings` (`q`), with their name, the reading's context,
 * index and name score. Only an identical name scores 1, so exact matches rank first
 * (trigram sets ignore repeats: "kute lang" and "kute lang lang" would otherwise tie).
 * `%` (similarity above pg_trgm.similarity_threshold, default 0.3) uses the GIN trigram
 * index, once per reading.
 */
function hitsSql(match: Match, readings: string): string {
  return `
  SELECT v.code, v.name, v."parentCode", q.context, q.idx,
         q.weight * CASE WHEN v."nameNorm" = q.part THEN 1 ELSE least(similarity(v."nameNorm", q.part), ${UNBEATABLE} - 0.01) END AS name_score
  FROM ${readings} q
  CROSS JOIN LATERAL (
    SELECT r.code, r.name, r."parentCode", r."nameNorm" FROM "Region" r
    WHERE ${MATCH_CONDITION[match]} AND r.level = 'village'
  ) v`;
}

/**
 * The place columns each scored hit carries from the one join with its kecamatan, kabupaten/kota
 * and provinsi in {@link scoredSql}: the names shown, and the keys of {@link PLACE_ORDER}. Sorting
 * and merging carry them along, so neither the tie-break nor the final list looks a name up again.
 */
const PLACE_COLUMNS = 'name, "districtName", "regencyName", "provinceName", province_order, regency_order';

/**
 * The hits of the CTE `hits` with their village score and {@link PLACE_COLUMNS}: when the reading has context items,
 * each item's best word_similarity to the kecamatan, kabupaten/kota or provinsi name,
 * averaged, scales the name score from ½ (nothing fits) to 1 (all fit), so
 * "sidomulyo bambanglipuro" puts that Sidomulyo above the 97 others, and a typo in the
 * village name still wins when the place fits.
 */
function scoredSql(hits: string): string {
  return `
  SELECT h.code, h.idx, h."parentCode", h.name, d.name AS "districtName", k.name AS "regencyName", p.name AS "provinceName",
         p."nameNorm" COLLATE "C" AS province_order, k."nameNorm" COLLATE "C" AS regency_order,
         h.name_score * CASE WHEN h.context = '' THEN 1 ELSE 0.5 + 0.5 * (
           SELECT avg(greatest(word_similarity(w, d."nameNorm"), word_similarity(w, k."nameNorm"), word_similarity(w, p."nameNorm")))
           FROM unnest(string_to_array(h.context, '${CONTEXT_SEPARATOR}')) AS w
         ) END AS score
  FROM ${hits} h
  JOIN "Region" d ON d.code = h."parentCode"
  JOIN "Region" k ON k.code = d."parentCode"
  JOIN "Region" p ON p.code = k."parentCode"`;
}

/** Whether the village code in `column` lies under one of the codes of `$7` (PP.KK, PP.KK.CC…). */
function near(column: string): string {
  return `EXISTS (SELECT 1 FROM unnest($7::text[]) AS n WHERE ${column} = n OR ${column} LIKE n || '.%')`;
}

/**
 * Tie-break of villages equally scored: by the name of the provinsi, then of the
 * kabupaten/kota, then by code, over the columns {@link scoredSql} carries (`province_order`,
 * `regency_order`), so no candidate costs a lookup of its own before the LIMIT.
 * Codes follow no order a person sees ("sidomulyo" listed Sumatera Utara first); names let
 * them scan the list as an atlas does. `nameNorm` in byte order: the same on every engine.
 */
const PLACE_ORDER = 'province_order, regency_order, code';

/**
 * The order of the exact hits (`exact_top`): best score first; among equal scores the
 * person's own area (`near`), then {@link PLACE_ORDER}. The confident pick follows it too,
 * so the reading searched again for similar names is the one that found the top hit shown.
 */
const EXACT_ORDER = `score DESC, near DESC, ${PLACE_ORDER}`;

/**
 * The whole search in one statement (one round trip), each village scored by its best
 * reading of the query (see village-query.ts):
 *
 * 1. Identical names first, through the B-tree (`exact_*`): the best `$4` of them. A reading
 *    with chatter dropped (`$8`, village-query.ts `quiet`) counts only where no reading that kept
 *    those words as the place fits fully (`placed`): "limbangan bener" is Kec. Bener's
 *    Limbangan, not every Limbangan scored 1 by the reading without "bener" (nor, in step 3,
 *    the desa of Kec. Limbangan that reading names).
 * 2. When they fill the list with scores no similar name can reach (a common name typed
 *    right), that is the answer: `choice.settled`, and no reading is searched by trigrams.
 *    When the best of them (the first in {@link EXACT_ORDER}, as listed) is confident (the
 *    name typed right, and the place too if one was given), only its reading is searched
 *    again by trigrams (`choice.confident`), to offer similar names below it. Otherwise
 *    (typos) every reading is.
 * 3. A reading that is a kecamatan's name exactly (B-tree) also finds that kecamatan's
 *    villages (`district_*`, flagged `inDistrict`), where the place typed with it fits:
 *    people often type their kecamatan when asked for their desa. Readings the query itself
 *    marks as a kecamatan ("kec. sewon") always do, and are never searched as village names;
 *    others unless settled ("godean": the desa named Godean first, Kec. Godean's desa after).
 * 4. Each village once with its best score, best first, `$4` of them; among equal scores
 *    those under a code of `$7` (the person's own area, `near`) first, then ties by provinsi
 *    and kabupaten/kota name ({@link PLACE_ORDER}),
 *    except that the villages of several kecamatan of one name take turns ("kec depok":
 *    Depok of Sleman and of Cirebon both in the list, not the first one's alone).
 * 5. After the villages, the kabupaten/kota whose `nameNorm` is one of `$6`
 *    (village-query.ts `regencyNames`: "sleman" → kabupaten sleman), flagged `regency`: one
 *    B-tree lookup, so a kabupaten typed as the desa costs no second round trip.
 *
 * The text is the same for every query (one prepared statement, planned once for all
 * values): the trigram scans run per row of `fuzzy_reading`, so a settled search reads no
 * trigram index at all. Taking the best `$4` of the exact hits before merging loses
 * nothing: a village below them is below `$4` others in the merged list too. A village two
 * readings score alike counts for the more literal one (`idx`), so the choice of reading to
 * search again never depends on how a sort happened to order ties.
 */
const SEARCH_SQL = `
WITH reading AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::float8[], $5::boolean[], $8::boolean[]) WITH ORDINALITY AS q(part, context, weight, kecamatan, quiet, idx)
), village_reading AS (
  SELECT * FROM reading WHERE NOT kecamatan
), exact_hit AS (${hitsSql('exact', 'village_reading')}
), exact_scored AS (${scoredSql('exact_hit')}
), placed AS (
  SELECT EXISTS (
    SELECT 1 FROM exact_scored e JOIN reading q USING (idx) WHERE NOT q.quiet AND q.context <> '' AND e.score >= ${UNBEATABLE}::float8
  ) AS placed
), exact_best AS (
  SELECT DISTINCT ON (code) code, idx, score, ${PLACE_COLUMNS}
  FROM exact_scored e JOIN reading q USING (idx) CROSS JOIN placed
  WHERE NOT (q.quiet AND placed.placed)
  ORDER BY code, score DESC, idx
), exact_top AS (
  SELECT e.*, ${near('e.code')} AS near FROM exact_best e ORDER BY ${EXACT_ORDER} LIMIT $4
), choice AS (
  SELECT count(*) = $4 AND min(score) >= ${UNBEATABLE}::float8 AS settled,
         (SELECT idx FROM exact_top WHERE score >= ${CONFIDENT}::float8 ORDER BY ${EXACT_ORDER} LIMIT 1) AS confident
  FROM exact_top
), fuzzy_reading AS (
  SELECT q.* FROM village_reading q CROSS JOIN choice c
  WHERE NOT c.settled AND (c.confident IS NULL OR q.idx = c.confident)
), fuzzy_hit AS (${hitsSql('fuzzy', 'fuzzy_reading')}
), fuzzy_scored AS (${scoredSql('fuzzy_hit')}
), district_hit AS (
  SELECT v.code, v.name, v."parentCode", q.context, q.idx, ${IN_DISTRICT}::float8 AS name_score
  FROM reading q
  CROSS JOIN choice c
  CROSS JOIN placed
  JOIN "Region" kec ON kec.level = 'district' AND kec."nameNorm" = q.part
  JOIN "Region" v ON v."parentCode" = kec.code AND v.level = 'village'
  WHERE (q.kecamatan OR NOT c.settled) AND NOT (q.quiet AND placed.placed)
), district_scored AS (
  SELECT s.*, row_number() OVER (PARTITION BY s."parentCode" ORDER BY s.code) AS turn
  FROM (${scoredSql('district_hit')}
  ) s WHERE s.score >= ${DISTRICT_FIT * IN_DISTRICT}::float8
), best AS (
  SELECT DISTINCT ON (code) code, score, in_district, turn, ${PLACE_COLUMNS}
  FROM (
    SELECT code, score, false AS in_district, 1::bigint AS turn, ${PLACE_COLUMNS} FROM exact_top
    UNION ALL SELECT code, score, false, 1, ${PLACE_COLUMNS} FROM fuzzy_scored
    UNION ALL SELECT code, score, true, turn, ${PLACE_COLUMNS} FROM district_scored
  ) s
  ORDER BY code, score DESC, in_district
), top AS (
  SELECT b.*, ${near('b.code')} AS near FROM best b ORDER BY score DESC, near DESC, turn, ${PLACE_ORDER} LIMIT $4
), named_regency AS (
  SELECT k.code, k.name, p.name AS "provinceName", p."nameNorm" COLLATE "C" AS province_order, k."nameNorm" COLLATE "C" AS regency_order
  FROM "Region" k
  JOIN "Region" p ON p.code = k."parentCode"
  WHERE k.level = 'regency' AND k."nameNorm" = ANY($6::text[])
)
SELECT s.code, s.name, s."districtName", s."regencyName", s."provinceName",
       s.score::float8 AS score, s.in_district AS "inDistrict", false AS regency, s.near, s.turn, s.province_order, s.regency_order
FROM top s
UNION ALL
SELECT r.code, r.name, NULL, r.name, r."provinceName", 1::float8, false, true, false, 0::bigint, r.province_order, r.regency_order
FROM named_regency r
ORDER BY regency, score DESC, near DESC, turn, province_order, regency_order, code`;

/**
 * Implements {@link RegionDirectory} on one transaction's plain SQL: the registration and
 * status flows search villages on most of their steps, so no ORM stands in between.
 */
export class SqlRegionDirectory implements RegionDirectory {
  constructor(private readonly sql: Sql) {}

  /** See {@link SEARCH_SQL}: exact names first, then similar ones where they may rank. */
  async searchVillages(query: string, limit: number): Promise<VillageMatch[]> {
    return (await this.searchPlaces(query, limit)).villages;
  }

  /** See {@link SEARCH_SQL}: the villages, then the kabupaten/kota named, in one statement. */
  async searchPlaces(query: string, limit: number, options: PlaceSearchOptions = {}): Promise<PlaceSearch> {
    const readings = readVillageQuery(query);
    const max = Math.min(Math.max(Math.trunc(limit), 0), MAX_LIMIT);
    if (readings.length === 0 || max === 0) return { villages: [], regencies: [] };
    // Every value is a bound parameter: quotes, % and _ in the query are just text.
    const rows = await this.sql.rows<VillageMatch & { regency: boolean }>(SEARCH_SQL, [
      readings.map((reading) => reading.part),
      readings.map((reading) => reading.context),
      readings.map((reading) => reading.weight),
      max,
      readings.map((reading) => reading.kecamatan === true),
      regencyNames(query),
      [...(options.near ?? [])],
      readings.map((reading) => reading.quiet === true),
    ]);
    return {
      villages: rows.filter((row) => !row.regency).map(matchOf),
      regencies: rows.filter((row) => row.regency).map(({ code, name, provinceName }) => ({ code, name, provinceName })),
    };
  }

  async village(code: string): Promise<VillageInfo | null> {
    const rows = await this.sql.rows<VillageInfo>(
      `SELECT v.code, v.name, d.name AS "districtName", k.name AS "regencyName", p.name AS "provinceName"
      FROM "Region" v
      JOIN "Region" d ON d.code = v."parentCode"
      JOIN "Region" k ON k.code = d."parentCode"
      JOIN "Region" p ON p.code = k."parentCode"
      WHERE v.code = $1 AND v.level = 'village'`,
      [code],
    );
    return rows[0] ? villageOf(rows[0]) : null;
  }
}

/** Builds the {@link RegionDirectory} of one transaction, for the app's Tx object: on its plain SQL (by default through its Prisma client). */
export function createRegionDirectory(tx: PrismaTx, sql: Sql = prismaSql(tx)): RegionDirectory {
  return new SqlRegionDirectory(sql);
}

/** The public shape of a hit, its score rounded to 3 decimals. */
function matchOf(hit: VillageMatch): VillageMatch {
  return { ...villageOf(hit), score: Math.round(Number(hit.score) * 1000) / 1000, ...(hit.inDistrict === true && { inDistrict: true as const }) };
}

/** Exactly the fields of {@link VillageInfo}, whatever else the row carried. */
function villageOf(row: VillageInfo): VillageInfo {
  return {
    code: row.code,
    name: row.name,
    districtName: row.districtName,
    regencyName: row.regencyName,
    provinceName: row.provinceName,
  };
}
