/**
 * The web chat inbox on the WebchatInbox table: messages for a web chat user who is not in
 * a request right now (alerts, notices), kept until the page fetches them.
 */
import { field } from '../../core/unknown.js';
import type { RenderedMessage } from '../../core/messages.js';
import type { PrismaClient } from '../generated/prisma/client.js';
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

/** {@link WebchatInboxStore} over Prisma. */
export function createWebchatInbox(prisma: PrismaClient): WebchatInboxStore {
  return {
    async append(externalId, messages, now, replyTo) {
      if (messages.length === 0) return;
      // Rows of one send share `createdAt`; time-ordered ids keep them (and sends within
      // one millisecond) in the order written.
      await prisma.webchatInbox.createMany({
        data: messages.map((message) => ({ id: uuidV7(), externalId, message: toJson(message), createdAt: now, replyTo: replyTo ?? null })),
      });
    },

    async repliesGoneToInbox(externalId, messageId) {
      // Still waiting in the reply outbox (its answer failed a moment ago), or in the inbox.
      const rows = await prisma.$queryRaw<Array<{ gone: boolean }>>`
        SELECT EXISTS (SELECT 1 FROM "WebchatInbox" WHERE "externalId" = ${externalId} AND "replyTo" = ${messageId})
            OR EXISTS (SELECT 1 FROM "Reply" WHERE "channel" = 'webchat' AND "chat" = ${externalId} AND "messageId" = ${messageId} AND "status" = 'pending')
            AS "gone"`;
      return rows[0]?.gone === true;
    },

    async takeUndelivered(externalId, now, limit) {
      // One statement is one transaction: two tabs polling at once get disjoint messages.
      const rows = await prisma.$queryRaw<Array<{ id: string; message: string; createdAt: Date }>>`
        WITH "picked" AS (
          SELECT "id" FROM "WebchatInbox"
          WHERE "externalId" = ${externalId} AND "deliveredAt" IS NULL
          ORDER BY "createdAt", "id"
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        )
        UPDATE "WebchatInbox" AS "w" SET "deliveredAt" = ${now}
        FROM "picked" WHERE "w"."id" = "picked"."id"
        RETURNING "w"."id"::text AS "id", "w"."message"::text AS "message", "w"."createdAt"`;
      return rows
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
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
