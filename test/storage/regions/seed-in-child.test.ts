/**
 * The region seed in its child process (seed-in-child.ts forks seed-child.ts) when the child
 * fails: the parent's call rejects with the child's own error (its message naming the file and
 * line or the missing file, its stack from the child) and nothing is written; a child that dies
 * without an answer (killed mid-seed) makes the call reject saying so instead of waiting for
 * ever. createBot() awaits this call before anything else starts, so either stops the start
 * (test/startup/seed-failure.test.ts checks that through `npm start`).
 *
 * The child runs only from the compiled dist/ (from TypeScript sources the seed runs in the
 * calling process), so this file brings dist/ up to date (scripts/build.mjs, under its build
 * lock, a no-op when it is current) and imports the compiled module, as `npm start` runs it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RegionDataSource } from '../../../src/storage/regions/region-dataset.js';
import type * as SeedInChild from '../../../src/storage/regions/seed-in-child.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const COMPILED = join(ROOT, 'dist', 'src', 'storage', 'regions', 'seed-in-child.js');
/** Generous for a busy 2-core machine: the child starts node, connects and reads the files. */
const WAIT_MS = 60_000;

type Files = Record<'provinces' | 'regencies' | 'districts' | 'villages', string>;

const GOOD: Files = {
  provinces: 'code,name\n34,Daerah Istimewa Yogyakarta\n',
  regencies: 'code,province_code,name\n34.02,34,Kabupaten Bantul\n',
  districts: 'code,regency_code,name\n34.02.05,34.02,Bambanglipuro\n',
  villages: 'code,district_code,name\n34.02.05.2001,34.02.05,Sidomulyo\n34.02.05.2002,34.02.05,Mulyodadi\n',
};

describeEachDatabase('the region seed child failing', (kind) => {
  let db: TestDatabase;
  let seedRegionsInChild: typeof SeedInChild.seedRegionsInChild;
  const root = mkdtempSync(join(tmpdir(), 'wksbm-seed-child-'));
  let datasets = 0;

  /** Writes a dataset folder (files left out are missing) and returns it as a source. */
  function dataset(files: Partial<Files>): RegionDataSource {
    const dir = join(root, `dataset-${++datasets}`);
    mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.csv`), text);
    return { dir, version: `test-${datasets}` };
  }

  /** The call's rejection (fails the test if it resolves). */
  async function failure(source: RegionDataSource): Promise<Error> {
    const outcome: unknown = await seedRegionsInChild(db.prisma, db.url, { source }).then(
      (result) => ({ answered: result }),
      (error: unknown) => error,
    );
    if (!(outcome instanceof Error)) throw new Error(`expected the seed to fail, it answered ${JSON.stringify(outcome)}`);
    return outcome;
  }

  const nothingWritten = async (): Promise<void> => {
    expect(await db.prisma.region.count()).toBe(0);
    expect(await db.prisma.regionDataset.count()).toBe(0);
  };

  beforeAll(async () => {
    await promisify(execFile)(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, timeout: 120_000 });
    ({ seedRegionsInChild } = (await import(pathToFileURL(COMPILED).href)) as typeof SeedInChild);
    db = await openTestDatabase(kind);
  }, 180_000);
  afterAll(async () => {
    await db?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('a broken file: the call rejects with the child\'s error, naming the file and line, and nothing is written', async () => {
    const source = dataset({ ...GOOD, villages: `${GOOD.villages}34.02.05.20x3,34.02.05,Broken\n` });
    const error = await failure(source);
    expect(error.message).toBe(`wksbm-bot: ${join(source.dir, 'villages.csv')} line 4 has a malformed code "34.02.05.20x3"`);
    // The stack is the child's: the error was raised there and passed on, not made up by the parent.
    expect(error.stack).toMatch(/seed-child\.js/);
    await nothingWritten();
  });

  it('a missing file: the call rejects naming it, and nothing is written', async () => {
    const { villages: _left, ...rest } = GOOD;
    const source = dataset(rest);
    const error = await failure(source);
    expect(error.message).toContain('ENOENT');
    expect(error.message).toContain(join(source.dir, 'villages.csv'));
    expect(error.stack).toMatch(/seed-child\.js/);
    await nothingWritten();
  });

  it('a child killed mid-seed: the call rejects saying it exited without a result, and nothing is written', async () => {
    // A SHARE lock on the table lets the parent's and child's checks read it but holds the
    // child's first INSERT: the child is then surely alive, mid-seed, waiting.
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE "Region" IN SHARE MODE');
      const seeding = failure(dataset(GOOD));
      await untilInsertWaits(db.prisma);
      const child = seedChildPid();
      process.kill(child, 'SIGKILL');
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<Error>((resolve) => (timer = setTimeout(() => resolve(new Error('the call did not settle after its child was killed')), WAIT_MS)));
      const error = await Promise.race([seeding, gaveUp]);
      clearTimeout(timer);
      expect(error.message).toBe('wksbm-bot: the region seed process exited (SIGKILL) without a result');
      await holder.query('ROLLBACK');
    } finally {
      await holder.end();
    }
    await nothingWritten();
  }, 3 * WAIT_MS);
});

/**
 * Returns once a session on the test database waits for a lock on a table (the child's INSERT).
 * Asked outside the lock holder's transaction, which would see one snapshot of pg_stat_activity.
 */
async function untilInsertWaits(prisma: TestDatabase['prisma']): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const rows = await prisma.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'relation'`;
    if ((rows[0]?.waiting ?? 0) > 0) return;
    await delay(25);
  }
  throw new Error(`the seed child's INSERT did not wait for the table lock within ${WAIT_MS} ms`);
}

/** The pid of this process's seed child (Linux: read from /proc). */
function seedChildPid(): number {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": the comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === process.pid && command.includes('seed-child.js')) found.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  if (found.length !== 1) throw new Error(`expected one seed child of ${process.pid}, found ${found.length}`);
  return found[0]!;
}
