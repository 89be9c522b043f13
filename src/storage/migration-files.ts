/** Reads Prisma migration folders (`<dir>/<name>/migration.sql`) from disk. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One migration as found on disk. */
export interface MigrationFile {
  /** Folder name, e.g. `20261129000000_init`; also `migration_name` in `_prisma_migrations`. */
  readonly name: string;
  readonly script: string;
  /** sha256 hex of the file's bytes, as Prisma records it. */
  readonly checksum: string;
}

/** The migrations under `dir`, in name order (which Prisma's timestamps make chronological). */
export async function readMigrationFiles(dir: string): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const migrations: MigrationFile[] = [];
  for (const name of names) {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, name, 'migration.sql'));
    } catch (error) {
      throw new Error(`wksbm-bot: migration folder ${join(dir, name)} has no readable migration.sql`, { cause: error });
    }
    migrations.push({ name, script: bytes.toString('utf8'), checksum: sha256Hex(bytes) });
  }
  return migrations;
}

/**
 * True when `checksum` (from `_prisma_migrations`) belongs to `script`. Like Prisma's schema
 * engine, a file whose line endings git converted (LF <-> CRLF) still counts as unchanged.
 */
export function checksumMatches(script: string, checksum: string): boolean {
  const wanted = checksum.toLowerCase();
  const lf = script.replace(/\r\n/g, '\n');
  return [script, lf, lf.replace(/\n/g, '\r\n')].some((variant) => sha256Hex(variant) === wanted);
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
