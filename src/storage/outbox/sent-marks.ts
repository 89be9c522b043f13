/**
 * The reply outbox's "sent" marks (a sent reply's row is deleted), written as cheaply as
 * they can be: they wait a moment for the next per-message unit of work to commit and ride
 * in its COMMIT round trip (unit-of-work/passenger.ts), committed with it; when none comes
 * within {@link RIDE_WAIT_MS}, they go out on their own, every mark that waits in one
 * statement. A mark resolves once its DELETE has committed, however it went out: the
 * dispatcher forgets a web chat answer only then (reply-dispatcher.ts, `#answered`).
 *
 * Never lost: marks whose ride failed (the carrying transaction rolled back or its round
 * trip broke) or whose rows the ride could not lock go out on their own after the wait,
 * never on a ride again: a mark rides at most once before it is written on its own.
 */
import type pg from 'pg';
import type { Passenger } from '../unit-of-work/passenger.js';

/**
 * How long a mark waits for a ride before it goes out on its own. Where the round trip it
 * saves matters (hundreds of messages a second), a message commits every few milliseconds,
 * so one comes within this wait; where none does, the bot is quiet and the DELETE of its own
 * costs little. Nothing waits on the mark meanwhile but bookkeeping: the reply is sent, and a
 * crash in these milliseconds only sends it again (the outbox is at least once). A graceful
 * stop (the runner drained, so no message will carry them) waits about this long for the
 * marks still waiting (reply-dispatcher.ts `stop`).
 */
export const RIDE_WAIT_MS = 5;

/**
 * The mark as a passenger: it never waits for a row lock (the ride must neither slow down nor
 * fail the message that carries it). A row it skips is locked by someone else (a claim's
 * renewal, an erasure): it is marked again on its own, which waits for the lock.
 */
const RIDING = `WITH "free" AS (SELECT "seq" FROM "Reply" WHERE "seq" = ANY($1::bigint[]) FOR UPDATE SKIP LOCKED)
  DELETE FROM "Reply" AS r USING "free" WHERE r."seq" = "free"."seq" RETURNING r."seq"::text AS "id"`;

/** The largest value of a bigint column: an id above it would fail the ride's cast. */
const MAX_SEQ = 9_223_372_036_854_775_807n;

/** A caller's mark, waiting. */
interface Mark {
  readonly ids: readonly string[];
  /** Never to ride: its ride failed already, or its ids are not sequence numbers the ride can cast. */
  readonly alone: boolean;
  readonly done: (error?: unknown) => void;
}

/** See the module comment. */
export class SentMarks {
  readonly #remove: (ids: string[]) => Promise<void>;
  readonly #waitMs: number;
  #waiting: Mark[] = [];
  #timer: NodeJS.Timeout | undefined;
  #writing = false;

  /** `remove`: deletes the rows of `ids` on its own (one statement, one transaction). */
  constructor(remove: (ids: string[]) => Promise<void>, waitMs = RIDE_WAIT_MS) {
    this.#remove = remove;
    this.#waitMs = waitMs;
  }

  /** Marks the replies `ids` sent; resolves once their rows' DELETE has committed. */
  mark(ids: readonly string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#wait({
        ids,
        alone: !ids.every(isSeq),
        done: (error) => (error === undefined ? resolve() : reject(error instanceof Error ? error : new Error(String(error)))),
      });
    });
  }

  /**
   * For a unit of work about to commit (transaction-runner.ts): every mark waiting for a ride,
   * as one passenger, or undefined when none waits.
   */
  readonly board = (): Passenger | undefined => {
    const riding = this.#waiting.filter((mark) => !mark.alone);
    if (riding.length === 0) return undefined;
    this.#waiting = this.#waiting.filter((mark) => mark.alone);
    if (this.#waiting.length === 0) this.#disarm();
    return {
      statement: { text: RIDING, values: [riding.flatMap((mark) => mark.ids)] },
      arrived: (rows) => {
        const deleted = new Set(rows.map((row: pg.QueryResultRow) => String(row.id)));
        for (const mark of riding) {
          if (mark.ids.every((id) => deleted.has(id))) mark.done();
          else this.#wait({ ...mark, alone: true });
        }
      },
      stranded: () => {
        for (const mark of riding) this.#wait({ ...mark, alone: true });
      },
    };
  };

  #wait(mark: Mark): void {
    this.#waiting.push(mark);
    this.#arm();
  }

  /** The wait for a ride starts with the first mark that waits (and again after a write of their own). */
  #arm(): void {
    if (this.#timer !== undefined || this.#writing) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#write();
    }, this.#waitMs);
  }

  /** Nothing waits any more: the next mark waits the whole wait. */
  #disarm(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Every mark still waiting, in one statement of their own; each caller learns its outcome. */
  async #write(): Promise<void> {
    if (this.#waiting.length === 0) return;
    const batch = this.#waiting;
    this.#waiting = [];
    this.#writing = true;
    let failure: unknown;
    try {
      await this.#remove(batch.flatMap((mark) => mark.ids));
    } catch (error) {
      failure = error ?? new Error('reply outbox: the sent mark failed');
    }
    this.#writing = false;
    for (const mark of batch) mark.done(failure);
    // Marks asked while this one ran wait for a ride in turn.
    if (this.#waiting.length > 0) this.#arm();
  }
}

/** A reply's id as the ride's statement casts it (decimal, within bigint). */
function isSeq(id: string): boolean {
  return /^(0|[1-9][0-9]{0,18})$/.test(id) && BigInt(id) <= MAX_SEQ;
}
