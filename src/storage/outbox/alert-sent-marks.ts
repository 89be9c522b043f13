/**
 * The alert outbox's "sent" marks (status sent, when, on which channel), written as cheaply
 * as the reply outbox's (sent-marks.ts): they ride in the next per-message unit of work's
 * COMMIT round trip when one comes within a few milliseconds, and go out on their own, all
 * waiting marks in one statement, when none does (unit-of-work/ride-queue.ts). A leaders'
 * notice goes out for a good share of the messages that register groups and log joint
 * activities, and its mark cost a round trip of its own.
 *
 * Fenced like every outcome of a claim (outbox-store.ts): a mark changes the alert only while
 * the claim that sent it still holds it, and resolves false when it no longer does.
 */
import { CHANNELS, type ChannelName } from '../../core/messages.js';
import type { Lease } from '../../core/outbox/ports.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { clientSql } from '../unit-of-work/client-sql.js';
import type { Passenger } from '../unit-of-work/passenger.js';
import { RideQueue } from '../unit-of-work/ride-queue.js';
import { utc } from '../unit-of-work/sql.js';

/** One alert sent on `channel` at `at` under the claim `lease`. */
interface AlertMark {
  readonly lease: Lease;
  readonly channel: ChannelName;
  readonly at: Date;
}

/** The marks as rows: $1 ids, $2 the claims' attempts, $3 channels, $4 times. */
const MARKS = `SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamp(3)[]) AS m("id", "attempts", "channel", "at")`;

/** What a mark sets, fenced by its claim (`a` the alert, `m` its mark). */
const SET_SENT = `SET "status" = 'sent', "sentAt" = m."at", "channel" = m."channel"::"Channel", "claimedUntil" = NULL`;
const FENCE = `a."id" = m."id" AND a."status" = 'sending' AND a."attempts" = m."attempts"`;

/**
 * The marks as a passenger: never waits for a row lock (a row another holds, a dispatcher
 * claiming it back after its lease or an admin's retry, is skipped and marked on its own,
 * which waits).
 */
const RIDING = `WITH "mark" AS (${MARKS}),
  "free" AS (SELECT a."id" FROM "Alert" a JOIN "mark" m ON a."id" = m."id" FOR UPDATE OF a SKIP LOCKED)
  UPDATE "Alert" AS a ${SET_SENT} FROM "mark" m, "free" f WHERE a."id" = f."id" AND ${FENCE} RETURNING a."id"::text AS "id"`;

/** The marks on their own (waits for locks). */
const ALONE = `WITH "mark" AS (${MARKS}) UPDATE "Alert" AS a ${SET_SENT} FROM "mark" m WHERE ${FENCE} RETURNING a."id"::text AS "id"`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_INT = 2 ** 31 - 1;

/** Whether the statements' casts take the mark's values (a lease from a claim always does). */
function castable({ lease, channel }: AlertMark): boolean {
  return UUID.test(lease.id) && Number.isInteger(lease.attempts) && Math.abs(lease.attempts) <= MAX_INT && CHANNELS.includes(channel);
}

/** The marks' values in the order of {@link MARKS}. */
function valuesOf(marks: readonly AlertMark[]): unknown[] {
  return [marks.map((mark) => mark.lease.id), marks.map((mark) => mark.lease.attempts), marks.map((mark) => mark.channel), marks.map((mark) => utc(mark.at))];
}

/** See the module comment. `waitMs`: how long a mark waits for a ride (default RIDE_WAIT_MS, ride-queue.ts). */
export class AlertSentMarks {
  readonly #queue: RideQueue<AlertMark, boolean>;

  constructor(prisma: PrismaClient, waitMs?: number) {
    const sql = clientSql(prisma);
    this.#queue = new RideQueue<AlertMark, boolean>(
      {
        // Values the ride's casts would refuse must not fail the message that carries them.
        canRide: castable,
        ride: (marks) => ({ text: RIDING, values: valuesOf(marks) }),
        landed: (rows, marks) => {
          const marked = new Set(rows.map((row) => String(row.id)));
          // Not marked: skipped (locked) or no longer this claim's; going alone tells which.
          return marks.map((mark) => (marked.has(mark.lease.id.toLowerCase()) ? { value: true } : undefined));
        },
        alone: async (marks) => {
          // A lease the casts refuse names no alert: nothing to mark (false), and no failure for the others.
          const named = marks.filter(castable);
          const rows = named.length === 0 ? [] : await sql.rows<{ id: string }>(ALONE, valuesOf(named));
          const marked = new Set(rows.map((row) => row.id));
          return marks.map((mark) => ({ value: marked.has(mark.lease.id.toLowerCase()) }));
        },
      },
      waitMs,
    );
  }

  /** Marks the claimed alert `lease` sent on `channel` at `at`; resolves false when the claim no longer holds it. */
  mark(lease: Lease, channel: ChannelName, at: Date): Promise<boolean> {
    return this.#queue.add({ lease: { id: lease.id, attempts: lease.attempts }, channel, at });
  }

  /** For the per-message transaction runner: every mark waiting for a ride, as one passenger. */
  readonly board = (): Passenger | undefined => this.#queue.board();
}
