/**
 * The web chat inbox on the WebchatInbox table: messages for a web chat user who is not in
 * a request right now (alerts, notices), kept until the page fetches them.
 */
import { field } from '../../core/unknown.js';
import type { RenderedMessage } from '../../core/messages.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { clientSql } from '../unit-of-work/client-sql.js';
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
  /** Deletes messages delivered before `before` (housekeeping); returns how many. */
  purgeDelivered(before: Date): Promise<number>;
}

/**
 * Appends in one statement: the rows of one send share `createdAt`, and time-ordered ids
 * (made in the messages' order) keep them, and sends within one millisecond, in order.
 */
const APPEND = `INSERT INTO "WebchatInbox" ("id", "externalId", "message", "createdAt", "replyTo")
  SELECT m."id", $2, m."message", $3::timestamp(3), $4
  FROM unnest($1::uuid[], $5::jsonb[]) AS m("id", "message")`;

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

/**
 * {@link WebchatInboxStore} on the client's pool, one autocommitted statement per call
 * (client-sql.ts): a notice to a web chat user is written once per notice, and through
 * Prisma its insert cost three round trips (BEGIN, INSERT, COMMIT) and the ORM's CPU.
 * Housekeeping (purgeDelivered) stays with Prisma.
 */
export function createWebchatInbox(prisma: PrismaClient): WebchatInboxStore {
  const sql = clientSql(prisma);
  return {
    async append(externalId, messages, now, replyTo) {
      if (messages.length === 0) return;
      const ids = messages.map(() => uuidV7());
      await sql.write(APPEND, [ids, externalId, utc(now), replyTo ?? null, messages.map((message) => JSON.stringify(toJson(message)))]);
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

    async purgeDelivered(before) {
      const { count } = await prisma.webchatInbox.deleteMany({ where: { deliveredAt: { lt: before } } });
      return count;
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
