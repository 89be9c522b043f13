/**
 * `npm start` (scripts/launch.mjs → dist/src/main.js) when the region seed's child process
 * fails: the start stops — the process exits non-zero with the child's error in its output
 * and a line of its own log saying so, before it listens — instead of serving without the region list or waiting for ever. The
 * child fails for real: the test database, migrated beforehand, has a trigger that refuses
 * every INSERT into "Region", so the child (which loads the installed list, as on a first
 * start) fails at its first batch and reports the error to the app, which passes it on.
 * test/storage/regions/seed-in-child.test.ts checks the call itself (broken files, a killed
 * child).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/databases.js';
import { freePort } from '../support/free-port.js';

const ROOT = join(import.meta.dirname, '..', '..');
const REFUSAL = 'the Region table refuses rows (seed-failure test)';
/** Generous: a start may compile dist/ first, and the child reads ~92,000 rows before it fails. */
const EXIT_MS = 170_000;

describe('npm start when the region seed child fails', () => {
  let db: TestDatabase;
  let dir: string;
  let child: ChildProcess | undefined;
  let output = '';
  /** How the start ended: the process exited, it started serving after all, or neither in time. */
  let exit: { code: number | null; signal: NodeJS.Signals | null } | 'running' | 'timeout';

  beforeAll(async () => {
    db = await openTestDatabase('postgres');
    await db.prisma.$executeRawUnsafe(`
      CREATE FUNCTION refuse_regions() RETURNS trigger LANGUAGE plpgsql
      AS $$ BEGIN RAISE EXCEPTION '${REFUSAL}'; END $$`);
    await db.prisma.$executeRawUnsafe('CREATE TRIGGER refuse_regions BEFORE INSERT ON "Region" FOR EACH STATEMENT EXECUTE FUNCTION refuse_regions()');
    dir = mkdtempSync(join(tmpdir(), 'wksbm-seed-failure-'));
    // A clean environment: no settings of the machine leak in.
    child = spawn(process.execPath, ['scripts/launch.mjs', 'src/main'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dir,
        DATABASE_URL: db.url,
        DATA_DIR: join(dir, 'data'),
        ADMIN_TOKEN: 'seed-failure-admin-token-0123456789',
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let timer: NodeJS.Timeout | undefined;
    exit = await new Promise<typeof exit>((resolve) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('wksbm-bot is running')) resolve('running');
      };
      child!.stdout!.on('data', read);
      child!.stderr!.on('data', read);
      child!.once('close', (code, signal) => resolve({ code, signal }));
      timer = setTimeout(() => resolve('timeout'), EXIT_MS);
    });
    clearTimeout(timer);
  }, EXIT_MS + 30_000);

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child!.once('close', resolve));
      child.kill('SIGKILL');
      await gone;
    }
    await db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('exits non-zero with the child\'s error, without listening', () => {
    expect(exit, output).toEqual({ code: 1, signal: null });
    expect(output).toContain(REFUSAL);
    // Said in the app's own log, as operators read it.
    expect(output).toContain('could not load the region list into the database: the start stops');
    // Raised in the child: the error's stack, printed as the app stops, is the child's.
    expect(output).toMatch(/dist\/src\/storage\/regions\/seed-child\.js/);
    expect(output).not.toContain('wksbm-bot is running');
  });

  it('leaves the region list unseeded, for the next start to load', async () => {
    expect(await db.prisma.region.count()).toBe(0);
    expect(await db.prisma.regionDataset.count()).toBe(0);
  });
});
