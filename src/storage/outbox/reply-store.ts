/**
 * The reply outbox on the Reply table, the dispatcher's side ({@link ReplyStore}). Rows are
 * written by the conversation store in the message's transaction (conversation-tx.ts); a
 * sent reply's row is deleted by its "sent" mark, which rides in the next message's COMMIT
 * round trip when one comes within a few milliseconds (sent-marks.ts).
 */
import type { ChannelName, RenderedMessage } from '../../core/messages.js';
import type { QueuedReplies, ReplyStore } from '../../core/outbox/reply-ports.js';
import { field } from '../../core/unknown.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { clientSql } from '../unit-of-work/client-sql.js';
import { SentMarks } from './sent-marks.js';

/** Longest `lastError` kept. */
const MAX_ERROR_LENGTH = 500;

/**
 * The "sent" marks of `prisma`'s reply outbox: hand `board` to the per-message transaction
 * runner (createAppTransactionRunner) so that the marks ride in its COMMIT round trips, and
 * the marks to {@link createReplyStore}. `waitMs`: how long a mark waits for a ride (default RIDE_WAIT_MS, ride-queue.ts).
 */
export function createSentMarks(prisma: PrismaClient, waitMs?: number): SentMarks {
  const sql = clientSql(prisma);
  return new SentMarks((ids) => sql.write(`DELETE FROM "Reply" WHERE "seq" = ANY($1::bigint[])`, [ids]), waitMs);
}

/**
 * {@link ReplyStore} over Prisma; each call is one statement, except the "sent" marks
 * (`sent`, shared with the transaction runner that carries them; by default nothing does):
 * they ride in a message's COMMIT round trip when one comes soon, and share one statement of
 * their own when none does.
 */
export function createReplyStore(prisma: PrismaClient, sent: SentMarks = createSentMarks(prisma)): ReplyStore {
  return {
    async claim(owner, channels, now, until, limit) {
      if (channels.length === 0) return [];
      // SKIP LOCKED: two instances recovering at once get disjoint rows. A chat is skipped
      // while an older waiting reply of it is held by another live instance (its claim has
      // not lapsed): its replies must go out in order, after that one.
      const rows = await prisma.$queryRaw<Array<{ id: string; channel: ChannelName; chat: string; messageId: string; messages: unknown }>>`
        WITH "due" AS (
          SELECT r."seq" FROM "Reply" r
          WHERE r."status" = 'pending'
            AND r."channel"::text IN (${Prisma.join(channels)})
            AND (r."claimedBy" IS NULL OR (r."claimedBy" <> ${owner}::uuid AND r."claimedUntil" < ${now}))
            AND NOT EXISTS (
              SELECT 1 FROM "Reply" o
              WHERE o."channel" = r."channel" AND o."chat" = r."chat" AND o."status" = 'pending' AND o."seq" < r."seq"
                AND o."claimedBy" IS NOT NULL AND o."claimedBy" <> ${owner}::uuid AND o."claimedUntil" >= ${now})
          ORDER BY r."seq"
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        )
        UPDATE "Reply" AS r SET "claimedBy" = ${owner}::uuid, "claimedUntil" = ${until}
        FROM "due" WHERE r."seq" = "due"."seq"
        RETURNING r."seq"::text AS "id", r."channel"::text AS "channel", r."chat", r."messageId", r."messages"`;
      return rows
        .map((row) => ({ id: row.id, channel: row.channel, chat: row.chat, messageId: row.messageId, messages: renderedMessages(row.messages), live: true }))
        .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    },

    async markSent(ids) {
      if (ids.length === 0) return;
      // Once per message sent (web chat's included): in a message's round trip, or a plain
      // statement (not Prisma's: client-sql.ts). Resolves once the DELETE has committed.
      await sent.mark(ids.map((id) => String(id)));
    },

    async markDead(id, reason) {
      await prisma.reply.updateMany({
        where: { seq: BigInt(id) },
        data: { status: 'dead', claimedBy: null, claimedUntil: null, lastError: clip(reason) },
      });
    },

    async renew(owner, until) {
      await prisma.reply.updateMany({ where: { claimedBy: owner, status: 'pending' }, data: { claimedUntil: until } });
    },

    async release(owner, ids) {
      if (ids.length === 0) return;
      await prisma.reply.updateMany({
        where: { seq: { in: ids.map((id) => BigInt(id)) }, claimedBy: owner, status: 'pending' },
        data: { claimedBy: null, claimedUntil: null },
      });
    },
  };
}

/**
 * Gives back every reply claim in the database (they belong to processes that are gone).
 * Only where one process opens the database at a time (the embedded database's lock), at
 * start: see orphaned-claims.ts.
 */
export async function releaseOrphanedReplies(prisma: PrismaClient): Promise<number> {
  return prisma.$executeRaw`UPDATE "Reply" SET "claimedBy" = NULL, "claimedUntil" = NULL WHERE "status" = 'pending' AND "claimedBy" IS NOT NULL`;
}

/** Stored messages as rendered messages; anything not in that shape is dropped. */
function renderedMessages(value: unknown): QueuedReplies['messages'] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item: unknown): item is RenderedMessage => typeof field(item, 'text') === 'string',
  );
}

function clip(text: string): string {
  return text.length <= MAX_ERROR_LENGTH ? text : `${text.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}
