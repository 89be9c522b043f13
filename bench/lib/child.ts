/**
 * Child processes of the bench: the app (or the echo bot) runs in its own Node process, as
 * in production, so that its CPU time and memory are its own and the load generator does
 * not share its event loop. They talk over Node's IPC channel: the child announces
 * `ready`, answers requests by id and may emit events. Children run their compiled
 * JavaScript under plain `node` (see ./compiled.ts), never a TypeScript loader.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { compiledChild } from './compiled.js';

/** What a child sends. */
export type ChildMessage =
  | { readonly type: 'ready'; readonly url: string }
  | { readonly type: 'response'; readonly id: number; readonly result?: unknown; readonly error?: string }
  | { readonly type: 'event'; readonly name: string; readonly data: unknown };

/** A running child with request/response over IPC. */
export class BenchChild {
  readonly #process: ChildProcess;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  #exited = false;
  /** Called for each event the child emits. */
  onEvent: (name: string, data: unknown) => void = () => undefined;
  readonly url: Promise<string>;

  /** `script`: a file of bench/children without its extension (e.g. `app-child`). */
  constructor(script: string, env: Record<string, string>, execArgv: readonly string[] = []) {
    this.#process = fork(compiledChild(script), [], {
      env: { ...process.env, ...env },
      // Not the parent's (tsx's --import): the child is plain compiled JavaScript.
      execArgv: [...execArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.url = new Promise((resolve, reject) => {
      this.#process.on('message', (message: ChildMessage) => {
        if (message.type === 'ready') resolve(message.url);
        else if (message.type === 'response') {
          const pending = this.#pending.get(message.id);
          this.#pending.delete(message.id);
          if (message.error !== undefined) pending?.reject(new Error(message.error));
          else pending?.resolve(message.result);
        } else if (message.type === 'event') this.onEvent(message.name, message.data);
      });
      this.#process.on('exit', (code, signal) => {
        this.#exited = true;
        const error = new Error(`bench child ${script} exited (code ${code}, signal ${signal})`);
        reject(error);
        for (const pending of this.#pending.values()) pending.reject(error);
        this.#pending.clear();
      });
    });
  }

  get pid(): number | undefined {
    return this.#process.pid;
  }

  /** Asks the child to do `op`; resolves with its answer. */
  request<T>(op: string, args: unknown = null): Promise<T> {
    if (this.#exited) return Promise.reject(new Error('bench child has exited'));
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#process.send({ type: 'request', id, op, args });
    });
  }

  /** Asks the child to stop and waits for it to exit (SIGKILL after 20 s). */
  async stop(): Promise<void> {
    if (this.#exited) return;
    const exited = new Promise<void>((resolve) => this.#process.once('exit', () => resolve()));
    await this.request('stop').catch(() => undefined);
    const timer = setTimeout(() => this.#process.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Child side: serves requests with `handlers`; each returns the answer. */
export function serveParent(handlers: Record<string, (args: unknown) => unknown>): void {
  process.on('message', (message: { type: string; id: number; op: string; args: unknown }) => {
    if (message.type !== 'request') return;
    const handler = handlers[message.op];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown op ${message.op}`);
        return handler(message.args);
      })
      .then(
        (result) => process.send?.({ type: 'response', id: message.id, result: result ?? null }),
        (error: unknown) => process.send?.({ type: 'response', id: message.id, error: String(error) }),
      );
  });
}

/** Child side: emits an event to the parent. */
export function emitToParent(name: string, data: unknown): void {
  process.send?.({ type: 'event', name, data });
}

/** Child side: tells the parent it listens at `url`. */
export function announceReady(url: string): void {
  process.send?.({ type: 'ready', url });
}

/** Resource figures a child reports. */
export interface Usage {
  readonly rss: number;
  readonly heapUsed: number;
  /** process.cpuUsage() in microseconds. */
  readonly cpuUser: number;
  readonly cpuSystem: number;
  /** SQL statements sent to PostgreSQL so far (counted on DATABASE_URL servers only). */
  readonly statements: number;
}

/** The usage of this process. */
export function currentUsage(statements: number): Usage {
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  return { rss: memory.rss, heapUsed: memory.heapUsed, cpuUser: cpu.user, cpuSystem: cpu.system, statements };
}
