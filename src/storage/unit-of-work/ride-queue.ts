/**
 * Bookkeeping writes that wait a moment for a ride: the next per-message unit of work about
 * to commit carries every one waiting, as one statement in its COMMIT round trip
 * (passenger.ts), so that they cost no round trip of their own; when none comes within the
 * wait, they go out on their own, every one waiting in one statement. A caller's promise
 * settles once its write has committed, however it went out.
 *
 * Never lost: writes whose ride failed (the carrying transaction rolled back or its round
 * trip broke) or that the ride did not land (it skips rows someone else has locked) go out
 * on their own after the wait, never on a ride again: a write rides at most once.
 *
 * Used by the reply outbox's sent marks (outbox/sent-marks.ts), the alert outbox's
 * (outbox/alert-sent-marks.ts) and web chat notices' inbox rows (outbox/webchat-inbox.ts).
 */
import type pg from 'pg';
import type { Passenger } from './passenger.js';
import type { Statement } from './pipeline.js';

/**
 * How long a write waits for a ride before it goes out on its own. Where the round trip it
 * saves matters (hundreds of messages a second), a message commits every few milliseconds,
 * so one comes within this wait; where none does, the bot is quiet and the write of its own
 * costs little. Nothing waits on the write meanwhile but bookkeeping (a sent mark, a notice
 * the page fetches later), and a crash in these milliseconds only sends that message again
 * (the outboxes are at least once). A graceful stop (the runner drained, so no message will
 * carry them) waits about this long for the writes still waiting.
 */
export const RIDE_WAIT_MS = 5;

/** How one kind of write rides and goes alone. */
export interface RideRoute<W, R> {
  /** False for a write that must never ride (its values could fail the ride's statement, and with it the unit of work). */
  canRide(write: W): boolean;
  /** One statement for `writes` that never waits for a row lock and cannot fail on their values. */
  ride(writes: readonly W[]): Statement;
  /** Per write, from the ride's rows: its outcome when it landed, undefined when it must go alone. */
  landed(rows: readonly pg.QueryResultRow[], writes: readonly W[]): readonly ({ readonly value: R } | undefined)[];
  /**
   * Writes `writes` on their own (one statement, one transaction; it may wait for locks); per
   * write its outcome. A rejection fails every one of them.
   */
  alone(writes: readonly W[]): Promise<readonly Outcome<R>[]>;
}

/** A write's outcome: its value, or the error it met. */
export type Outcome<R> = { readonly value: R } | { readonly error: unknown };

/** A caller's write, waiting. */
interface Waiting<W, R> {
  readonly write: W;
  /** Never to ride: its ride failed already, or its route refuses it. */
  readonly alone: boolean;
  readonly settle: (outcome: Outcome<R>) => void;
}

/** See the module comment. */
export class RideQueue<W, R> {
  readonly #route: RideRoute<W, R>;
  readonly #waitMs: number;
  #waiting: Waiting<W, R>[] = [];
  #timer: NodeJS.Timeout | undefined;
  #writing = false;

  /** `waitMs`: how long a write waits for a ride before it goes out on its own. */
  constructor(route: RideRoute<W, R>, waitMs = RIDE_WAIT_MS) {
    this.#route = route;
    this.#waitMs = waitMs;
  }

  /** Queues `write`; resolves with its outcome once it has committed. */
  add(write: W): Promise<R> {
    return new Promise((resolve, reject) => {
      this.#wait({
        write,
        alone: !this.#route.canRide(write),
        settle: (outcome) => {
          if ('value' in outcome) resolve(outcome.value);
          else reject(outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error)));
        },
      });
    });
  }

  /**
   * For a unit of work about to commit (transaction-runner.ts): every write waiting for a
   * ride, as one passenger, or undefined when none waits.
   */
  readonly board = (): Passenger | undefined => {
    // Asked at every message's COMMIT: nothing to sort out, most often.
    if (this.#waiting.length === 0) return undefined;
    const riding = this.#waiting.filter((waiting) => !waiting.alone);
    if (riding.length === 0) return undefined;
    this.#waiting = this.#waiting.filter((waiting) => waiting.alone);
    if (this.#waiting.length === 0) this.#disarm();
    const writes = riding.map((waiting) => waiting.write);
    return {
      statement: this.#route.ride(writes),
      arrived: (rows) => {
        const landed = this.#route.landed(rows, writes);
        riding.forEach((waiting, index) => {
          const outcome = landed[index];
          if (outcome) waiting.settle(outcome);
          else this.#wait({ ...waiting, alone: true });
        });
      },
      stranded: () => {
        for (const waiting of riding) this.#wait({ ...waiting, alone: true });
      },
    };
  };

  #wait(waiting: Waiting<W, R>): void {
    this.#waiting.push(waiting);
    this.#arm();
  }

  /** The wait for a ride starts with the first write that waits (and again after a write of their own). */
  #arm(): void {
    if (this.#timer !== undefined || this.#writing) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#goAlone();
    }, this.#waitMs);
  }

  /** Nothing waits any more: the next write waits the whole wait. */
  #disarm(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Every write still waiting, in one statement of their own; each caller learns its outcome. */
  async #goAlone(): Promise<void> {
    if (this.#waiting.length === 0) return;
    const batch = this.#waiting;
    this.#waiting = [];
    this.#writing = true;
    try {
      const outcomes = await this.#route.alone(batch.map((waiting) => waiting.write));
      batch.forEach((waiting, index) => waiting.settle(outcomes[index] ?? { error: new Error('ride queue: no outcome for a write') }));
    } catch (error) {
      const failure = error ?? new Error('ride queue: the write failed');
      for (const waiting of batch) waiting.settle({ error: failure });
    } finally {
      this.#writing = false;
    }
    // Writes asked while this one ran wait for a ride in turn.
    if (this.#waiting.length > 0) this.#arm();
  }
}
