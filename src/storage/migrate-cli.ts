/**
 * `npm run db:migrate`: applies pending migrations and exits.
 *
 * Reads DATABASE_URL (PostgreSQL server) or, when unset, DATA_DIR (default ./data) and
 * EMBEDDED_POSTGRES_PORT: the embedded PostgreSQL there, the running app's or one started
 * for the duration (initdb the first time). The app migrates on start anyway; this is for
 * deployments that migrate as a separate step.
 */
import { openDatabase, type Database } from './database.js';
import { embeddedPortFromEnv } from './embedded/port-env.js';
import type { StorageLogger } from './logger.js';
import { migrate } from './migrator.js';

/** `message (key=value, …)`: enough for a terminal or a deployment log. */
function line(message: string, fields: Record<string, unknown>): string {
  const pairs = Object.entries(fields).map(([key, value]) => `${key}=${String(value)}`);
  return pairs.length > 0 ? `${message} (${pairs.join(', ')})` : message;
}

const log: StorageLogger = {
  info: (fields, message) => console.log(line(message, fields)),
  warn: (fields, message) => console.warn(`warning: ${line(message, fields)}`),
  error: (fields, message) => console.error(`error: ${line(message, fields)}`),
};

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
  const dataDir = process.env.DATA_DIR?.trim() || './data';
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl, dataDir, logger: log, role: 'command', embeddedPort: embeddedPortFromEnv() });
    const result = await migrate(database.prisma, { logger: log });
    console.log(
      result.applied.length === 0
        ? `Nothing to apply: all ${result.alreadyApplied.length} migrations were already applied.`
        : `Applied ${result.applied.length} migration(s); ${result.alreadyApplied.length} were already applied.`,
    );
    return 0;
  } catch (error) {
    console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await database?.close().catch((error: unknown) => console.error(`closing the database failed: ${String(error)}`));
  }
}

process.exitCode = await main();
