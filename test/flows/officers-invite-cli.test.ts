/**
 * `npm run invite` while the bot runs on the embedded PostgreSQL: the CLI connects to the
 * cluster the bot started and prints the code alone on its last line; with no bot running
 * it starts the cluster for its own duration; with DATABASE_URL it writes to the server. The CLI runs as a child process, exactly
 * as `node --import tsx scripts/invite.ts` (what `npm run invite` runs through tsx).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { processInfo } from '../../src/storage/embedded/processes.js';
import { createEmbeddedTestStore, createTestStore, startTestBot, type TestBot, type TestStore } from '../support/bot.js';

const run = promisify(execFile);
const CODE = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;

/** The pid in DATA_DIR/postgres/postmaster.pid. */
function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** Runs the CLI; resolves with its exit code and output, never rejects on a non-zero exit. */
async function invite(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'invite.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env: childEnv,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? '';
}

describe('the invite CLI while the bot runs on the embedded PostgreSQL', () => {
  let store: TestStore;
  let bot: TestBot;
  let dataDir: string;
  let postmaster: number;

  beforeAll(async () => {
    store = await createEmbeddedTestStore();
    dataDir = store.env.DATA_DIR!;
    bot = await startTestBot(store);
    postmaster = postmasterPid(dataDir);
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  it('prints the code alone on the last line, and the officer can use it', async () => {
    const result = await invite({ DATA_DIR: dataDir }, '--kind', 'tksk', '--area', '34.02.15', '--area', '34.04.07.2001', '--expires', '2d');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const code = lastLine(result.stdout);
    expect(code).toMatch(CODE);
    expect(result.stdout).toContain('34.02.15 Sewon');

    const stored = await bot.bot.database.prisma.officerInvite.findUniqueOrThrow({ where: { code: code.replace('-', '') } });
    expect(stored).toMatchObject({ kind: 'tksk', areaPrefixes: ['34.02.15', '34.04.07.2001'], usedAt: null });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(2 * 86_400_000);
    const replies = await bot.send('new-officer', code);
    expect(replies.map((reply) => reply.text).join('\n')).toContain('terdaftar sebagai petugas');
  });

  it('used the running bot\'s cluster: same postmaster, still the bot\'s child, no control socket', () => {
    expect(postmasterPid(dataDir)).toBe(postmaster);
    expect(processInfo(postmaster)?.parentPid).toBe(process.pid);
    expect(existsSync(join(dataDir, 'control.sock'))).toBe(false);
  });

  it('refuses a bad request with what is wrong, and bad usage with the usage', async () => {
    const refused = await invite({ DATA_DIR: dataDir }, '--kind', 'lurah', '--area', '34.99.99');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('unknown kind "lurah"');
    expect(refused.stderr).toContain('"34.99.99" is not in the region list');
    const usage = await invite({ DATA_DIR: dataDir }, '--kind', 'tksk');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--area is required');
  });

  it('starts the embedded PostgreSQL itself when no bot runs, and stops it again', async () => {
    await bot.close();
    expect(processInfo(postmaster)).toBeUndefined();
    const result = await invite({ DATA_DIR: dataDir }, '--kind', 'psm', '--area', '34.02.15.2004');
    expect(result.code).toBe(0);
    expect(lastLine(result.stdout)).toMatch(CODE);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('says so when DATA_DIR holds no database yet', async () => {
    const empty = await createEmbeddedTestStore();
    try {
      const result = await invite({ DATA_DIR: empty.env.DATA_DIR! }, '--kind', 'psm', '--area', '34.02');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('there is no database in DATA_DIR');
    } finally {
      await empty.dispose();
    }
  });
});

describe('the invite CLI on a PostgreSQL server', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('postgres');
    // Migrates and seeds the test regions, as a first start of the bot does.
    const bot = await startTestBot(store);
    await bot.close();
  });
  afterAll(() => store?.dispose());

  it('writes the invite with DATABASE_URL directly', async () => {
    const result = await invite(store.env, '--kind', 'dinsos', '--area', '34.04');
    expect(result.stderr).toBe('');
    expect(lastLine(result.stdout)).toMatch(CODE);
  });
});

describe('the invite CLI reading --expires', () => {
  it('asks a bare number for its unit (was read as milliseconds: "expiry must be between 1 minute and 90 days"), before any database is opened', async () => {
    const bare = await invite({ DATA_DIR: '/nonexistent' }, '--kind', 'psm', '--area', '34.02.15.2004', '--expires', '7');
    expect(bare.code).not.toBe(0);
    expect(bare.stderr).toContain('--expires: "7" has no unit: write 7d for days, 7h for hours or 7m for minutes');
    const zero = await invite({ DATA_DIR: '/nonexistent' }, '--kind', 'psm', '--area', '34.02.15.2004', '--expires', '0d');
    expect(zero.stderr).toContain('--expires: 0d is no time at all; the code may stay valid from 1 minute (1m) to 90 days (90d)');
  });
});
