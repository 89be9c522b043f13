/**
 * One migrated database per set of migrations, which test databases are copied from
 * (`CREATE DATABASE … TEMPLATE …`): copying takes tens of milliseconds where applying the 20-odd
 * migrations through Prisma takes most of a second, and the suite opens hundreds of databases.
 *
 * The template is named after a hash of prisma/migrations (names and bytes), so a changed or
 * added migration gets a template of its own and a template is never stale. It is built under a
 * temporary name and renamed when complete (a rename is atomic), so the globalSetup of each
 * vitest project, and a second run on the same server, can race to build it safely: whoever
 * loses the rename drops its copy. Nothing ever connects to the template after the rename
 * (PostgreSQL refuses to copy a database someone is connected to).
 *
 * Built with the app's own migrator: exactly what a start on an empty database does (tests of
 * the migrator and of a first start still open empty databases: `migrated: false`).
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { MIGRATIONS_DIR } from '../../src/paths.js';
import { openDatabase } from '../../src/storage/database.js';
import { readMigrationFiles } from '../../src/storage/migration-files.js';
import { migrate } from '../../src/storage/migrator.js';

const PREFIX = 'wksbm_tpl_';
/** Templates of other migration sets older than this are dropped (a developer's old branches). */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * The name of the migrated template on the server at `adminUrl`, built if missing. Also drops
 * other sets' templates not built in the last day (ignoring one in use).
 */
export async function ensureMigratedTemplate(adminUrl: string): Promise<string> {
  const files = await readMigrationFiles(MIGRATIONS_DIR);
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.name}\0${file.checksum}\n`);
  const name = `${PREFIX}${hash.digest('hex').slice(0, 16)}`;

  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    await dropStale(admin, name);
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return name;

    const building = `wksbm_tplbuild_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE "${building}"`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${building}`;
      const database = await openDatabase({ databaseUrl: url.toString(), dataDir: 'unused' });
      try {
        await migrate(database.prisma);
      } finally {
        await database.close();
      }
      await admin.query(`COMMENT ON DATABASE "${building}" IS '${new Date().toISOString()}'`);
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    } catch (error) {
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`).catch(() => undefined);
      // Lost the race to another setup: its template is as good as ours.
      const raced = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (raced.rowCount) return name;
      throw error;
    }
    return name;
  } finally {
    await admin.end();
  }
}

async function dropStale(admin: pg.Client, keep: string): Promise<void> {
  const rows = await admin.query<{ datname: string; built: string | null }>(
    `SELECT datname, shobj_description(oid, 'pg_database') AS built FROM pg_database WHERE datname LIKE 'wksbm\\_tpl%'`,
  );
  for (const { datname, built } of rows.rows) {
    if (datname === keep) continue;
    const time = built ? Date.parse(built) : NaN;
    // A build in progress has no comment yet: left alone unless it is a day-old leftover name.
    if (!Number.isFinite(time) || Date.now() - time < STALE_AFTER_MS) continue;
    // Without FORCE: a template another run is copying right now is skipped, not broken.
    await admin.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
  }
}
