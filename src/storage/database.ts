/**
 * Opens the app's database: an embedded PGlite in DATA_DIR by default, or a PostgreSQL
 * server when DATABASE_URL is set. Both speak PostgreSQL, so one schema and one set of
 * migrations serve both.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { acquireDataDirLock } from './data-dir-lock.js';
import { PrismaClient, type Prisma } from './generated/prisma/client.js';
import { silentLogger, type StorageLogger } from './logger.js';

export { DataDirLockedError } from './data-dir-lock.js';

/** Which engine a {@link Database} runs on. */
export type DatabaseKind = 'pglite' | 'postgres';

/** An open database. Call `close()` once, at shutdown. */
export interface Database {
  readonly prisma: PrismaClient;
  readonly kind: DatabaseKind;
  close(): Promise<void>;
}

/** Where the database is; see {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** postgresql://… to use a server; unset or empty for the embedded PGlite. */
  readonly databaseUrl?: string | undefined;
  /** The app's data folder (DATA_DIR). PGlite keeps its files in a subfolder of it. */
  readonly dataDir: string;
  readonly logger?: StorageLogger | undefined;
}

/**
 * Subfolder of DATA_DIR holding PGlite's files, so that DATA_DIR can also hold the lock
 * file and other state (channel sessions, uploads) without mixing with PostgreSQL's files.
 */
export const PGLITE_SUBDIR = 'pglite';

/**
 * PostgreSQL extensions PGlite must be able to load: the migrations create them
 * (pg_trgm for typo-tolerant region search). A server has them as contrib modules.
 */
const PGLITE_OPTIONS: PGliteOptions = { extensions: { pg_trgm } };

/**
 * How long to wait for a connection (a new TCP connection, or a free one of the pool) before
 * giving up: as long as a transaction may wait to start (TRANSACTION_OPTIONS.maxWait).
 */
const CONNECT_TIMEOUT_MS = 30_000;

/** Connections per app instance. */
const POOL_SIZE = 20;

/**
 * Opens the database. With PGlite it first takes an exclusive lock on `dataDir`.
 * A `dataDir` of `memory://…` gives a throw-away in-memory PGlite (tests), without lock.
 * @throws DataDirLockedError when another process uses `dataDir`.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const logger = options.logger ?? silentLogger;
  const url = options.databaseUrl?.trim();
  if (url) return openPostgres(url, logger);
  return openPglite(options.dataDir, logger);
}

async function openPglite(dataDir: string, logger: StorageLogger): Promise<Database> {
  if (dataDir.startsWith('memory://')) {
    const pglite = await PGlite.create(dataDir, PGLITE_OPTIONS);
    return pgliteDatabase(pglite, async () => undefined);
  }
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true });
  const lock = await acquireDataDirLock(dir);
  try {
    const pgliteDir = join(dir, PGLITE_SUBDIR);
    await mkdir(pgliteDir, { recursive: true }); // PGlite fails on a folder that does not exist
    const pglite = await PGlite.create(pgliteDir, PGLITE_OPTIONS);
    logger.info({ kind: 'pglite', dataDir: pgliteDir }, 'database opened');
    return pgliteDatabase(pglite, () => lock.release());
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** The driver adapter type this Prisma version expects. */
type AdapterFactory = NonNullable<Prisma.PrismaClientOptions['adapter']>;

function pgliteDatabase(pglite: PGlite, releaseLock: () => Promise<void>): Database {
  // pglite-prisma-adapter 0.6.1 is typed against @prisma/driver-adapter-utils 6.10, whose
  // ArgType differs from 6.19's, so the types disagree although the two work together at
  // run time (the adapter only reads the argument values); test/storage covers it.
  const adapter = new PrismaPGlite(pglite) as unknown as AdapterFactory;
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    kind: 'pglite',
    close: once(async () => {
      try {
        await prisma.$disconnect();
        await pglite.close();
      } finally {
        // Only after PGlite has flushed and closed may another process open the folder.
        await releaseLock();
      }
    }),
  };
}

function openPostgres(url: string, logger: StorageLogger): Database {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new Error('wksbm-bot: DATABASE_URL must start with postgresql:// (or be unset to use the embedded database in DATA_DIR)');
  }
  // The pool is ours, not the adapter's: once it is ended, a stray query fails instead of
  // quietly opening a new pool that would keep the process alive after close().
  // 20 connections: under a burst, messages queue for a connection rather than fail; several
  // instances of 20 still fit PostgreSQL's default max_connections (100).
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, max: POOL_SIZE });
  pool.on('error', (error) => logger.warn({ err: error.message }, 'idle PostgreSQL connection failed'));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  logger.info({ kind: 'postgres', server: describeServer(url) }, 'database opened');
  return {
    prisma,
    kind: 'postgres',
    close: once(async () => {
      try {
        await prisma.$disconnect();
      } finally {
        await pool.end();
      }
    }),
  };
}

/** host:port/database, without user or password, for logs. */
function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= fn());
}
