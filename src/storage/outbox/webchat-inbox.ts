/**
 * The web chat inbox on the WebchatInbox table: messages for a web chat user who is not in
 * a request right now (alerts, notices), kept until the page fetches them.
 */
import { sanitizeText } from '../../core/sanitize-text.js';
import { field } from '../../core/unknown.js';
import type { RenderedMessage } from '../../core/messages.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { clientSql } from '../unit-of-work/client-sql.js';
import type { Boarding } from '../unit-of-work/passenger.js';
import { RideQueue, type Outcome } from '../unit-of-work/ride-queue.js';
import { utc } from '../unit-of-work/sql.js';
import { uuidV7 } from './uuid-v7.js';

/** Storage of the web chat inbox (WebchatChannel writes, the inbox route reads). */
export interface WebchatInboxStore {
  /** Stores messages for a web chat user, in order; `replyTo` marks replies to that inbound message. */
  append(externalId: string, messages: readonly RenderedMessage[], now: Date, replyTo?: string): Promise<void>;
  /**
   * Whether the replies to message `messageId` of the user went (or are going) to the inbox
   * instead of the HTTP answer: a retried request then answers without them, so that the
   * page does not show them twice.
   */
  repliesGoneToInbox(externalId: string, messageId: string): Promise<boolean>;
  /** Up to `limit` undelivered messages of a user, oldest first, marked delivered at `now` in the same statement. */
  takeUndelivered(externalId: string, now: Date, limit: number): Promise<RenderedMessage[]>;
}

/**
 * Appends in one statement, one row per message: rows of one send share `createdAt`, and
 * time-ordered ids (made in the messages' order) keep them, and sends within one
 * millisecond, in order. $1 ids, $2 users, $3 messages, $4 times, $5 what each replies to.
 */
const APPEND = `INSERT INTO "WebchatInbox" ("id", "externalId", "message", "createdAt", "replyTo")
  SELECT m."id", m."externalId", m."message", m."createdAt", m."replyTo"
  FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::timestamp(3)[], $5::text[]) AS m("id", "externalId", "message", "createdAt", "replyTo")`;

/** One send's rows, ready for {@link APPEND}. */
interface Append {
  readonly ids: readonly string[];
  readonly externalId: string;
  readonly messages: readonly string[];
  readonly createdAt: string;
  readonly replyTo: string | null;
}

/** {@link APPEND}'s values for `appends`, in order. */
function appendValues(appends: readonly Append[]): unknown[] {
  const rows = appends.flatMap((append) => append.ids.map((id, index) => ({ id, append, message: append.messages[index] })));
  return [rows.map((row) => row.id), rows.map((row) => row.append.externalId), rows.map((row) => row.message), rows.map((row) => row.append.createdAt), rows.map((row) => row.append.replyTo)];
}

/**
 * Whether PostgreSQL takes the append as it is: a text refuses NUL and half a surrogate pair,
 * and jsonb their escapes (JSON.stringify writes both as \u escapes). A refused ride would
 * fail the message that carries it: such an append goes on its own (where it fails alone).
 */
function storable(append: Append): boolean {
  const texts = [append.externalId, append.replyTo ?? ''];
  return texts.every((text) => sanitizeText(text) === text) && append.messages.every((json) => !UNSTORABLE_ESCAPE.test(json));
}

/** A NUL's or a lone surrogate's escape in JSON (a whole pair is written as its characters). */
const UNSTORABLE_ESCAPE = /\\u(0000|[dD][89a-fA-F][0-9a-fA-F]{2})/;

/** Still waiting in the reply outbox (its answer failed a moment ago), or in the inbox. */
const GONE = `SELECT EXISTS (SELECT 1 FROM "WebchatInbox" WHERE "externalId" = $1 AND "replyTo" = $2)
    OR EXISTS (SELECT 1 FROM "Reply" WHERE "channel" = 'webchat' AND "chat" = $1 AND "messageId" = $2 AND "status" = 'pending')
    AS "gone"`;

/**
 * Takes and marks in one statement, which is one transaction: two tabs polling at once get
 * disjoint messages. The order comes back as epoch milliseconds and the id: `timestamp(3)`
 * holds UTC wall time, which the driver would read in the process's zone.
 */
const TAKE = `WITH "picked" AS (
    SELECT "id" FROM "WebchatInbox"
    WHERE "externalId" = $1 AND "deliveredAt" IS NULL
    ORDER BY "createdAt", "id"
    LIMIT $3::int
    FOR UPDATE SKIP LOCKED
  )
  UPDATE "WebchatInbox" AS "w" SET "deliveredAt" = $2::timestamp(3)
  FROM "picked" WHERE "w"."id" = "picked"."id"
  RETURNING "w"."id"::text AS "id", "w"."message"::text AS "message", (EXTRACT(EPOCH FROM "w"."createdAt") * 1000)::float8 AS "createdMs"`;

