/**
 * Groups looked up by name alone, in every desa (groupViewsNamed: "is sidomulyo registered?",
 * "status panggungharjo"): the migration that gives them an index applies on a database with
 * groups in it, and the statement then reads the index, not the whole table, also under the
 * generic plan the app's pool may run its prepared statements with.
 */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../../src/paths.js';
import { groupViewsNamed } from '../../../src/storage/groups/group-sql.js';
import { migrate } from '../../../src/storage/migrator.js';
import type { Sql } from '../../../src/storage/unit-of-work/sql.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';

const MIGRATION = '20261207160000_group_name_lookup_index';
const INDEX = 'Group_nameNorm_villageCode_idx';
/** Desa, and groups in each: enough rows that reading them all costs more than the index. */
const VILLAGES = 400;
const GROUPS_PER_VILLAGE = 10;

/** Regions, areas and groups as a kabupaten's worth of data: "posyandu 1" … in every desa, one "arisan melati" in three. */
const SEED = [
  `INSERT INTO "Region" ("code", "level", "parentCode", "name", "nameNorm") VALUES
     ('34', 'province', NULL, 'DI Yogyakarta', 'di yogyakarta'),
     ('34.02', 'regency', '34', 'Kabupaten Bantul', 'kabupaten bantul'),
     ('34.02.01', 'district', '34.02', 'Bambanglipuro', 'bambanglipuro')`,
  `INSERT INTO "Region" ("code", "level", "parentCode", "name", "nameNorm")
   SELECT '34.02.01.' || (2000 + v), 'village', '34.02.01', 'Desa ' || v, 'desa ' || v FROM generate_series(1, ${VILLAGES}) AS v`,
  `INSERT INTO "Area" ("id", "villageCode") SELECT gen_random_uuid(), '34.02.01.' || (2000 + v) FROM generate_series(1, ${VILLAGES}) AS v`,
  `INSERT INTO "Group" ("id", "name", "nameNorm", "type", "areaId", "villageCode", "memberCount", "updatedAt")
   SELECT gen_random_uuid(), n, lower(n), 'posyandu', a."id", a."villageCode", 10, now()
   FROM "Area" a CROSS JOIN LATERAL (
     SELECT CASE WHEN g = 1 AND right(a."villageCode", 1) IN ('1', '4', '7') THEN 'Arisan Melati' ELSE 'Posyandu ' || g END AS n
     FROM generate_series(1, ${GROUPS_PER_VILLAGE}) AS g
   ) AS names`,
];

/** Whether the plan finds the name through an index (an index condition on it), not by checking every row read. */
function nameLookedUp(plan: string): boolean {
  return /(Index Cond|Recheck Cond): .*"nameNorm" = \$1/.test(plan) && !/Filter: .*"nameNorm" = \$1/.test(plan);
}

describeEachDatabase('groups looked up by name alone', (kind) => {
  let db: TestDatabase;
  let dir: string;
  let client: pg.Client;

  beforeAll(async () => {
    db = await openTestDatabase(kind, { migrate: false });
    // The database as it stood before the migration, with its groups.
    dir = await mkdtemp(join(tmpdir(), 'wksbm-migrations-'));
    const before = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory() && entry.name < MIGRATION);
    for (const entry of before) await cp(join(MIGRATIONS_DIR, entry.name), join(dir, entry.name), { recursive: true });
    await migrate(db.prisma, { migrationsDir: dir });
    for (const statement of SEED) await db.prisma.$executeRawUnsafe(statement);
    client = new pg.Client({ connectionString: db.url, options: '-c plan_cache_mode=force_generic_plan' });
    await client.connect();
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    await db?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const indexes = async (): Promise<string[]> =>
    (await client.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE tablename = 'Group' ORDER BY indexname`)).rows.map((row) => row.indexname);

  /** The plan of groupViewsNamed's statement for `nameNorm`, prepared once for all values (the generic plan). */
  const plan = async (nameNorm: string): Promise<string> => {
    const sent: Array<{ text: string; values: readonly unknown[] }> = [];
    const sql: Sql = {
      rows: async (text, values) => (sent.push({ text, values }), (await client.query({ text, values: [...values] })).rows),
      lastRows: (text, values) => sql.rows(text, values),
      write: async (text, values) => void (await sql.rows(text, values)),
    };
    await groupViewsNamed(sql, nameNorm, 5);
    expect(sent).toHaveLength(1);
    await client.query(`PREPARE named(text, bigint) AS ${sent[0]!.text}`);
    try {
      const result = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) EXECUTE named(${client.escapeLiteral(nameNorm)}, 5)`);
      return result.rows.map((row) => row['QUERY PLAN']).join('\n');
    } finally {
      await client.query('DEALLOCATE named');
    }
  };

  it('adds the index on a database with groups, keeping them, and the lookup then reads it instead of the whole table', async () => {
    await client.query('ANALYZE "Group"');
    expect(await indexes()).not.toContain(INDEX);
    // Before: every enabled group read (a whole index or the table), the name checked on each row.
    const before = await plan('arisan melati');
    expect(nameLookedUp(before), before).toBe(false);

    // Applied first; later migrations follow it.
    expect((await migrate(db.prisma)).applied[0]).toBe(MIGRATION);
    expect(await indexes()).toContain(INDEX);
    const count = await client.query<{ n: number }>('SELECT count(*)::int AS "n" FROM "Group"');
    expect(count.rows[0]!.n).toBe(VILLAGES * GROUPS_PER_VILLAGE);

    await client.query('ANALYZE "Group"');
    for (const name of ['arisan melati', 'posyandu 3', 'kelompok tani makmur']) {
      const after = await plan(name);
      expect(after, after).toContain(INDEX);
      expect(nameLookedUp(after), after).toBe(true);
      expect(after, after).not.toMatch(/Seq Scan on "Group"/);
    }
  });

  it('lists the groups of that name of every desa, by desa, at most as many as asked', async () => {
    const sql: Sql = {
      rows: async (text, values) => (await client.query({ text, values: [...values] })).rows,
      lastRows: (text, values) => sql.rows(text, values),
      write: async (text, values) => void (await sql.rows(text, values)),
    };
    const found = await groupViewsNamed(sql, 'arisan melati', 5);
    expect(found.map((view) => view.villageCode)).toEqual(['34.02.01.2001', '34.02.01.2004', '34.02.01.2007', '34.02.01.2011', '34.02.01.2014']);
    expect(found.every((view) => view.name === 'Arisan Melati' && view.villageName.startsWith('Desa '))).toBe(true);
  });
});
