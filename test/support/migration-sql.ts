/**
 * A migration's SQL run again in a test, on rows stored as before it: its text, its statements,
 * and one of its functions on many values at once (to hold a data step's SQL to the app's own rule).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { MIGRATIONS_DIR } from '../../src/paths.js';
import type { PrismaClient } from '../../src/storage/generated/prisma/client.js';
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

/** The SQL function `fn` (text → text) on each of `values`, as PostgreSQL gives it. */
export async function sqlFunctionOn(prisma: PrismaClient, fn: string, values: readonly string[]): Promise<Map<string, string>> {
  if (!/^[a-z_][a-z0-9_]*$/u.test(fn)) throw new Error(`not a function name: ${fn}`);
  const rows = await prisma.$queryRawUnsafe<Array<{ name: string; result: string }>>(`SELECT t.name, ${fn}(t.name) AS result FROM unnest($1::text[]) AS t(name)`, values);
  expect(rows).toHaveLength(values.length);
  return new Map(rows.map((row) => [row.name, row.result]));
}
