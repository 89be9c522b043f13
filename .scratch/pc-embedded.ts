/**
 * Prisma CLI configuration, used for `prisma generate` and for authoring migrations.
 *
 * `generate` needs no database. Commands that do (`migrate diff --from-migrations`,
 * `migrate dev`) run Prisma's WebAssembly schema engine over a throw-away embedded
 * PostgreSQL cluster that this file starts in a temporary folder (and stops when the CLI
 * exits), so they never need a native engine download (impossible offline) nor a server.
 * The app applies migrations itself (src/storage/migrator.ts, `npm run db:migrate`).
 * DATABASE_URL must be set for the CLI to read the schema; the placeholder is never used
 * to connect.
 *
 * Check that prisma/schema.prisma and prisma/migrations agree (prints only an
 * `IF NOT EXISTS` for pg_trgm when they do: Prisma does not report the shadow database's
 * extensions back):
 *   npx prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg-cli';
import pg from 'pg';
import { defineConfig } from 'prisma/config';
import { ensureEmbeddedCluster } from './src/storage/embedded/cluster.js';

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
async function cliAdapter(): Promise<PrismaPg> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wksbm-prisma-cli-'));
  const cluster = await ensureEmbeddedCluster({ dataDir, role: 'app', settings: { fsync: 'off' } });
  process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const factory = new PrismaPg(catalogPool(cluster.url()));
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE shadow');
  await admin.end();
  (factory as unknown as { connectToShadowDb: () => Promise<unknown> }).connectToShadowDb = () =>
    new PrismaPg(catalogPool(cluster.url('shadow'))).connect();
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: cliAdapter as never,
});
