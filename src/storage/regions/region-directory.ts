/**
 * {@link RegionDirectory} over the seeded `Region` table: typo-tolerant village search with
 * PostgreSQL's pg_trgm, on the embedded PostgreSQL and on a server alike. Identical names are looked up first
 * through the B-tree on (level, nameNorm); the GIN trigram index on `nameNorm` then finds
 * similar names. Both need what the seed step leaves behind: fresh statistics and an empty
 * GIN pending list (see seed-regions.ts).
 */
import type { RegionDirectory, VillageInfo, VillageMatch } from '../../domain/model/regions.js';
import type { PrismaTx } from '../transaction-runner.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import { CONTEXT_SEPARATOR, readVillageQuery, type VillageQueryReading } from './village-query.js';

/** Searches return at most this many villages, whatever the caller asks. */
const MAX_LIMIT = 50;

/** A top hit at least this good (exact name, place fits) needs no fuzzy search of other readings. */
const CONFIDENT = 0.9;
/** Fuzzy (non-identical) names score below this, so exact hits scoring it cannot be outranked. */
const UNBEATABLE = 0.99;

/** How candidates are found: identical names (B-tree, cheap) or similar ones (trigram index). */
type Match = 'exact' | 'fuzzy';

const MATCH_CONDITION: Readonly<Record<Match, string>> = {
  exact: 'r."nameNorm" = q.part',
  fuzzy: 'r."nameNorm" % q.part',
};

/**
 * Village score for each reading of the query (see village-query.ts), best reading kept:
 *
 * - name: trigram similarity of the village name to the reading's village words. Only an
 *   identical name scores 1, so exact matches rank first (trigram sets ignore repeats:
 *   "kute lang" and "kute lang lang" would otherwise tie).
 * - place: when the reading has context items, each item's best word_similarity to the
 *   kecamatan, kabupaten/kota or provinsi name, averaged. It scales the name score from
 *   ½ (nothing fits) to 1 (all fit), so "sidomulyo bambanglipuro" puts that Sidomulyo above
 *   the 97 others, and a typo in the village name still wins when the place fits.
 *
 * `%` (similarity above pg_trgm.similarity_threshold, default 0.3) uses the GIN trigram
 * index, once per reading. Ties are broken by code, so results are stable. `reading` is the
 * 1-based index of the reading that gave the village its score.
 */
function searchSql(match: Match): string {
  return `
WITH reading AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::float8[]) WITH ORDINALITY AS q(part, context, weight, idx)
), hit AS (
  SELECT v.code, v."parentCode", q.context, q.idx,
         q.weight * CASE WHEN v."nameNorm" = q.part THEN 1 ELSE least(similarity(v."nameNorm", q.part), ${UNBEATABLE} - 0.01) END AS name_score
  FROM reading q
  CROSS JOIN LATERAL (
    SELECT r.code, r."parentCode", r."nameNorm" FROM "Region" r
    WHERE ${MATCH_CONDITION[match]} AND r.level = 'village'
  ) v
), scored AS (
  SELECT h.code, h.idx,
         h.name_score * CASE WHEN h.context = '' THEN 1 ELSE 0.5 + 0.5 * (
           SELECT avg(greatest(word_similarity(w, d."nameNorm"), word_similarity(w, k."nameNorm"), word_similarity(w, p."nameNorm")))
           FROM unnest(string_to_array(h.context, '${CONTEXT_SEPARATOR}')) AS w
         ) END AS score
  FROM hit h
  JOIN "Region" d ON d.code = h."parentCode"
  JOIN "Region" k ON k.code = d."parentCode"
  JOIN "Region" p ON p.code = k."parentCode"
), best AS (
  SELECT DISTINCT ON (code) code, idx, score FROM scored ORDER BY code, score DESC
), top AS (
  SELECT * FROM best ORDER BY score DESC, code LIMIT $4
)
SELECT s.code, v.name, d.name AS "districtName", k.name AS "regencyName", p.name AS "provinceName",
       s.score::float8 AS score, s.idx::int AS reading
FROM top s
JOIN "Region" v ON v.code = s.code
JOIN "Region" d ON d.code = v."parentCode"
JOIN "Region" k ON k.code = d."parentCode"
JOIN "Region" p ON p.code = k."parentCode"
ORDER BY s.score DESC, s.code`;
}

const SEARCH_SQL: Readonly<Record<Match, string>> = { exact: searchSql('exact'), fuzzy: searchSql('fuzzy') };

interface Hit extends VillageMatch {
  /** 1-based index of the reading that scored it. */
  readonly reading: number;
}

/**
 * Implements {@link RegionDirectory} on one transaction's plain SQL: the registration and
 * status flows search villages on most of their steps, so no ORM stands in between.
 */
export class SqlRegionDirectory implements RegionDirectory {
  constructor(private readonly sql: Sql) {}

  /**
   * Exact names first (cheap). When they fill the list with perfect scores (a common name
   * typed right), that is the answer. When the best of them is confident (the name typed
   * right, and the place too if one was given), only its reading is searched again by
   * trigrams, to offer similar names below it. Otherwise (typos) every reading is.
   */
  async searchVillages(query: string, limit: number): Promise<VillageMatch[]> {
    const readings = readVillageQuery(query);
    const max = Math.min(Math.max(Math.trunc(limit), 0), MAX_LIMIT);
    if (readings.length === 0 || max === 0) return [];

    const exact = await this.search('exact', readings, max);
    const last = exact[max - 1];
    if (last !== undefined && last.score >= UNBEATABLE) return exact.map(matchOf);
    const top = exact[0];
    const fuzzyReadings = top !== undefined && top.score >= CONFIDENT ? [readings[top.reading - 1]!] : readings;
    const fuzzy = await this.search('fuzzy', fuzzyReadings, max);
    return merge(exact, fuzzy, max).map(matchOf);
  }

  private async search(match: Match, readings: readonly VillageQueryReading[], max: number): Promise<Hit[]> {
    // Every value is a bound parameter: quotes, % and _ in the query are just text.
    const rows = await this.sql.rows<Hit>(SEARCH_SQL[match], [
      readings.map((reading) => reading.part),
      readings.map((reading) => reading.context),
      readings.map((reading) => reading.weight),
      max,
    ]);
    return rows.map((row) => ({ ...row, score: Number(row.score), reading: Number(row.reading) }));
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

/** Each village once with its best score, best first, ties by code. */
function merge(a: readonly Hit[], b: readonly Hit[], max: number): Hit[] {
  const byCode = new Map<string, Hit>();
  for (const hit of [...a, ...b]) {
    const seen = byCode.get(hit.code);
    if (!seen || seen.score < hit.score) byCode.set(hit.code, hit);
  }
  return [...byCode.values()].sort((x, y) => y.score - x.score || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0)).slice(0, max);
}

/** The public shape of a hit, its score rounded to 3 decimals. */
function matchOf(hit: Hit): VillageMatch {
  return { ...villageOf(hit), score: Math.round(hit.score * 1000) / 1000 };
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
