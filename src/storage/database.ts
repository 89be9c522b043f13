/**
 * Opens the app's database: an embedded PostgreSQL cluster in DATA_DIR by default (started
 * by this process, see embedded/cluster.ts), or a PostgreSQL server when DATABASE_URL is
 * set. Both are the same PostgreSQL, reached through the same driver adapter.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { ensureEmbeddedCluster, type ClusterRole, type EmbeddedCluster } from './embedded/cluster.js';
import { PrismaClient } from './generated/prisma/client.js';
import { silentLogger, type StorageLogger } from './logger.js';
import { checkServerReachable, databaseTargetOf } from './server-check.js';
import { JoinablePool, poolOf, registerPool } from './unit-of-work/joinable-pool.js';

export { EmbeddedClusterBusyError } from './embedded/cluster.js';
export { DatabaseUnreachableError } from './server-check.js';

/** The one SQL engine: PostgreSQL (a server, or the embedded cluster). */
export type DatabaseKind = 'postgres';

/** Where the PostgreSQL runs: the cluster in DATA_DIR, or a server named by DATABASE_URL. */
export type DatabaseMode = 'embedded' | 'server';

/**
 * The database client as the edges hold it (main.ts, the admin API's context): a handle to
 * pass to storage's query modules. Only storage/ calls it; the dependency check refuses an
 * import of the generated client anywhere else.
 */
export type DatabaseClient = PrismaClient;

/** An open database. Call `close()` once, at shutdown. */
export interface Database {
  readonly prisma: PrismaClient;
  readonly kind: DatabaseKind;
  readonly mode: DatabaseMode;
  /** The connection URL, credentials included: for a worker thread that opens its own connections (never log it). */
  readonly url: string;
  /** Closes the connections; an embedded cluster this process started is stopped too. */
  close(): Promise<void>;
}

/** Where the database is; see {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** postgresql://… to use a server; unset or empty for the embedded cluster in `dataDir`. */
  readonly databaseUrl?: string | undefined;
  /** The app's data folder (DATA_DIR). The embedded cluster lives in its `postgres/` subfolder. */
  readonly dataDir: string;
  readonly logger?: StorageLogger | undefined;
  /** Port for the embedded cluster when this call starts it (EMBEDDED_POSTGRES_PORT); unset: a free one. */
  readonly embeddedPort?: number | undefined;
  /**
   * `app` (default): refuse when another live process runs the embedded cluster.
   * `command` (admin CLIs): use the cluster the running app started, or start one meanwhile.
   */
  readonly role?: ClusterRole | undefined;
}

/**
 * How long to wait for a connection (a new TCP connection, or a free one of the pool) before
 * giving up: as long as a transaction may wait to start (TRANSACTION_OPTIONS.maxWait).
 */
const CONNECT_TIMEOUT_MS = 30_000;

/** Connections per app instance. */
const POOL_SIZE = 20;

/**
 * Opens the database; without `databaseUrl` it first starts (initdb the first time) the
 * embedded cluster in `dataDir`.
 * @throws EmbeddedClusterBusyError when another running app uses `dataDir`'s cluster.
 * @throws DatabaseUnreachableError when the server of `databaseUrl` cannot be used (down, no such database, user refused).
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const logger = options.logger ?? silentLogger;
  const url = options.databaseUrl?.trim();
  if (url) {
    const database = openPostgres(url, logger, 'server');
    try {
      await checkServerReachable(poolOf(database.prisma)!, url);
    } catch (error) {
      await database.close();
      throw error;
    }
    logOpened(logger, database);
    return database;
  }
  const cluster = await ensureEmbeddedCluster({ dataDir: options.dataDir, port: options.embeddedPort, role: options.role ?? 'app', logger });
  try {
    const database = openPostgres(cluster.localUrl(), logger, 'embedded', cluster);
    logOpened(logger, database);
    return database;
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

function logOpened(logger: StorageLogger, database: Database): void {
  logger.info({ kind: 'postgres', mode: database.mode, server: describeServer(database.url) }, 'database opened');
}

function openPostgres(url: string, logger: StorageLogger, mode: DatabaseMode, cluster?: EmbeddedCluster): Database {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new Error('wksbm-bot: DATABASE_URL must start with postgresql:// (or be unset to use the embedded database in DATA_DIR)');
  }
  // The pool is ours, not the adapter's: once it is ended, a stray query fails instead of
  // quietly opening a new pool that would keep the process alive after close().
  // 20 connections: under a burst, messages queue for a connection rather than fail; several
  // instances of 20 still fit PostgreSQL's default max_connections (100).
  // Joinable: a unit of work's own connection is the one Prisma uses inside it (transaction-runner.ts).
  const pool = new JoinablePool({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, max: POOL_SIZE, ...sessionOptions(url) });
  pool.on('error', (error) => logger.warn({ err: error.message }, 'idle PostgreSQL connection failed'));
  const closed = trackClosedConnections(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  registerPool(prisma, pool);
  return {
    prisma,
    kind: 'postgres',
    mode,
    url,
    close: once(async () => {
      try {
        await prisma.$disconnect();
      } finally {
        try {
          await pool.end();
          // pool.end() resolves once it has asked every connection to end, not when they have:
          // stopping the cluster before would cut them off ("terminating connection due to
          // administrator command" on each, reported as failed idle connections).
          await closed();
        } finally {
          // Last: with the connections closed, the fast shutdown cuts nothing off.
          await cluster?.stop();
        }
      }
    }),
  };
}

/**
 * Settings every connection starts with (sent with the connection's startup, so no statement
 * of its own). The hot path's statements are prepared (unit-of-work/prepared.ts); with
 * plan_cache_mode `auto` PostgreSQL plans each one afresh for its first five runs on every
 * connection, and for good where it guesses a plan per value could be cheaper, while
 * planning them costs more than running them (pg_stat_statements on the bench: 0.5–4 ms
 * against 0.02–0.3 ms). They are lookups by key, whose plan does not depend on the values.
 * Only named statements are affected: Prisma's are unnamed and planned per call as before.
 * A DATABASE_URL with its own `options` parameter keeps exactly those (PostgreSQL's default
 * then applies).
 */
function sessionOptions(url: string): { options?: string } {
  let own: string | null = null;
  try {
    own = new URL(url).searchParams.get('options');
  } catch {
    // pg parses what URL cannot (e.g. a socket path as host); no options to keep there.
  }
  return own === null ? { options: '-c plan_cache_mode=force_generic_plan' } : {};
}

/**
 * A wait for every connection `pool` opened to be closed: pg's pool ends its idle
 * connections without waiting for them to finish.
 */
function trackClosedConnections(pool: JoinablePool): () => Promise<unknown> {
  const open = new Set<Promise<void>>();
  pool.on('connect', (client) => {
    const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
    open.add(ended);
    void ended.then(() => open.delete(ended));
  });
  return () => Promise.all(open);
}

/** host:port/database, without user or password, for logs. */
function describeServer(url: string): string {
  const target = databaseTargetOf(url);
  if (target === null) return '(unparsable URL)';
  return `${target.port ? `${target.host}:${target.port}` : target.host}/${target.database}`;
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= fn());
}
