/**
 * The real app (`node --import tsx src/main.ts`) as a child process that a test can kill
 * with SIGKILL at any moment and start again on the same data, as a crash and a restart by
 * a process supervisor would. Its output goes to a log file, whose tail a failing test
 * prints.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../support/free-port.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** How the child ended. */
export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** One app process at a time, restartable. */
export class AppProcess {
  readonly port: number;
  readonly #env: Record<string, string>;
  readonly #logFile: string;
  readonly #log: WriteStream;
  #child: ChildProcess | undefined;
  #exited: Promise<Exit> | undefined;
  /** Starts so far (the first included). */
  starts = 0;

  private constructor(port: number, env: Record<string, string>, logFile: string) {
    this.port = port;
    this.#env = env;
    this.#logFile = logFile;
    this.#log = createWriteStream(logFile, { flags: 'a' });
  }

  /** An app on a free port with `env` (added to a clean environment), logging to `logFile`. */
  static async create(env: Record<string, string>, logFile: string): Promise<AppProcess> {
    return new AppProcess(await freePort(), env, logFile);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Whether a child is running (spawned and not yet exited). */
  get running(): boolean {
    return this.#child !== undefined;
  }

  /** Spawns the app; resolves at once (see {@link waitReady}). */
  spawn(): void {
    if (this.#child) throw new Error('app-process: already running');
    this.starts++;
    this.#log.write(`\n=== start ${this.starts} at ${new Date().toISOString()} ===\n`);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...this.#env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(this.#log, { end: false });
    child.stderr!.pipe(this.#log, { end: false });
    this.#child = child;
    this.#exited = new Promise<Exit>((resolve) => {
      child.once('exit', (code, signal) => {
        this.#log.write(`=== exit code=${code} signal=${signal} ===\n`);
        this.#child = undefined;
        resolve({ code, signal });
      });
    });
  }

  /** Resolves once GET /health answers 200; rejects if the child exits first or after `timeoutMs`. */
  async waitReady(timeoutMs = 60_000): Promise<void> {
    const exited = this.#exited;
    const deadline = Date.now() + timeoutMs;
    let gone = false;
    void exited?.then(() => {
      gone = true;
    });
    while (Date.now() < deadline) {
      if (gone) throw new Error(`app-process: the app exited while starting; log tail:\n${this.logTail()}`);
      try {
        const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2_000) });
        await response.arrayBuffer();
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(`app-process: not ready after ${timeoutMs} ms; log tail:\n${this.logTail()}`);
  }

  /** SIGKILL: no shutdown code runs. Resolves once the process is gone (and reaped). */
  async kill(): Promise<Exit | undefined> {
    const child = this.#child;
    if (!child) return undefined;
    child.kill('SIGKILL');
    return this.#exited;
  }

  /** SIGTERM and wait for the graceful stop; SIGKILL after `timeoutMs`. */
  async stop(timeoutMs = 20_000): Promise<Exit | undefined> {
    const child = this.#child;
    if (!child) return undefined;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    try {
      return await this.#exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The last `lines` lines of the log. */
  logTail(lines = 40): string {
    try {
      return readFileSync(this.#logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** Stops the child if any and closes the log. */
  async dispose(): Promise<void> {
    await this.kill();
    await new Promise<void>((resolve) => this.#log.end(resolve));
  }
}


export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
