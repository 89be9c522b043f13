/**
 * `npm start` as a person runs it: the first start on an empty data dir (build if the
 * sources changed, create the database, migrate, load the ~92,000-row region list) until
 * /health answers, a SIGTERM to the npm process, a restart on the same data dir, and a
 * SIGINT (what Ctrl-C sends) to npm. It prints the measured figures; README's quick start
 * quotes them. Only generous sanity bounds are asserted (speed targets live in `npm run
 * bench`); what must hold exactly is that npm passes the signal on, the app stops by itself
 * and the data dir is free again for the next start.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** What a connection cut off by the cluster's stop logs (src/storage/database.ts). */
const CUT_OFF = /idle PostgreSQL connection failed|terminating connection due to administrator command/;
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Started {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  readonly output: () => string;
  /** Everything it printed. */
  readonly all: () => string;
}

/** `npm start`, or another script that runs the app (`start:prod`), as a person types it. */
function npmStart(env: Record<string, string>, script = 'start'): Started {
  const child = spawn(NPM, script === 'start' ? ['start'] : ['run', script], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A group of its own: should the app outlive npm, the test can still stop it.
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output.split('\n').slice(-30).join('\n'), all: () => output };
}

async function health(url: string): Promise<number | 'down'> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 'down';
  }
}

/** Milliseconds until /health answers 200; throws if npm exits first or after `limitMs`. */
async function untilHealthy(started: Started, url: string, limitMs: number): Promise<number> {
  const begin = performance.now();
  let gone = false;
  void started.exited.then(() => (gone = true));
  while (performance.now() - begin < limitMs) {
    if (gone) throw new Error(`npm start exited before /health answered:\n${started.output()}`);
    if ((await health(url)) === 200) return performance.now() - begin;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`/health did not answer within ${limitMs} ms:\n${started.output()}`);
}

/** Sends `signal` to npm alone and measures until npm has exited; SIGKILLs after `limitMs`. */
async function stop(started: Started, signal: NodeJS.Signals, limitMs: number): Promise<{ ms: number; code: number | null }> {
  const begin = performance.now();
  started.child.kill(signal);
  const timer = setTimeout(() => started.child.kill('SIGKILL'), limitMs);
  const code = await started.exited;
  clearTimeout(timer);
  return { ms: performance.now() - begin, code };
}


describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wksbm-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts, stops on SIGTERM and Ctrl-C sent to npm, and starts again on the same data dir', { timeout: 600_000 }, async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = { DATA_DIR: dataDir, PORT: String(port) };

    const first = npmStart(env);
    const firstStartMs = await untilHealthy(first, url, 400_000);
    // Health checks at once (each asks the database): the pool holds many open connections at the stop.
    expect(await Promise.all(Array.from({ length: 30 }, () => health(url)))).toEqual(Array.from({ length: 30 }, () => 200));
    const firstStop = await stop(first, 'SIGTERM', 20_000);
    expect(firstStop.code, first.output()).toBe(0);
    // The pool's connections were closed before the embedded PostgreSQL stopped, not cut off by it.
    expect(first.all()).not.toMatch(CUT_OFF);
    // The app itself is gone, not only npm: nothing answers on its port any more.
    expect(await health(url)).toBe('down');

    // The data dir was released: a second start on it succeeds.
    const second = npmStart(env);
    const restartMs = await untilHealthy(second, url, 120_000);
    const secondStop = await stop(second, 'SIGINT', 20_000);
    expect(secondStop.code, second.output()).toBe(0);
    expect(second.all()).not.toMatch(CUT_OFF);
    expect(await health(url)).toBe('down');

    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      [
        'npm start timings (this machine, now):',
        `  first start to /health: ${seconds(firstStartMs)} (creates the database, migrates, loads the region list)`,
        `  stop after SIGTERM to npm: ${seconds(firstStop.ms)}`,
        `  restart to /health: ${seconds(restartMs)}`,
        `  stop after SIGINT (Ctrl-C) to npm: ${seconds(secondStop.ms)}`,
      ].join('\n'),
    );
    // Generous sanity bounds only: the stop has a 4.5 s limit in src/main.ts.
    expect(firstStop.ms).toBeLessThan(15_000);
    expect(secondStop.ms).toBeLessThan(15_000);
  });

  it('stops with a message naming PORT when the port is taken, and leaves the data dir free', { timeout: 300_000 }, async () => {
    const port = await freePort();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const started = npmStart({ DATA_DIR: dataDir, PORT: String(port) });
      const code = await started.exited;
      expect(code, started.output()).toBe(1);
      expect(started.all()).toContain(`Port ${port} on 127.0.0.1 is already in use (PORT=${port})`);
      // The message alone, not Node's stack trace of the failed listen.
      expect(started.all()).not.toMatch(/EADDRINUSE|node:net/);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
    // The embedded PostgreSQL it had started was stopped with it.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('npm run start:prod stops on SIGTERM sent to npm too, not leaving the app running without it', { timeout: 600_000 }, async () => {
    // start:prod runs dist/ as it is: build it as `npm start` would have.
    expect(spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT }).status).toBe(0);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const started = npmStart({ DATA_DIR: dataDir, PORT: String(port) }, 'start:prod');
    try {
      await untilHealthy(started, url, 400_000);
      const stopped = await stop(started, 'SIGTERM', 20_000);
      expect(stopped.code, started.output()).toBe(0);
      // npm's shell ran node as its child and died alone: the app went on answering (a fix: `exec node`).
      expect(await health(url)).toBe('down');
    } finally {
      try {
        process.kill(-started.child.pid!, 'SIGKILL');
      } catch {
        // The group is gone: nothing outlived npm.
      }
    }
  });
});
