/**
 * Template databases that test databases are copied from (`CREATE DATABASE … TEMPLATE …`):
 * one migrated, one migrated with the test region extract seeded. Copying takes tens of
 * milliseconds where applying the 20-odd migrations through Prisma takes most of a second and
 * seeding the extract about as long again, and the suite opens hundreds of databases.
 *
 * A template is named after a hash of what it holds (prisma/migrations' names and bytes; the
 * region extract's files), so a changed or added migration gets a template of its own and a
 * template is never stale. It is built under a
 * temporary name and renamed when complete (a rename is atomic), so the globalSetup of each
 * vitest project, and a second run on the same server, can race to build it safely: whoever
 * loses the rename drops its copy. Nothing ever connects to the template after the rename
 * (PostgreSQL refuses to copy a database someone is connected to).
 *
 * Built with the app's own migrator and seeder: exactly what a start on an empty database does
 * (tests of the migrator and of a first start still open empty databases: `contents: 'empty'`).
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { MIGRATIONS_DIR } from '../../src/paths.js';
import { openDatabase, type Database } from '../../src/storage/database.js';
import { readMigrationFiles } from '../../src/storage/migration-files.js';
import { migrate } from '../../src/storage/migrator.js';
import { seedRegions } from '../../src/storage/regions/seed-regions.js';
import { TEST_REGION_SOURCE } from './region-fixture.js';

const PREFIX = 'wksbm_tpl_';
/** Templates of other migration sets older than this are dropped (a developer's old branches). */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** The run's template databases (names on the run's PostgreSQL). */
export interface TestTemplates {
  /** Migrated, nothing else: what a first start finds after migrating. */
  readonly migrated: string;
  /** Migrated, with the test region extract (region-fixture.ts) seeded as a bot's start seeds it. */
  readonly testRegions: string;
}

/**
 * The templates on the server at `adminUrl`, built if missing. Also drops other sets'
 * templates not built in the last day (ignoring one in use).
 */
export async function ensureTestTemplates(adminUrl: string): Promise<TestTemplates> {
  const hash = createHash('sha256');
  for (const file of await readMigrationFiles(MIGRATIONS_DIR)) hash.update(`${file.name}\0${file.checksum}\n`);
  const migratedHash = hash.copy().digest('hex').slice(0, 16);
  hash.update(TEST_REGION_SOURCE.version);
  for (const file of readdirSync(TEST_REGION_SOURCE.dir).sort()) hash.update(`${file}\0`).update(readFileSync(join(TEST_REGION_SOURCE.dir, file)));
  const templates: TestTemplates = { migrated: `${PREFIX}${migratedHash}`, testRegions: `${PREFIX}r${hash.digest('hex').slice(0, 16)}` };

  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    await dropStale(admin, Object.values(templates));
    await buildOnce(admin, adminUrl, templates.migrated, undefined, async (database) => void (await migrate(database.prisma)));
    await buildOnce(admin, adminUrl, templates.testRegions, templates.migrated, async (database) => {
      await seedRegions(database.prisma, { source: TEST_REGION_SOURCE });
    });
    return templates;
  } finally {
    await admin.end();
  }
}

/**
 * Makes database `name` exist, filled by `fill` (on a copy of `from` when given): built under a
 * temporary name and renamed, so that it exists only complete.
 */
async function buildOnce(admin: pg.Client, adminUrl: string, name: string, from: string | undefined, fill: (database: Database) => Promise<void>): Promise<void> {
  const exists = async () => Boolean((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount);
  if (await exists()) return;
  const building = `wksbm_tplbuild_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE "${building}"${from ? ` TEMPLATE "${from}"` : ''}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${building}`;
    const database = await openDatabase({ databaseUrl: url.toString(), dataDir: 'unused' });
    try {
      await fill(database);
    } finally {
      await database.close();
    }
    await admin.query(`COMMENT ON DATABASE "${building}" IS '${new Date().toISOString()}'`);
    await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
  } catch (error) {
    await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`).catch(() => undefined);
    // Lost the race to another setup: its copy is as good as ours.
    if (await exists()) return;
    throw error;
  }
}

async function dropStale(admin: pg.Client, keep: readonly string[]): Promise<void> {
  const rows = await admin.query<{ datname: string; built: string | null }>(
    `SELECT datname, shobj_description(oid, 'pg_database') AS built FROM pg_database WHERE datname LIKE 'wksbm\\_tpl%'`,
  );
  for (const { datname, built } of rows.rows) {
    if (keep.includes(datname)) continue;
    const time = built ? Date.parse(built) : NaN;
    // A build in progress has no comment yet: left alone unless it is a day-old leftover name.
    if (!Number.isFinite(time) || Date.now() - time < STALE_AFTER_MS) continue;
    // Without FORCE: a template another run is copying right now is skipped, not broken.
    await admin.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
  }
}
