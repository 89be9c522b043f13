/**
 * The first connection to a PostgreSQL server named by DATABASE_URL, made at start-up so
 * that a wrong URL stops the start with one line saying what is wrong and which variable to
 * change: the server not running or not reachable, the database missing, the user refused.
 * (Otherwise the first statement, the migration, failed with the driver's stack trace.)
 */
import type pg from 'pg';
import { StartupError } from '../config/startup-error.js';

/** DATABASE_URL names a server the bot cannot use; the message says why and what to do. */
export class DatabaseUnreachableError extends StartupError {}

/** Where a DATABASE_URL points; never the password. */
export interface DatabaseTarget {
  readonly host: string;
  readonly port: string;
  readonly database: string;
  readonly user: string;
}

/**
 * The host, port as written ('' when the URL names none), database and user (decoded; '' when
 * the URL names none) of a DATABASE_URL; null when it is no URL. The one reader of the URL's
 * parts: the start-up messages here and the "database opened" log line use it.
 */
export function databaseTargetOf(url: string): DatabaseTarget | null {
  try {
    const parsed = new URL(url);
    return { host: parsed.hostname, port: parsed.port, database: decodeURIComponent(parsed.pathname.slice(1)), user: decodeURIComponent(parsed.username) };
  } catch {
    return null;
  }
}

/** Where the URL points, for the message: host, port, database and user; never the password. */
interface Target {
  readonly server: string;
  readonly database: string;
  readonly user: string;
}

function targetOf(url: string): Target {
  const target = databaseTargetOf(url);
  if (target === null) return { server: '(the URL\'s server)', database: '(the URL\'s database)', user: '(the URL\'s user)' };
  return { server: `${target.host}:${target.port || '5432'}`, database: target.database || '(the user\'s own)', user: target.user || '(the system user)' };
}

/** The message for a failed first connection, or null when the failure is none of the expected ones. */
export function unreachableMessage(url: string, error: unknown): string | null {
  const { server, database, user } = targetOf(url);
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? error.message : String(error);
  const noEmbedded = 'Without DATABASE_URL the bot starts its own embedded database in DATA_DIR.';
  switch (code) {
    case 'ECONNREFUSED':
      return `No PostgreSQL answers at ${server} (DATABASE_URL): connection refused. Start the server, or correct the host and port in DATABASE_URL. ${noEmbedded}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The host of DATABASE_URL (${server}) is not known to this machine. Correct the host in DATABASE_URL. ${noEmbedded}`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `PostgreSQL at ${server} (DATABASE_URL) cannot be reached from this machine (${String(code)}). Check the host, the port and any firewall between them. ${noEmbedded}`;
    case '3D000':
      return `The database "${database}" does not exist on ${server} (DATABASE_URL). Create it (e.g. createdb -h ${server.replace(/:(\d+)$/, ' -p $1')} -U ${user} ${database}) or name an existing one in DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${server} refused user "${user}" (DATABASE_URL): ${text}. Correct the user or password in DATABASE_URL.`;
    case '53300':
      return `PostgreSQL at ${server} (DATABASE_URL) has no connections left (${text}). Stop other clients or raise max_connections.`;
    default:
      // pg's own wait for a connection (connectionTimeoutMillis): nothing answered in time.
      if (/timeout/i.test(text)) return `PostgreSQL at ${server} (DATABASE_URL) did not answer in time. Check that the server is running and reachable. ${noEmbedded}`;
      return null;
  }
}

/** Opens and returns one connection of `pool`; {@link DatabaseUnreachableError} when the server cannot be used. */
export async function checkServerReachable(pool: pg.Pool, url: string): Promise<void> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    const message = unreachableMessage(url, error);
    if (message === null) throw error;
    throw new DatabaseUnreachableError(message, { cause: error });
  }
  client.release();
}
