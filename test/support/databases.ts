/**
 * Real PostgreSQL databases for tests: a fresh database per call on the run's PostgreSQL,
 * which test/support/postgres-global-setup.ts provides (a server at 127.0.0.1:5432 when one
 * answers, else an embedded cluster started for the run). No test is skipped for lack of
 * a server.
 *
 * Typical use:
 * ```ts
 * describeEachDatabase('my repository', (kind) => {
 *   let db: TestDatabase;
 *   beforeAll(async () => { db = await openTestDatabase(kind); });
 *   afterAll(() => db?.close());
 *   it('…', async () => { await db.prisma.person.count(); });
 * });
 * ```
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, inject } from 'vitest';
import { openDatabase, type Database, type DatabaseKind } from '../../src/storage/database.js';

export type { DatabaseKind } from '../../src/storage/database.js';

/** The run's maintenance database, used to create and drop test databases. */
export const POSTGRES_ADMIN_URL: string = inject('postgresAdminUrl');

/** Whether the run's PostgreSQL is a server or the embedded cluster started for the run. */
export const POSTGRES_SOURCE: 'server' | 'embedded' = inject('postgresSource');

/** The run's databases that test databases are copied from (migrated-template.ts). */
const TEMPLATES = inject('postgresTemplates');

/** True in CI (`CI` set). */
export const IN_CI = Boolean(process.env.CI);

/** The engines tests run on: PostgreSQL alone (kept a list so that suites read the same). */
export const DATABASE_KINDS: readonly DatabaseKind[] = ['postgres'];

/** Always true: the global setup provides a PostgreSQL or fails the run. */
export const POSTGRES_AVAILABLE = true;

/** An open, migrated test database. `close()` also drops a PostgreSQL test database. */
export interface TestDatabase extends Database {
  /** postgresql://… of the test database: for a second client on it. */
  readonly url: string;
}

/** Options of {@link openTestDatabase}. */
export interface OpenTestDatabaseOptions {
  /** Migrated (default true: a copy of the run's migrated template). False gives an empty database. */
  readonly migrate?: boolean;
}

/**
 * Opens a fresh database: a new PostgreSQL database `wksbm_test_<random>` dropped again by
 * `close()`. Migrated unless `migrate: false`. Each call is independent; call it in
 * `beforeAll` (or `beforeEach` for full isolation).
 */
export async function openTestDatabase(kind: DatabaseKind, options: OpenTestDatabaseOptions = {}): Promise<TestDatabase> {
  void kind; // one kind today; the parameter keeps suites written per engine unchanged
  const server = await createPostgresTestDatabase({ contents: (options.migrate ?? true) ? 'migrated' : 'empty' });
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: server.url, dataDir: 'unused' });
  } catch (error) {
    await database?.close().catch(() => undefined);
    await server.drop();
    throw error;
  }
  const opened = database;
  return {
    prisma: opened.prisma,
    kind: opened.kind,
    mode: opened.mode,
    url: server.url,
    close: async () => {
      try {
        await opened.close();
      } finally {
        await server.drop();
      }
    },
  };
}

/** A new, empty PostgreSQL database on the test server. */
export interface PostgresTestDatabase {
  readonly name: string;
  readonly url: string;
  /** Drops it, disconnecting any client still on it. */
  drop(): Promise<void>;
}

/** Options of {@link createPostgresTestDatabase}. */
export interface CreatePostgresTestDatabaseOptions {
  /**
   * What the new database holds: `migrated` (the default: a copy of the run's migrated
   * template), `test-regions` (migrated, with the test region extract seeded: what a test
   * bot's first start leaves), or `empty` (for tests of migrating and of a first start).
   */
  readonly contents?: 'empty' | 'migrated' | 'test-regions';
}

/** Creates `wksbm_test_<random>` on the server at {@link POSTGRES_ADMIN_URL}. */
export async function createPostgresTestDatabase(options: CreatePostgresTestDatabaseOptions = {}): Promise<PostgresTestDatabase> {
  const name = `wksbm_test_${randomBytes(6).toString('hex')}`;
  const contents = options.contents ?? 'migrated';
  const template = contents === 'empty' ? '' : ` TEMPLATE "${contents === 'migrated' ? TEMPLATES.migrated : TEMPLATES.testRegions}"`;
  try {
    await adminQuery(`CREATE DATABASE "${name}"${template}`);
  } catch (error) {
    throw new Error(
      `could not create a test database on the run's PostgreSQL (${POSTGRES_SOURCE}): ${String(error)}`,
      { cause: error },
    );
  }
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** `describe` once per engine (today PostgreSQL alone), titled `title [kind]`. */
export function describeEachDatabase(title: string, body: (kind: DatabaseKind) => void): void {
  for (const kind of DATABASE_KINDS) describe(`${title} [${kind}]`, () => body(kind));
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
