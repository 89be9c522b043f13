/**
 * Loads the Kemendagri region list (idn-area-data) into the `Region` table on start.
 *
 * Runs once per dataset version: a marker row in `RegionDataset` records the version and
 * row count, so a later start only reads that row and counts the table. Rows go in with
 * set-based `INSERT … SELECT FROM unnest(…)` in chunks (one statement per chunk, not one
 * per row); a new dataset version is applied as an upsert, and regions it no longer lists are
 * deleted unless something still refers to them.
 */
import type { PrismaClient } from '../generated/prisma/client.js';
import { silentLogger, type StorageLogger } from '../logger.js';
import type { PrismaTx } from '../transaction-runner.js';
import {
  installedRegionDataSource,
  readRegionData,
  REGION_DATASET_NAME,
  REGION_LEVELS,
  type RegionDataSource,
  type RegionLevelName,
  type RegionRow,
} from './region-dataset.js';

/**
 * Bump when the way rows are derived from the files changes (e.g. name normalisation), so
 * that existing databases are re-seeded although the package version stayed the same.
 */
export const REGION_SEED_FORMAT = 1;

/**
 * Rows per INSERT: big enough to be fast, small enough for modest parameter payloads, and
 * under a tenth of the ~92,000 rows so that the progress log has a line at every 10 %.
 */
const CHUNK_SIZE = 5_000;

/** The trigram index of prisma/migrations/20261129010000_region_search. */
const TRIGRAM_INDEX = 'Region_nameNorm_trgm_idx';

/** Advisory lock so that app instances starting together seed once, one after another. */
const SEED_LOCK_KEY = 72_656_769;

/** A re-seed of a big table may take a while, especially while another instance holds the lock. */
const SEED_TX = { timeout: 10 * 60_000, maxWait: 60_000 } as const;

/** Options of {@link seedRegions}. */
export interface SeedRegionsOptions {
  readonly logger?: StorageLogger | undefined;
  /** Another dataset folder and version (tests); defaults to the installed idn-area-data. */
  readonly source?: RegionDataSource | undefined;
  /** Rows processed so far out of all rows, after each batch of a seed (not called when up to date). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** What {@link seedRegions} did. */
export interface SeedRegionsResult {
  /** `up-to-date`: the marker matched and nothing was written. */
  readonly status: 'up-to-date' | 'seeded';
  /** The marker version, e.g. "4.0.1/1" (package version / seed format). */
  readonly version: string;
  /** Rows in the `Region` table afterwards. */
  readonly rows: number;
  /** Rows inserted or changed. */
  readonly written: number;
  /** Regions no longer in the dataset that were deleted. */
  readonly removed: number;
  /** Regions no longer in the dataset that were kept because data refers to them. */
  readonly kept: number;
  readonly ms: number;
}

interface Marker {
  readonly version: string;
  readonly rowCount: number;
}

/**
 * Makes the `Region` table hold the installed dataset. Call it after `migrate()` on every
 * start: when the table is already up to date it reads one row and counts the table.
 * Safe to run from several instances at once.
 */
export async function seedRegions(prisma: PrismaClient, options: SeedRegionsOptions = {}): Promise<SeedRegionsResult> {
  const started = performance.now();
  const logger = options.logger ?? silentLogger;
  const source = options.source ?? (await installedRegionDataSource());
  const version = seedVersion(source);
  const elapsed = (): number => Math.round(performance.now() - started);

  const current = await regionsUpToDate(prisma, source);
  if (current) return { ...current, ms: elapsed() };

  // Parsed outside the transaction: it takes a moment and needs no lock.
  const data = await readRegionData(source);
  const result = await prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const state = await readState(tx); // another instance may have seeded while we waited
    if (isUpToDate(state, version)) return { status: 'up-to-date' as const, rows: state.rows, written: 0, removed: 0, kept: 0 };

    let written = 0;
    const total = REGION_LEVELS.reduce((sum, level) => sum + data.levels[level].length, 0);
    let processed = 0;
    options.onProgress?.(0, total);
    for (const level of REGION_LEVELS) {
      written += await upsertLevel(tx, level, data.levels[level], (rows) => {
        processed += rows;
        options.onProgress?.(processed, total);
      });
    }
    const obsolete = state.rows > 0 ? await obsoleteCodes(tx, data.levels) : [];
    const removed = await removeUnreferenced(tx, obsolete);
    const rows = await countRegions(tx);
    // New GIN entries wait in the index's pending list, which every search reads in full
    // (~10 ms) until a vacuum merges it, and autovacuum comes when it gets round to it, not
    // before the first search: merge it now.
    await tx.$queryRawUnsafe(`SELECT gin_clean_pending_list('"${TRIGRAM_INDEX}"'::regclass)::int AS merged`);
    // Fresh statistics, or the planner misjudges the trigram search until autovacuum analyzes.
    await tx.$executeRawUnsafe('ANALYZE "Region"');
    await tx.$executeRaw`
      INSERT INTO "RegionDataset" ("name", "version", "rowCount", "seededAt")
      VALUES (${REGION_DATASET_NAME}, ${version}, ${rows}, ${new Date()})
      ON CONFLICT ("name") DO UPDATE SET "version" = EXCLUDED."version", "rowCount" = EXCLUDED."rowCount", "seededAt" = EXCLUDED."seededAt"`;
    return { status: 'seeded' as const, rows, written, removed, kept: obsolete.length - removed };
  }, SEED_TX);

  if (result.kept > 0) {
    logger.warn({ kept: result.kept }, 'regions no longer in the dataset were kept because groups or areas refer to them');
  }
  if (result.status === 'seeded') {
    logger.info({ dataset: REGION_DATASET_NAME, version, rows: result.rows, written: result.written, removed: result.removed, ms: elapsed() }, 'regions seeded');
  }
  return { ...result, version, ms: elapsed() };
}

