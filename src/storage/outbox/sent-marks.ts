/**
 * The reply outbox's "sent" marks (a sent reply's row is deleted), written as cheaply as
 * they can be: they ride in the next per-message unit of work's COMMIT round trip when one
 * comes within a few milliseconds, and go out on their own, all waiting marks in one
 * statement, when none does (unit-of-work/ride-queue.ts). A mark resolves once its DELETE
 * has committed, however it went out: the dispatcher forgets a web chat answer only then
 * (reply-dispatcher.ts, `#answered`).
 */
import type { Passenger } from '../unit-of-work/passenger.js';
import { RideQueue } from '../unit-of-work/ride-queue.js';

/**
 * The mark as a passenger: it never waits for a row lock (the ride must neither slow down nor
 * fail the message that carries it). A row it skips is locked by someone else (a claim's
 * renewal, an erasure): it is marked again on its own, which waits for the lock.
 */
const RIDING = `WITH "free" AS (SELECT "seq" FROM "Reply" WHERE "seq" = ANY($1::bigint[]) FOR UPDATE SKIP LOCKED)
  DELETE FROM "Reply" AS r USING "free" WHERE r."seq" = "free"."seq" RETURNING r."seq"::text AS "id"`;

/** The largest value of a bigint column: an id above it would fail the ride's cast. */
const MAX_SEQ = 9_223_372_036_854_775_807n;

/** See the module comment. */
export class SentMarks {
  readonly #queue: RideQueue<readonly string[], void>;

  /** `remove`: deletes the rows of `ids` on its own (one statement, one transaction). */
  constructor(remove: (ids: string[]) => Promise<void>, waitMs?: number) {
    this.#queue = new RideQueue<readonly string[], void>(
      {
        // An id the ride could not cast would fail the unit of work that carries it.
        canRide: (ids) => ids.every(isSeq),
        ride: (marks) => ({ text: RIDING, values: [marks.flat()] }),
        landed: (rows, marks) => {
          const deleted = new Set(rows.map((row) => String(row.id)));
          return marks.map((ids) => (ids.every((id) => deleted.has(id)) ? { value: undefined } : undefined));
        },
        alone: async (marks) => {
          await remove(marks.flat());
          return marks.map(() => ({ value: undefined }));
        },
      },
      waitMs,
    );
  }

  /** Marks the replies `ids` sent; resolves once their rows' DELETE has committed. */
  mark(ids: readonly string[]): Promise<void> {
    return this.#queue.add(ids);
  }

  /**
   * For a unit of work about to commit (transaction-runner.ts): every mark waiting for a ride,
   * as one passenger, or undefined when none waits.
   */
  readonly board = (): Passenger | undefined => this.#queue.board();
}

/** A reply's id as the ride's statement casts it (decimal, within bigint). */
function isSeq(id: string): boolean {
  return /^(0|[1-9][0-9]{0,18})$/.test(id) && BigInt(id) <= MAX_SEQ;
}
