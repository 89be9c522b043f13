import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, LOCK_FILE_NAME } from '../../src/storage/data-dir-lock.js';
import { DataDirLockedError, openDatabase, PGLITE_SUBDIR, type Database } from '../../src/storage/database.js';
import { ping } from '../../src/storage/health.js';
import type { StorageLogger } from '../../src/storage/logger.js';
import { migrate } from '../../src/storage/migrator.js';
import { describeEachDatabase, openTestDatabase } from '../support/databases.js';

// Compile-time check: the app's pino logger fits where the storage layer wants a logger.
const pinoFits: StorageLogger = pino({ enabled: false });
void pinoFits;

const HOLDER = fileURLToPath(new URL('../support/hold-database.ts', import.meta.url));

describe('embedded database in DATA_DIR [pglite]', () => {
  let root: string;
  let dataDir: string;
  const opened: Database[] = [];
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'wksbm-data-'));
    dataDir = join(root, 'nested', 'data'); // does not exist yet
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill();
    for (const database of opened.splice(0)) await database.close();
    await rm(root, { recursive: true, force: true });
  });

  async function open(): Promise<Database> {
    const database = await openDatabase({ dataDir });
    opened.push(database);
    return database;
  }

  it('creates the folder, keeps data across reopen, and holds the lock only while open', async () => {
    const first = await open();
    expect(first.kind).toBe('pglite');
    expect(existsSync(join(dataDir, PGLITE_SUBDIR, 'PG_VERSION'))).toBe(true);
    const lock = JSON.parse(await readFile(join(dataDir, LOCK_FILE_NAME), 'utf8')) as { pid: number };
    expect(lock.pid).toBe(process.pid);
    await migrate(first.prisma);
    await first.prisma.person.create({ data: { locale: 'id' } });
    await first.close();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);

    const second = await open();
    expect(await second.prisma.person.count()).toBe(1);
  });

  it('refuses a second open of the same folder in the same process', async () => {
    await open();
    const error = await openDatabase({ dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain(`Another wksbm-bot process (pid ${process.pid}) is using DATA_DIR ${dataDir}`);
  });

  it('refuses while another process holds the folder, and opens once it is gone', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
    children.push(child);
    await waitForLine(child, 'ready');

    const error = await openDatabase({ dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as DataDirLockedError).pid).toBe(child.pid);
    expect((error as Error).message).toMatch(/Stop that process or set another DATA_DIR/);

    child.stdin?.end(); // the holder closes its database and exits
    await once(child, 'exit');
    await open();
  });

  it('takes over a stale lock: dead pid, our own pid from a previous run, or garbage', async () => {
    await mkdir(dataDir, { recursive: true });
    const lockFile = join(dataDir, LOCK_FILE_NAME);
    const dead = spawn(process.execPath, ['-e', '']);
    await once(dead, 'exit');

    for (const content of [JSON.stringify({ pid: dead.pid }), JSON.stringify({ pid: process.pid }), 'not json']) {
      await writeFile(lockFile, content);
      const lock = await acquireDataDirLock(dataDir);
      expect((JSON.parse(await readFile(lockFile, 'utf8')) as { pid: number }).pid).toBe(process.pid);
      await lock.release();
      expect(existsSync(lockFile)).toBe(false);
    }
    expect((await readdir(dataDir)).length).toBe(0); // no drafts or moved-aside files left
  });

  it('lets only one of two simultaneous opens in one process have the folder', async () => {
    await mkdir(dataDir, { recursive: true });
    const results = await Promise.allSettled([acquireDataDirLock(dataDir), acquireDataDirLock(dataDir)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(DataDirLockedError);
    for (const r of results) if (r.status === 'fulfilled') await r.value.release();
  });

  it('rejects a DATABASE_URL that is not PostgreSQL', async () => {
    await expect(openDatabase({ databaseUrl: 'mysql://x', dataDir })).rejects.toThrow(/DATABASE_URL must start with postgresql:\/\//);
  });
});

describeEachDatabase('ping', (kind) => {
  it('is true on an open database and false once it is closed', async () => {
    const db = await openTestDatabase(kind, { migrate: false });
    try {
      expect(await ping(db.prisma)).toBe(true);
    } finally {
      await db.close();
    }
    expect(await ping(db.prisma)).toBe(false);
  });

  if (kind === 'postgres') {
    it('is false, without throwing, when the server cannot be reached', async () => {
      const db = await openDatabase({ databaseUrl: 'postgresql://postgres@127.0.0.1:1/nothing', dataDir: 'unused' });
      try {
        expect(await ping(db.prisma, 2_000)).toBe(false);
      } finally {
        await db.close();
      }
    });
  }
});

async function waitForLine(child: ChildProcess, line: string): Promise<void> {
  let seen = '';
  for await (const chunk of child.stdout!) {
    seen += String(chunk);
    if (seen.split('\n').includes(line)) return;
  }
  throw new Error(`child exited before printing "${line}"`);
}
