/**
 * What `npm start` loads: the compiled app (scripts/launch.mjs → dist/) with web chat only
 * (no WhatsApp) must not load the packages that only some setups need — Baileys and our
 * WhatsApp channels, exceljs, the swagger UI — at start. The first /docs request and the first
 * XLSX export load theirs. The child process runs with a module hook
 * (test/support/module-log.mjs) that lists every module URL it resolves as it goes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/databases.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ADMIN_TOKEN = 'lazy-modules-admin-token-0123456789';

/** Loaded only by the setups (or the first requests) that need them. */
const LAZY: Record<string, RegExp> = {
  baileys: /\/node_modules\/@whiskeysockets\/baileys\//,
  'WhatsApp channel': /\/dist\/src\/channels\/whatsapp\//,
  'WhatsApp Cloud API channel': /\/dist\/src\/channels\/whatsapp-cloud\//,
  exceljs: /\/node_modules\/exceljs\//,
  '@fastify/swagger': /\/node_modules\/@fastify\/swagger\//,
  '@fastify/swagger-ui': /\/node_modules\/@fastify\/swagger-ui\//,
  // Loaded by the first photo.
  sharp: /\/node_modules\/sharp\//,
  // Telegram is not configured here.
  grammY: /\/node_modules\/(grammy|@grammyjs\/[^/]+)\//,
  'Telegram channel': /\/dist\/src\/channels\/telegram\/telegram-channel\.js/,
};

describe('modules loaded by the compiled app', () => {
  let db: TestDatabase;
  let dir: string;
  let child: ChildProcess | undefined;
  let exited: Promise<number | null>;
  let output = '';
  let url: string;
  const logFile = () => join(dir, 'modules.txt');
  const loaded = () => readFileSync(logFile(), 'utf8').split('\n').filter(Boolean);
  const lazyLoaded = () => Object.entries(LAZY).filter(([, pattern]) => loaded().some((module) => pattern.test(module))).map(([name]) => name);

  beforeAll(async () => {
    db = await openTestDatabase('postgres');
    dir = mkdtempSync(join(tmpdir(), 'wksbm-lazy-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // A clean environment: no WhatsApp or Telegram settings of the machine leak in.
    child = spawn(process.execPath, ['--import', './test/support/module-log.mjs', 'scripts/launch.mjs', 'src/main'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dir,
        MODULE_LOG: logFile(),
        DATABASE_URL: db.url,
        DATA_DIR: join(dir, 'data'),
        ADMIN_TOKEN,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    exited = new Promise((resolve) => child!.once('exit', (code) => resolve(code)));
    await untilHealthy(url, exited, () => output);
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child!.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    await db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('starts without WhatsApp, grammY (no Telegram set), sharp, exceljs or the swagger UI', () => {
    // The hook works: the app's own compiled modules and Fastify are listed.
    expect(loaded().some((module) => module.endsWith('/dist/src/main.js'))).toBe(true);
    expect(loaded().some((module) => /\/node_modules\/fastify\//.test(module))).toBe(true);
    expect(lazyLoaded()).toEqual([]);
  });

  it('loads the swagger UI on the first /docs request and exceljs on the first XLSX export', async () => {
    const document = await fetch(`${url}/docs/json`);
    expect(document.status).toBe(200);
    expect(((await document.json()) as { paths: Record<string, unknown> }).paths['/api/groups']).toBeDefined();
    expect(lazyLoaded()).toEqual(['@fastify/swagger', '@fastify/swagger-ui']);

    const workbook = await fetch(`${url}/api/export/groups.xlsx`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(workbook.status).toBe(200);
    // An XLSX file is a zip archive.
    expect(Buffer.from(await workbook.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    expect(lazyLoaded()).toEqual(['exceljs', '@fastify/swagger', '@fastify/swagger-ui']);
  });
});

/** Resolves once /health answers 200; throws if the app exits first or after three minutes. */
async function untilHealthy(url: string, exited: Promise<number | null>, output: () => string): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 170_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the app exited before /health answered:\n${output()}`);
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`/health did not answer in time:\n${output()}`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no free port');
  return address.port;
}
