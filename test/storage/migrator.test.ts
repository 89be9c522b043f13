import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../src/paths.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrate, MigrationError } from '../../src/storage/migrator.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

const realMigrations = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

async function migrationRows(db: TestDatabase): Promise<MigrationRow[]> {
  return db.prisma.$queryRawUnsafe<MigrationRow[]>('SELECT * FROM "_prisma_migrations" ORDER BY "migration_name", "started_at"');
}

async function writeMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(join(dir, name, 'migration.sql'), sql);
}

describeEachDatabase('migrator', (kind) => {
  let db: TestDatabase;
  let dir: string;

  beforeEach(async () => {
    db = await openTestDatabase(kind, { migrate: false });
    dir = await mkdtemp(join(tmpdir(), 'wksbm-migrations-'));
  });
  afterEach(async () => {
    await db?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('applies every migration once, records it as Prisma does, and applies nothing the second time', async () => {
    const first = await migrate(db.prisma);
    expect(first).toEqual({ applied: realMigrations, alreadyApplied: [] });
    expect(await db.prisma.person.count()).toBe(0); // the schema exists

    const second = await migrate(db.prisma);
    expect(second).toEqual({ applied: [], alreadyApplied: realMigrations });

    const rows = await migrationRows(db);
    expect(rows.map((row) => row.migration_name)).toEqual(realMigrations);
    for (const row of rows) {
      const file = await readFile(join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(file).digest('hex'));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }

    // The table has Prisma's shape, so `prisma migrate deploy/status` can read it.
    const columns = await db.prisma.$queryRawUnsafe<{ column_name: string; data_type: string; len: number | null; is_nullable: string }[]>(
      // ::text because adapter-pg 6.19 cannot read columns of type `name`.
      `SELECT column_name::text, data_type::text, character_maximum_length::int AS len, is_nullable::text
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => [c.column_name, c.data_type, c.len, c.is_nullable])).toEqual([
      ['id', 'character varying', 36, 'NO'],
      ['checksum', 'character varying', 64, 'NO'],
      ['finished_at', 'timestamp with time zone', null, 'YES'],
      ['migration_name', 'character varying', 255, 'NO'],
      ['logs', 'text', null, 'YES'],
      ['rolled_back_at', 'timestamp with time zone', null, 'YES'],
      ['started_at', 'timestamp with time zone', null, 'NO'],
      ['applied_steps_count', 'integer', null, 'NO'],
    ]);
  });

  it('runs multi-statement files whose strings and comments contain semicolons', async () => {
    await writeMigration(
      dir,
      '0001_notes',
      [
        '-- A comment; with a semicolon',
        'CREATE TABLE "Note" (id int PRIMARY KEY, body text NOT NULL);',
        '/* block; comment /* nested; */ still comment; */',
        `INSERT INTO "Note" VALUES (1, 'semi;colon ''quoted''; here');`,
        `INSERT INTO "Note" VALUES (2, E'back\\'slash;');`,
        `INSERT INTO "Note" VALUES (3, $$dollar; quoted$$);`,
        `INSERT INTO "Note" VALUES (4, $tag$with $$ inside; $tag$);`,
        `COMMENT ON TABLE "Note" IS 'notes; for tests';`,
        '',
      ].join('\n'),
    );
    expect((await migrate(db.prisma, { migrationsDir: dir })).applied).toEqual(['0001_notes']);
    const notes = await db.prisma.$queryRawUnsafe<{ id: number; body: string }[]>('SELECT id, body FROM "Note" ORDER BY id');
    expect(notes.map((n) => n.body)).toEqual(["semi;colon 'quoted'; here", "back'slash;", 'dollar; quoted', 'with $$ inside; ']);
  });

  it('refuses to start when an applied migration file changed, but accepts converted line endings', async () => {
    await writeMigration(dir, '0001_a', 'CREATE TABLE "A" (id int);\nCREATE TABLE "B" (id int);\n');
    await migrate(db.prisma, { migrationsDir: dir });

    await writeFile(join(dir, '0001_a', 'migration.sql'), 'CREATE TABLE "A" (id int);\r\nCREATE TABLE "B" (id int);\r\n');
    expect((await migrate(db.prisma, { migrationsDir: dir })).applied).toEqual([]);

    await writeMigration(dir, '0002_b', 'CREATE TABLE "C" (id int);');
    await writeFile(join(dir, '0001_a', 'migration.sql'), 'CREATE TABLE "A" (id bigint);\nCREATE TABLE "B" (id int);\n');
    const error = await migrate(db.prisma, { migrationsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migrationName).toBe('0001_a');
    expect((error as Error).message).toMatch(/Migration 0001_a was changed after it was applied/);
    // Nothing after it ran either.
    expect(await tableExists(db, 'C')).toBe(false);
  });

  it('rolls a failing migration back entirely, names it, and applies it once fixed', async () => {
    await writeMigration(dir, '0001_ok', 'CREATE TABLE "Ok" (id int);');
    await writeMigration(dir, '0002_bad', 'CREATE TABLE "Half" (id int);\n\nINSERT INTO "Nowhere" VALUES (1);\n');
    const error = await migrate(db.prisma, { migrationsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/Migration 0002_bad failed in the statement starting on line 3: 42P01: relation "Nowhere" does not exist/);
    expect(await tableExists(db, 'Ok')).toBe(true);
    expect(await tableExists(db, 'Half')).toBe(false);
    expect((await migrationRows(db)).map((row) => row.migration_name)).toEqual(['0001_ok']);

    await writeMigration(dir, '0002_bad', 'CREATE TABLE "Half" (id int);\n');
    expect(await migrate(db.prisma, { migrationsDir: dir })).toEqual({ applied: ['0002_bad'], alreadyApplied: ['0001_ok'] });
  });

  it('refuses to start after a failed `prisma migrate deploy`, and re-applies one marked rolled back', async () => {
    await writeMigration(dir, '0001_a', 'CREATE TABLE "A" (id int);');
    await migrate(db.prisma, { migrationsDir: dir }); // creates the table of records
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x1', 'abc', '0002_failed')`,
    );
    await writeMigration(dir, '0002_failed', 'CREATE TABLE "F" (id int);');
    await expect(migrate(db.prisma, { migrationsDir: dir })).rejects.toThrow(/0002_failed was started .* but never finished/);

    await db.prisma.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = 'x1'`);
    expect((await migrate(db.prisma, { migrationsDir: dir })).applied).toEqual(['0002_failed']);
  });

  it('lets several migrators run at once: each migration is applied exactly once', async () => {
    // Separate clients, as separate app instances would be.
    const others = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: db.url, dataDir: 'unused' })));
    try {
      const clients = [db.prisma, ...others.map((o) => o?.prisma ?? db.prisma)];
      const results = await Promise.all(clients.map((client) => migrate(client)));
      expect(results.flatMap((r) => r.applied).sort()).toEqual(realMigrations);
      for (const result of results) expect([...result.applied, ...result.alreadyApplied].sort()).toEqual(realMigrations);
      expect((await migrationRows(db)).map((row) => row.migration_name)).toEqual(realMigrations);
    } finally {
      await Promise.all(others.map((o) => o?.close()));
    }
  });
});

async function tableExists(db: TestDatabase, name: string): Promise<boolean> {
  const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = $1`,
    name,
  );
  return rows[0]?.n === 1;
}
