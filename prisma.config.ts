/**
 * Prisma CLI configuration, used for `prisma generate` and for authoring migrations.
 *
 * `generate` needs no database. Commands that do (`migrate diff --from-migrations`,
 * `migrate dev`) run Prisma's WebAssembly schema engine (no native engine download, which
 * is impossible offline) over two scratch databases on a PostgreSQL server
 * (PRISMA_CLI_POSTGRES_URL, default the developers' and CI's 127.0.0.1:5432), dropped
 * when the CLI exits. Not on the embedded PostgreSQL 18: Prisma 6.19's schema engine fails
 * (a WebAssembly panic) on PostgreSQL 18's catalog; a server of version 17 or older works.
 * The app applies migrations itself (src/storage/migrator.ts, `npm run db:migrate`).
 * DATABASE_URL must be set for the CLI to read the schema; the placeholder is never used
 * to connect.
 *
 * Check that prisma/schema.prisma and prisma/migrations agree (prints only an
 * `IF NOT EXISTS` for pg_trgm when they do: Prisma does not report the shadow database's
 * extensions back):
 *   npx prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { defineConfig } from 'prisma/config';

process.env.DATABASE_URL ??= 'postgresql://localhost:5432/placeholder';

/**
 * A pg client for the schema engine's catalog queries: @prisma/adapter-pg 6.19 refuses the
 * columns of PostgreSQL's internal types `name` and `"char"` (prisma/orm issue 27403),
 * which pg returns as plain strings anyway, so they are reported as text.
 */
class CatalogClient extends pg.Client {
  override query(...args: unknown[]): never {
    // pg.Pool#query calls back; the adapter's own clients await a promise.
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (error: unknown, result: unknown) => (callback as (e: unknown, r: unknown) => void)(error, error ? result : asText(result));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) return result.then(asText) as never;
    return result as never;
  }
}

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

function asText(result: unknown): unknown {
  const fields = (result as { fields?: Array<{ dataTypeID: number }> } | undefined)?.fields ?? [];
  for (const field of fields) if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  return result;
}

function catalogPool(connectionString: string): pg.Pool {
  return new pg.Pool({ connectionString, Client: CatalogClient as unknown as typeof pg.Client });
}

/** The CLI's adapter: a fresh cluster, its `wksbm` database as the main one, a second database as the shadow. */
/** The server the CLI works on: scratch databases are created there and dropped at exit. */
const CLI_SERVER_URL = process.env.PRISMA_CLI_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** The CLI's adapter: a scratch database as the main one and another as the shadow. */
async function cliAdapter(): Promise<PrismaPg> {
  const suffix = randomBytes(4).toString('hex');
  const [main, shadow] = [`wksbm_cli_${suffix}`, `wksbm_cli_shadow_${suffix}`];
  const admin = new pg.Client({ connectionString: CLI_SERVER_URL });
  try {
    await admin.connect();
    for (const name of [main, shadow]) await admin.query(`CREATE DATABASE "${name}"`);
  } catch (error) {
    throw new Error(`prisma.config.ts: migration commands need a PostgreSQL server of version 17 or older at ${CLI_SERVER_URL} (set PRISMA_CLI_POSTGRES_URL): ${String(error)}`);
  } finally {
    await admin.end().catch(() => undefined);
  }
  // Synchronous, as 'exit' requires: a child process drops both databases.
  process.once('exit', () => {
    const drop = `const pg=require('pg');const c=new pg.Client(${JSON.stringify(CLI_SERVER_URL)});c.connect().then(()=>c.query('DROP DATABASE IF EXISTS "${main}" WITH (FORCE)')).then(()=>c.query('DROP DATABASE IF EXISTS "${shadow}" WITH (FORCE)')).finally(()=>c.end())`;
    spawnSync(process.execPath, ['-e', drop], { stdio: 'ignore' });
  });
  const factory = new PrismaPg(catalogPool(databaseUrl(main)));
  (factory as unknown as { connectToShadowDb: () => Promise<unknown> }).connectToShadowDb = () => new PrismaPg(catalogPool(databaseUrl(shadow))).connect();
  return factory;
}

function databaseUrl(name: string): string {
  const url = new URL(CLI_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: cliAdapter as never,
});
