/**
 * Virtual time for the dispatcher's unit tests: a clock and a {@link Sleep} that never
 * wait for real. `run(promise)` lets the code under test go as far as it can, then jumps
 * the clock to the earliest pending sleep and wakes it, until the promise settles. Works
 * for code whose only waits are this sleep and promises (an in-memory store, fake adapters).
 */
import type { Clock } from '../../../src/core/ports.js';
import type { Sleep } from '../../../src/core/scheduler/sleep.js';

interface Sleeper {
  readonly at: number;
  readonly wake: () => void;
}

/** A clock plus sleep in virtual time; see the module comment. */
export class VirtualTime {
  #now: number;
  #sleepers: Sleeper[] = [];

  constructor(start = '2026-11-02T03:00:00Z') {
    this.#now = Date.parse(start);
  }

  readonly clock: Clock = () => new Date(this.#now);

  readonly sleep: Sleep = (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const sleeper: Sleeper = {
        at: this.#now + Math.max(0, ms),
        wake: () => {
          this.#sleepers = this.#sleepers.filter((other) => other !== sleeper);
          resolve();
        },
      };
      this.#sleepers.push(sleeper);
      signal?.addEventListener('abort', sleeper.wake, { once: true });
    });

  /** Epoch ms now. */
  get now(): number {
    return this.#now;
  }

  /** Moves the clock by hand (without waking sleepers). */
  advance(ms: number): void {
    this.#now += ms;
  }

  /** Drives virtual time until `promise` settles; fails on a deadlock (nothing left to wake). */
  async run<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    void promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    while (!settled) {
      await settle();
      if (settled) break;
      const next = [...this.#sleepers].sort((a, b) => a.at - b.at)[0];
      if (!next) throw new Error('virtual time: the promise waits for something other than sleep');
      this.#now = Math.max(this.#now, next.at);
      next.wake();
    }
    return promise;
  }
}

/** Lets every pending promise callback run (several rounds: chains of awaits). */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
