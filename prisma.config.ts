/**
 * Prisma CLI configuration, used for `prisma generate` and for authoring migrations.
 *
 * The CLI runs its WebAssembly schema engine over a throw-away in-memory PGlite, so it
 * never needs a native engine download (impossible offline) nor a running database.
 * The app applies migrations itself (src/storage/migrator.ts, `npm run db:migrate`).
 * DATABASE_URL must be set for the CLI to read the schema; the placeholder is never used
 * to connect.
 */
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { defineConfig } from 'prisma/config';

process.env.DATABASE_URL ??= 'postgresql://localhost:5432/placeholder';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils; the
  // runtime contract is the same, so the nominal mismatch is cast away.
  adapter: async () => new PrismaPGlite(new PGlite()) as never,
});