/** The marker version of `source`'s rows, e.g. "4.0.1/1". */
function seedVersion(source: RegionDataSource): string {
  return `${source.version}/${REGION_SEED_FORMAT}`;
}

/**
 * What {@link seedRegions} would answer when the table already holds `source` (one row read
 * and a count), or null when it has work to do.
 */
export async function regionsUpToDate(prisma: PrismaClient, source: RegionDataSource): Promise<SeedRegionsResult | null> {
  const started = performance.now();
  const version = seedVersion(source);
  const current = await prisma.$transaction((tx) => readState(tx));
  if (!isUpToDate(current, version)) return null;
  return { status: 'up-to-date', version, rows: current.rows, written: 0, removed: 0, kept: 0, ms: Math.round(performance.now() - started) };
}

interface SeedState {
  readonly marker: Marker | null;
  readonly rows: number;
}

async function readState(tx: PrismaTx): Promise<SeedState> {
  const marker = await tx.regionDataset.findUnique({
    where: { name: REGION_DATASET_NAME },
    select: { version: true, rowCount: true },
  });
  return { marker, rows: await countRegions(tx) };
}

/** The count guards against a table emptied or changed by hand since the marker was written. */
function isUpToDate(state: SeedState, version: string): state is SeedState & { marker: Marker } {
  return state.marker !== null && state.marker.version === version && state.marker.rowCount === state.rows;
}

async function countRegions(tx: PrismaTx): Promise<number> {
  const [row] = await tx.$queryRaw<Array<{ count: number }>>`SELECT count(*)::int AS "count" FROM "Region"`;
  return row?.count ?? 0;
}

/** Inserts new rows and updates changed ones; unchanged rows are not touched (no dead tuples). */
async function upsertLevel(tx: PrismaTx, level: RegionLevelName, rows: readonly RegionRow[], onChunk: (rows: number) => void): Promise<number> {
  let written = 0;
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    const chunk = rows.slice(start, start + CHUNK_SIZE);
    written += await tx.$executeRawUnsafe(
      `INSERT INTO "Region" ("code", "level", "parentCode", "name", "nameNorm")
       SELECT r.code, $1::"RegionLevel", NULLIF(r.parent, ''), r.name, r.norm
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS r(code, parent, name, norm)
       ON CONFLICT ("code") DO UPDATE
         SET "level" = EXCLUDED."level", "parentCode" = EXCLUDED."parentCode",
             "name" = EXCLUDED."name", "nameNorm" = EXCLUDED."nameNorm"
       WHERE ("Region"."level", "Region"."parentCode", "Region"."name", "Region"."nameNorm")
             IS DISTINCT FROM (EXCLUDED."level", EXCLUDED."parentCode", EXCLUDED."name", EXCLUDED."nameNorm")`,
      level,
      chunk.map((row) => row.code),
      // '' stands for "no parent": NULL elements are not needed in the array parameter.
      chunk.map((row) => row.parentCode ?? ''),
      chunk.map((row) => row.name),
      chunk.map((row) => row.nameNorm),
    );
    onChunk(chunk.length);
  }
  return written;
}

/** Codes in the table that the dataset no longer lists, children before parents. */
async function obsoleteCodes(tx: PrismaTx, levels: Readonly<Record<RegionLevelName, readonly RegionRow[]>>): Promise<string[]> {
  const current = new Set(REGION_LEVELS.flatMap((level) => levels[level].map((row) => row.code)));
  const stored = await tx.$queryRaw<Array<{ code: string }>>`SELECT "code" FROM "Region"`;
  // Longer codes are lower levels; deleting them first frees their parents.
  return stored
    .map((row) => row.code)
    .filter((code) => !current.has(code))
    .sort((a, b) => b.length - a.length);
}

/**
 * Deletes obsolete regions nothing refers to: no child region, no area (foreign key), and
 * no group, activity or status history by village code (plain columns, kept meaningful).
 */
async function removeUnreferenced(tx: PrismaTx, codes: readonly string[]): Promise<number> {
  let removed = 0;
  for (const length of [...new Set(codes.map((code) => code.length))]) {
    const batch = codes.filter((code) => code.length === length);
    removed += await tx.$executeRawUnsafe(
      `DELETE FROM "Region" r
       WHERE r."code" = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM "Region" c WHERE c."parentCode" = r."code")
         AND NOT EXISTS (SELECT 1 FROM "Area" a WHERE a."villageCode" = r."code")
         AND NOT EXISTS (SELECT 1 FROM "Group" g WHERE g."villageCode" = r."code")
         AND NOT EXISTS (SELECT 1 FROM "Activity" x WHERE x."villageCode" = r."code")
         AND NOT EXISTS (SELECT 1 FROM "AreaLevelHistory" h WHERE h."villageCode" = r."code")`,
      batch,
    );
  }
  return removed;
}
