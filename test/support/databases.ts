/**
 * Real databases for tests: an in-memory PGlite always, and a fresh PostgreSQL database per
 * test suite when a server is reachable at 127.0.0.1:5432.
 *
 * Typical use, running every test on both engines:
 * ```ts
 * describeEachDatabase('my repository', (kind) => {
 *   let db: TestDatabase;
 *   beforeAll(async () => { db = await openTestDatabase(kind); });
 *   afterAll(() => db?.close());
 *   it('…', async () => { await db.prisma.person.count(); });
 * });
 * ```
 * Without a server the PostgreSQL suites are skipped with a message, except when `CI` is
 * set: then they run and fail, because CI must test PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { openDatabase, type Database, type DatabaseKind } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/migrator.js';

export type { DatabaseKind } from '../../src/storage/database.js';

/** The server's maintenance database, used to create and drop test databases. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** True when tests must not skip anything for lack of PostgreSQL. */
export const IN_CI = Boolean(process.env.CI);

/** Both engines, PGlite first. */
export const DATABASE_KINDS: readonly DatabaseKind[] = ['pglite', 'postgres'];

/** Whether the PostgreSQL server answered, probed once when this module loads. */
export const POSTGRES_AVAILABLE: boolean = await probePostgres();

if (!POSTGRES_AVAILABLE) {
  const where = POSTGRES_ADMIN_URL.replace(/\/\/[^@/]*@/, '//');
  console.warn(
    IN_CI
      ? `PostgreSQL tests will FAIL: no PostgreSQL server at ${where} and CI is set (CI must test PostgreSQL).`
      : `Skipping PostgreSQL tests: they need a PostgreSQL server at ${where} (user postgres, trust auth; ` +
          `override with TEST_POSTGRES_URL). Set CI=true to make its absence a failure.`,
  );
}

/** An open, migrated test database. `close()` also drops a PostgreSQL test database. */
export interface TestDatabase extends Database {
  /** postgresql://… of the test database (PostgreSQL only): for a second client on it. */
  readonly url: string | undefined;
}

/** Options of {@link openTestDatabase}. */
export interface OpenTestDatabaseOptions {
  /** Apply prisma/migrations (default true). False gives an empty database. */
  readonly migrate?: boolean;
}

/**
 * Opens a fresh database of `kind`: an in-memory PGlite, or a new PostgreSQL database
 * `wksbm_test_<random>` dropped again by `close()`. Migrated unless `migrate: false`.
 * Each call is independent; call it in `beforeAll` (or `beforeEach` for full isolation).
 * @throws when `kind` is postgres and the server is unreachable (reaches CI as a failure).
 */
export async function openTestDatabase(kind: DatabaseKind, options: OpenTestDatabaseOptions = {}): Promise<TestDatabase> {
  const server = kind === 'postgres' ? await createPostgresTestDatabase() : undefined;
  let database: Database | undefined;
  try {
    database = await openDatabase(
      server ? { databaseUrl: server.url, dataDir: 'unused' } : { dataDir: `memory://wksbm-test-${randomBytes(4).toString('hex')}` },
    );
    if (options.migrate ?? true) await migrate(database.prisma);
  } catch (error) {
    await database?.close().catch(() => undefined);
    await server?.drop();
    throw error;
  }
  const opened = database;
  return {
    prisma: opened.prisma,
    kind: opened.kind,
    url: server?.url,
    close: async () => {
      try {
        await opened.close();
      } finally {
        await server?.drop();
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

/** Creates `wksbm_test_<random>` on the server at {@link POSTGRES_ADMIN_URL}. */
export async function createPostgresTestDatabase(): Promise<PostgresTestDatabase> {
  const name = `wksbm_test_${randomBytes(6).toString('hex')}`;
  try {
    await adminQuery(`CREATE DATABASE "${name}"`);
  } catch (error) {
    throw new Error(
      `PostgreSQL at ${POSTGRES_ADMIN_URL} is needed for this test but could not be used` +
        `${IN_CI ? ' (CI is set, so this is a failure, not a skip)' : ''}: ${String(error)}`,
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

/**
 * `describe` once per engine, titled `title [kind]`. PostgreSQL suites are skipped when no
 * server is reachable, unless CI is set (then they run, and fail in `openTestDatabase`).
 */
export function describeEachDatabase(title: string, body: (kind: DatabaseKind) => void): void {
  for (const kind of DATABASE_KINDS) {
    const skip = kind === 'postgres' && !POSTGRES_AVAILABLE && !IN_CI;
    describe.skipIf(skip)(`${title} [${kind}]`, () => body(kind));
  }
}

async function probePostgres(): Promise<boolean> {
  try {
    await adminQuery('SELECT 1');
    return true;
  } catch {
    return false;
  }
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
