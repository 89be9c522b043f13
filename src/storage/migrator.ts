/**
 * Applies Prisma migrations in-process, recording them in Prisma's own `_prisma_migrations`
 * table so that `prisma migrate deploy` / `migrate status` agree with what was done.
 *
 * Why not the Prisma CLI: it needs a schema engine and, on PostgreSQL, a newer adapter
 * (see STACK-NOTES).
 *
 * Unlike Prisma, each migration runs in one transaction: a failure leaves neither a half
 * applied migration nor a "failed" row behind, so the next start simply retries it.
 */
import { randomUUID } from 'node:crypto';
import { MIGRATIONS_DIR } from '../paths.js';
import { describeDatabaseError } from './db-errors.js';
import type { Prisma, PrismaClient } from './generated/prisma/client.js';
import { silentLogger, type StorageLogger } from './logger.js';
import { checksumMatches, readMigrationFiles, type MigrationFile } from './migration-files.js';
import { splitSqlStatements } from './sql-split.js';

/** Options of {@link migrate}. */
export interface MigrateOptions {
  readonly logger?: StorageLogger | undefined;
  /** Folder of `<name>/migration.sql`; defaults to prisma/migrations. */
  readonly migrationsDir?: string | undefined;
}

/** What {@link migrate} did. */
export interface MigrateResult {
  /** Migrations this call applied, in order. */
  readonly applied: readonly string[];
  /** Migrations found already applied. */
  readonly alreadyApplied: readonly string[];
}

/** A migration problem that must stop the app from starting. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';

  constructor(
    readonly migrationName: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The advisory lock key `prisma migrate` itself takes, so that this migrator, other app
 * instances and a `prisma migrate deploy` all wait for one another.
 */
export const PRISMA_MIGRATE_LOCK_KEY = 72707369;

/** Long: a migration may rewrite a big table, and waiting for another instance counts too. */
const MIGRATION_TX = { timeout: 15 * 60_000, maxWait: 60_000 } as const;

/** Prisma's table definition, verbatim in meaning, so the Prisma CLI can read our records. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Statements that would end our per-migration transaction early; the wrapper replaces them. */
const TRANSACTION_CONTROL = /^(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK)(\s+(WORK|TRANSACTION))?$/i;

interface RecordedMigration {
  readonly migration_name: string;
  readonly checksum: string;
  readonly finished_at: Date | null;
  readonly rolled_back_at: Date | null;
  readonly started_at: Date;
}

/**
 * Applies the pending migrations, in name order, each in its own transaction. Safe to run
 * from several processes at once (PostgreSQL advisory lock) and to run again (it then
 * applies nothing).
 * @throws MigrationError when an applied migration's file changed, an earlier Prisma run
 *   left a failed migration, or a migration fails (that migration is rolled back).
 */
export async function migrate(prisma: PrismaClient, options: MigrateOptions = {}): Promise<MigrateResult> {
  const logger = options.logger ?? silentLogger;
  const files = await readMigrationFiles(options.migrationsDir ?? MIGRATIONS_DIR);

  // Check the whole history before changing anything: a tampered file must stop the start.
  const recorded = await prisma.$transaction(async (tx) => {
    await lockMigrations(tx);
    await tx.$executeRawUnsafe(CREATE_MIGRATIONS_TABLE);
    return readRecorded(tx);
  }, MIGRATION_TX);
  checkHistory(files, recorded, logger);

  const applied: string[] = [];
  const alreadyApplied: string[] = [];
  for (const file of files) {
    if (isApplied(recorded, file.name)) {
      alreadyApplied.push(file.name);
      continue;
    }
    const didApply = await prisma.$transaction(async (tx) => {
      await lockMigrations(tx);
      // Another instance may have applied it while this one waited for the lock.
      const now = await readRecorded(tx, file.name);
      checkHistory([file], now, logger);
      if (isApplied(now, file.name)) return false;
      await applyMigration(tx, file, logger);
      return true;
    }, MIGRATION_TX);
    (didApply ? applied : alreadyApplied).push(file.name);
    if (didApply) logger.info({ migration: file.name }, 'migration applied');
  }
  return { applied, alreadyApplied };
}

/** Held until the transaction ends: several instances migrating at once take turns. */
async function lockMigrations(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${PRISMA_MIGRATE_LOCK_KEY})`);
}

async function readRecorded(tx: Prisma.TransactionClient, name?: string): Promise<RecordedMigration[]> {
  const columns = `"migration_name", "checksum", "finished_at", "rolled_back_at", "started_at"`;
  return name === undefined
    ? tx.$queryRawUnsafe<RecordedMigration[]>(`SELECT ${columns} FROM "_prisma_migrations" ORDER BY "started_at"`)
    : tx.$queryRawUnsafe<RecordedMigration[]>(
        `SELECT ${columns} FROM "_prisma_migrations" WHERE "migration_name" = $1 ORDER BY "started_at"`,
        name,
      );
}

/** Rows that count: Prisma ignores attempts marked rolled back (`migrate resolve --rolled-back`). */
function live(recorded: readonly RecordedMigration[]): RecordedMigration[] {
  return recorded.filter((row) => row.rolled_back_at === null);
}

function isApplied(recorded: readonly RecordedMigration[], name: string): boolean {
  return live(recorded).some((row) => row.migration_name === name && row.finished_at !== null);
}

function checkHistory(files: readonly MigrationFile[], recorded: readonly RecordedMigration[], logger: StorageLogger): void {
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of live(recorded)) {
    const name = row.migration_name;
    if (row.finished_at === null) {
      throw new MigrationError(
        name,
        `Migration ${name} was started on ${row.started_at.toISOString()} but never finished ` +
          `(a failed \`prisma migrate deploy\`?). Repair the database by hand, then mark it with ` +
          `\`npx prisma migrate resolve --applied ${name}\` or \`--rolled-back ${name}\`.`,
      );
    }
    const file = byName.get(name);
    if (!file) {
      logger.warn({ migration: name }, 'the database has a migration this version of the app does not know (is the database newer than the code?)');
      continue;
    }
    if (!checksumMatches(file.script, row.checksum)) {
      throw new MigrationError(
        name,
        `Migration ${name} was changed after it was applied to this database: ` +
          `prisma/migrations/${name}/migration.sql no longer matches the checksum recorded in _prisma_migrations. ` +
          `Restore the original file and put the change in a new migration.`,
      );
    }
  }
}

async function applyMigration(tx: Prisma.TransactionClient, file: MigrationFile, logger: StorageLogger): Promise<void> {
  const id = randomUUID();
  // Same bookkeeping as Prisma: a row when it starts, finished_at and one step when done.
  await tx.$executeRawUnsafe(
    `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "applied_steps_count") VALUES ($1, $2, $3, now(), 0)`,
    id,
    file.checksum,
    file.name,
  );
  for (const statement of splitSqlStatements(file.script)) {
    if (TRANSACTION_CONTROL.test(statement.sql)) {
      logger.warn({ migration: file.name, line: statement.line }, 'ignoring a transaction statement: each migration already runs in one transaction');
      continue;
    }
    try {
      await tx.$executeRawUnsafe(statement.sql);
    } catch (error) {
      throw new MigrationError(
        file.name,
        `Migration ${file.name} failed in the statement starting on line ${statement.line}: ` +
          `${describeDatabaseError(error)}. The migration was rolled back; nothing of it was applied.`,
        { cause: error },
      );
    }
  }
  await tx.$executeRawUnsafe(
    `UPDATE "_prisma_migrations" SET "finished_at" = clock_timestamp(), "applied_steps_count" = 1 WHERE "id" = $1`,
    id,
  );
}
