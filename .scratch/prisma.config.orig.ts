/**
 * Prisma CLI configuration, used for `prisma generate` and for authoring migrations.
 *
 * The CLI runs its WebAssembly schema engine over a throw-away in-memory PGlite, so it
 * never needs a native engine download (impossible offline) nor a running database.
 * The app applies migrations itself (src/storage/migrator.ts, `npm run db:migrate`).
 * DATABASE_URL must be set for the CLI to read the schema; the placeholder is never used
 * to connect.
 *
 * Check that prisma/schema.prisma and prisma/migrations agree (prints only an
 * `IF NOT EXISTS` for pg_trgm when they do: Prisma does not report the shadow database's
 * extensions back):
 *   npx prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { defineConfig } from 'prisma/config';

process.env.DATABASE_URL ??= 'postgresql://localhost:5432/placeholder';

/** An in-memory PGlite with the extensions the migrations create (pg_trgm: region search). */
function newPglite(): PGlite {
  return new PGlite({ extensions: { pg_trgm } });
}

/**
 * The CLI's adapter. Its shadow database (replaying prisma/migrations for `migrate diff
 * --from-migrations` and `migrate dev`) needs two fixes over pglite-prisma-adapter 0.6.1:
 * the adapter opens it without extensions, and the schema engine sends each migration file
 * as one multi-statement query, which PGlite's extended protocol refuses; such scripts go
 * through PGlite's `exec` (simple protocol) instead.
 */
function cliAdapter(): PrismaPGlite {
  const factory = new PrismaPGlite(newPglite());
  factory.connectToShadowDb = async () => {
    const pglite = newPglite();
    const adapter = await new PrismaPGlite(pglite).connect();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0 || !/;\s*\S/.test(query.sql)) return executeRaw(query);
      await pglite.exec(query.sql);
      return 0;
    };
    return adapter;
  };
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils; the
  // runtime contract is the same, so the nominal mismatch is cast away.
  adapter: async () => cliAdapter() as never,
});
