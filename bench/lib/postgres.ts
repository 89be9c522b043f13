/**
 * Fresh PostgreSQL databases for one bench run, created and dropped on the server at
 * BENCH_POSTGRES_URL (default: the local test server, user postgres, trust auth).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The maintenance database the bench creates its databases from. */
export const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** A database of this run. */
export interface BenchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

async function adminQuery(sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Whether the server answers; the bench skips PostgreSQL scenarios (and says so) when not. */
export async function postgresAvailable(): Promise<boolean> {
  try {
    await adminQuery('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

/** The server's version string, e.g. "PostgreSQL 15.14 (Debian …)". */
export async function postgresVersion(): Promise<string> {
  const result = await adminQuery('SELECT version() AS v');
  return String((result.rows[0] as { v: string }).v);
}

/** Creates `wksbm_bench_<label>_<random>`. */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const name = `wksbm_bench_${label}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
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
