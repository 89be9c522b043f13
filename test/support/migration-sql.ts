/**
 * A migration's SQL, found by the name after its timestamp: for tests that run a data step
 * again on rows stored as before it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from '../../src/paths.js';
import { splitSqlStatements } from '../../src/storage/sql-split.js';

/** The text of prisma/migrations/<timestamp>_<name>/migration.sql; throws when there is none. */
export function migrationSql(name: string): string {
  const dir = readdirSync(MIGRATIONS_DIR).find((folder) => folder.endsWith(`_${name}`));
  if (dir === undefined) throw new Error(`no migration _${name}`);
  return readFileSync(join(MIGRATIONS_DIR, dir, 'migration.sql'), 'utf8');
}

/** The statements of that migration, one by one, as the migrator runs them. */
export function migrationStatements(name: string): string[] {
  return splitSqlStatements(migrationSql(name)).map((statement) => statement.sql);
}
