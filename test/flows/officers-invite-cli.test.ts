/**
 * `npm run invite` while the bot runs on the embedded database: the CLI cannot open the
 * data dir the bot holds, so it goes through the bot's control socket, and prints the code
 * alone on its last line; with no bot running it opens the database itself; with
 * DATABASE_URL it writes to the server directly. The CLI runs as a child process, exactly
 * as `node --import tsx scripts/invite.ts` (what `npm run invite` runs through tsx).
 */
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendControlRequest } from '../../src/channels/control/control-client.js';
import { controlSocketPath } from '../../src/channels/control/control-protocol.js';
import { startControlServer, type ControlServer } from '../../src/channels/control/control-server.js';
import { inviteCommand } from '../../src/channels/control/invite-command.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { createAppTransactionRunner } from '../../src/storage/app-tx.js';
import { createTestStore, startTestBot, type TestBot, type TestStore } from '../support/bot.js';
import { IN_CI, POSTGRES_AVAILABLE } from '../support/databases.js';

const run = promisify(execFile);
const CODE = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;
/** Commands the control server answered, as its log says. */
const served: string[] = [];
const quiet = { info: (details: object, message: string) => void (message === 'control command' && served.push(JSON.stringify(details))), warn: () => undefined, error: () => undefined };

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

describe('the invite CLI while the bot runs on PGlite', () => {
  let store: TestStore;
  let bot: TestBot;
  let control: ControlServer;
  let dataDir: string;

  beforeAll(async () => {
    store = await createTestStore('pglite');
    dataDir = store.env.DATA_DIR!;
    bot = await startTestBot(store);
    // What the composition root does after opening the database (see the report for main.ts).
    control = await startControlServer({
      dataDir,
      commands: { invite: inviteCommand(createAppTransactionRunner(bot.bot.database.prisma), () => new Date()) },
      logger: quiet,
    });
  });
  afterAll(async () => {
    await control?.close();
    await bot?.close();
    await store?.dispose();
  });

  it('listens on DATA_DIR/control.sock, readable by the app\'s user only', () => {
    expect(control.path).toBe(join(dataDir, 'control.sock'));
    expect(statSync(control.path).mode & 0o777).toBe(0o600);
  });

  it('prints the code alone on the last line, and the officer can use it', async () => {
    const result = await invite({ DATA_DIR: dataDir }, '--kind', 'tksk', '--area', '34.02.15', '--area', '34.04.07.2001', '--expires', '2d');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const code = lastLine(result.stdout);
    expect(code).toMatch(CODE);
    expect(result.stdout).toContain('34.02.15 Sewon');
    expect(served).toEqual(['{"command":"invite","ok":true}']);

    const stored = await bot.bot.database.prisma.officerInvite.findUniqueOrThrow({ where: { code: code.replace('-', '') } });
    expect(stored).toMatchObject({ kind: 'tksk', areaPrefixes: ['34.02.15', '34.04.07.2001'], usedAt: null });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(2 * 86_400_000);
    const replies = await bot.send('new-officer', code);
    expect(replies.map((reply) => reply.text).join('\n')).toContain('terdaftar sebagai petugas');
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

  it('answers malformed commands without failing', async () => {
    expect(await sendControlRequest(dataDir, { command: 'invite', kind: 'psm', areas: ['34.02'] })).toMatchObject({ ok: true, result: { kind: 'psm' } });
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = createConnection(controlSocketPath(dataDir));
      let data = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        data += chunk;
        if (data.split('\n').length > 2) {
          socket.end();
          resolve(data);
        }
      });
      socket.on('error', reject);
      socket.write('not json\n{"command":"drop-tables"}\n');
    });
    const [first, second] = raw.trim().split('\n').map((line) => JSON.parse(line) as { ok: boolean; error: string });
    expect(first).toEqual({ ok: false, error: 'not JSON' });
    expect(second).toMatchObject({ ok: false, error: 'unknown or malformed command' });
  });

  it('opens the embedded database itself when no bot runs', async () => {
    await control.close();
    await bot.close();
    const result = await invite({ DATA_DIR: dataDir }, '--kind', 'psm', '--area', '34.02.15.2004');
    expect(result.code).toBe(0);
    expect(lastLine(result.stdout)).toMatch(CODE);
  });
});

describe.skipIf(!POSTGRES_AVAILABLE && !IN_CI)('the invite CLI on a PostgreSQL server', () => {
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