/** The inbox store, and its appends waiting for a ride (for the per-message transaction runner). */
export interface RidingWebchatInbox extends WebchatInboxStore {
  readonly board: Boarding;
}

/**
 * {@link WebchatInboxStore} on the client's pool, one autocommitted statement per call
 * (client-sql.ts): a notice to a web chat user is written once per notice, and through
 * Prisma its insert cost three round trips (BEGIN, INSERT, COMMIT) and the ORM's CPU.
 * Delivered rows are deleted by the retention purge (privacy/retention-purge.ts).
 *
 * An append rides in the next per-message unit of work's COMMIT round trip when one comes
 * within `rideWaitMs` (hand `board` to the runner), and goes out on its own, with every
 * append waiting, when none does (unit-of-work/ride-queue.ts). It resolves once committed:
 * the dispatcher marks the notice sent, and sends the recipient's next one, only then.
 */
export function createWebchatInbox(prisma: PrismaClient, rideWaitMs?: number): RidingWebchatInbox {
  const sql = clientSql(prisma);
  const appends = new RideQueue<Append, void>(
    {
      canRide: storable,
      ride: (waiting) => ({ text: APPEND, values: appendValues(waiting) }),
      // An insert of new rows neither skips nor waits: it committed with the ride.
      landed: (_rows, waiting) => waiting.map(() => ({ value: undefined })),
      // One statement for all but those PostgreSQL may refuse: each of those goes on its own
      // (the check errs on the safe side: PostgreSQL says whether it really refuses).
      alone: async (waiting) => {
        const fine = waiting.map(storable);
        if (fine.includes(true)) await sql.write(APPEND, appendValues(waiting.filter((_, index) => fine[index])));
        return Promise.all(
          waiting.map(async (append, index): Promise<Outcome<void>> => {
            if (fine[index]) return { value: undefined };
            try {
              await sql.write(APPEND, appendValues([append]));
              return { value: undefined };
            } catch (error) {
              return { error };
            }
          }),
        );
      },
    },
    rideWaitMs,
  );
  return {
    board: appends.board,

    async append(externalId, messages, now, replyTo) {
      if (messages.length === 0) return;
      await appends.add({
        ids: messages.map(() => uuidV7()),
        externalId,
        messages: messages.map((message) => JSON.stringify(toJson(message))),
        createdAt: utc(now),
        replyTo: replyTo ?? null,
      });
    },

    async repliesGoneToInbox(externalId, messageId) {
      const rows = await sql.rows<{ gone: boolean }>(GONE, [externalId, messageId]);
      return rows[0]?.gone === true;
    },

    async takeUndelivered(externalId, now, limit) {
      const rows = await sql.rows<{ id: string; message: string; createdMs: number }>(TAKE, [externalId, utc(now), limit]);
      return rows
        .sort((a, b) => a.createdMs - b.createdMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .flatMap((row) => {
          const message = toRendered(JSON.parse(row.message));
          return message ? [message] : [];
        });
    },
  };
}

/** Only the fields the page reads, so nothing else a caller passed is stored. */
function toJson(message: RenderedMessage): { text: string; buttons?: Array<{ id: string; label: string }>; photos?: string[] } {
  const buttons = message.buttons?.map((button) => ({ id: button.id, label: button.label }));
  // Stored photos go by id: the page shows them through GET /webchat/photos/:id, to that session only.
  const photos = message.photos?.filter((id) => typeof id === 'string');
  return {
    text: message.text,
    ...(buttons && buttons.length > 0 && { buttons }),
    ...(photos && photos.length > 0 && { photos: [...photos] }),
  };
}

function toRendered(value: unknown): RenderedMessage | null {
  const text = field(value, 'text');
  const buttons = field(value, 'buttons');
  const photos = field(value, 'photos');
  if (typeof text !== 'string') return null;
  const valid = Array.isArray(buttons)
    ? buttons.filter(
        (button): button is { id: string; label: string } =>
          typeof button === 'object' && button !== null && typeof button.id === 'string' && typeof button.label === 'string',
      )
    : [];
  const photoIds = Array.isArray(photos) ? photos.filter((id): id is string => typeof id === 'string') : [];
  return {
    text,
    ...(valid.length > 0 && { buttons: valid.map(({ id, label }) => ({ id, label })) }),
    ...(photoIds.length > 0 && { photos: photoIds }),
  };
}
