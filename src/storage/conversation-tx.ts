/**
 * The core's {@link ConversationTx} over Prisma: idempotent message claims, conversation
 * loading with a row lock, and saving state, replies and locale, all in one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { ChannelName, RenderedMessage, Sender } from '../core/messages.js';
import type { QueuedReplies, ReplyOwner } from '../core/outbox/reply-ports.js';
import type { ClaimResult, Clock, ConversationSnapshot, ConversationTx, TransactionRunner } from '../core/ports.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { createTransactionRunner, type PrismaTx } from './transaction-runner.js';

/**
 * `lastActiveAt` of a conversation row created on first contact, before any message was
 * handled (the column is NOT NULL). Read back as `null`; the epoch also keeps such rows out
 * of any "active since …" query.
 */
export const NEVER_ACTIVE = new Date(0);

const systemClock: Clock = () => new Date();

/**
 * Implements {@link ConversationTx} on one Prisma transaction client. Subclass it to add
 * repositories for later features; they share `this.tx` and so the transaction.
 */
export class PrismaConversationTx implements ConversationTx {
  constructor(
    protected readonly tx: PrismaTx,
    protected readonly clock: Clock = systemClock,
    /** The app instance that will send the replies this transaction queues; without it recovery sends them. */
    protected readonly replyOwner?: ReplyOwner,
  ) {}

  async claimMessage(channel: ChannelName, senderId: string, messageId: string): Promise<ClaimResult> {
    // ON CONFLICT rather than catching a unique violation: a failed statement would abort
    // the whole PostgreSQL transaction. A concurrent claim of the same id waits here until
    // the other transaction ends, and then counts as duplicate only if that one committed.
    // The sender is part of the key: an id another sender used is a new message for this one
    // (never its replies, never blocked by it).
    const inserted = await this.tx.$executeRaw`
      INSERT INTO "ProcessedMessage" ("channel", "senderId", "messageId", "processedAt")
      VALUES (${channel}::"Channel", ${senderId}, ${messageId}, ${this.clock()})
      ON CONFLICT ("channel", "senderId", "messageId") DO NOTHING`;
    if (inserted > 0) return { kind: 'new' };
    const row = await this.tx.processedMessage.findUnique({
      where: { channel_senderId_messageId: { channel, senderId, messageId } },
      select: { replies: true },
    });
    return { kind: 'duplicate', replies: toRenderedMessages(row?.replies ?? null) };
  }

  async openConversation(channel: ChannelName, sender: Sender, defaultLocale: string): Promise<ConversationSnapshot> {
    // The usual case (a known sender) takes two statements: lock, then read. Each query
    // through the ORM costs far more CPU than the database needs for it, and this runs for
    // every inbound message.
    let identityId = await this.lockConversation(channel, sender.externalId);
    if (identityId === null) {
      identityId = await this.findOrCreateIdentity(channel, sender, defaultLocale);
      await this.tx.$executeRaw`
        INSERT INTO "Conversation" ("identityId", "state", "lastActiveAt", "updatedAt")
        VALUES (${identityId}::uuid, 'null'::jsonb, ${NEVER_ACTIVE}, ${this.clock()})
        ON CONFLICT ("identityId") DO NOTHING`;
      await this.tx.$executeRaw`SELECT 1 FROM "Conversation" WHERE "identityId" = ${identityId}::uuid FOR UPDATE`;
    }
    // A statement of its own after the lock, so it sees what the previous holder committed
    // (the conversation and the person's locale alike).
    const rows = await this.tx.$queryRaw<ConversationRow[]>`
      SELECT c."state", c."lastActiveAt", p."id"::text AS "personId", p."locale", p."localeChosenAt" IS NOT NULL AS "localeChosen", p."displayName", p."phoneE164"
      FROM "Conversation" c
      JOIN "ChannelIdentity" i ON i."id" = c."identityId"
      JOIN "Person" p ON p."id" = i."personId"
      WHERE c."identityId" = ${identityId}::uuid`;
    const row = rows[0];
    if (!row) throw new Error('openConversation: the conversation vanished while locked');
    const lastActiveAt = new Date(row.lastActiveAt);
    return {
      identityId,
      // A number the channel proves (WhatsApp) is offered to the flows but not stored until the
      // person consents and a flow saves it (UU PDP: no collection before consent).
      person: { id: row.personId, locale: row.locale, localeChosen: row.localeChosen === true, displayName: row.displayName, phoneE164: row.phoneE164 ?? sender.phoneE164 ?? null },
      state: row.state ?? null,
      lastActiveAt: lastActiveAt.getTime() === NEVER_ACTIVE.getTime() ? null : lastActiveAt,
    };
  }

  async saveConversation(identityId: string, state: unknown, lastActiveAt: Date): Promise<void> {
    await this.tx.$executeRaw`
      UPDATE "Conversation" SET "state" = ${toJsonText(state)}::jsonb, "lastActiveAt" = ${lastActiveAt}, "updatedAt" = ${this.clock()}
      WHERE "identityId" = ${identityId}::uuid`;
  }

  async saveReplies(channel: ChannelName, senderId: string, messageId: string, replies: readonly RenderedMessage[], chat?: string): Promise<QueuedReplies | null> {
    const json = JSON.stringify(replies);
    if (replies.length === 0 || chat === undefined) {
      await this.tx.$executeRaw`
        UPDATE "ProcessedMessage" SET "replies" = ${json}::jsonb
        WHERE "channel" = ${channel}::"Channel" AND "senderId" = ${senderId} AND "messageId" = ${messageId}`;
      return null;
    }
    // One statement, as before the outbox: keep the replies for duplicates and queue them.
    // This instance holds the new row (sends it right after commit) unless an older reply to
    // the chat still waits elsewhere: then it is left for recovery, which keeps the order.
    // Web chat's replies always stay with the writer: its HTTP answer carries them anyway.
    const now = this.clock();
    const owner = this.replyOwner?.id ?? null;
    const until = this.replyOwner ? new Date(now.getTime() + this.replyOwner.leaseMs) : null;
    const rows = await this.tx.$queryRaw<Array<{ id: string; live: boolean }>>`
      WITH "saved" AS (
        UPDATE "ProcessedMessage" SET "replies" = ${json}::jsonb
        WHERE "channel" = ${channel}::"Channel" AND "senderId" = ${senderId} AND "messageId" = ${messageId}
      ), "held" AS (
        SELECT ${channel}::text <> 'webchat' AND EXISTS (
          SELECT 1 FROM "Reply" WHERE "channel" = ${channel}::"Channel" AND "chat" = ${chat} AND "status" = 'pending'
            AND "claimedBy" IS DISTINCT FROM ${owner}::uuid
        ) AS "olderElsewhere"
      )
      INSERT INTO "Reply" ("channel", "chat", "messageId", "messages", "claimedBy", "claimedUntil", "createdAt")
      SELECT ${channel}::"Channel", ${chat}, ${messageId}, ${json}::jsonb,
             CASE WHEN "olderElsewhere" THEN NULL ELSE ${owner}::uuid END,
             CASE WHEN "olderElsewhere" THEN NULL ELSE ${until}::timestamp(3) END, ${now}
      FROM "held"
      RETURNING "seq"::text AS "id", ("claimedBy" IS NOT NULL) AS "live"`;
    const row = rows[0];
    if (!row) throw new Error('saveReplies: the reply was not queued');
    return { id: row.id, channel, chat, messageId, messages: replies, live: row.live };
  }

  async setLocale(personId: string, locale: string, chosen = true): Promise<void> {
    await this.tx.person.update({ where: { id: personId }, data: chosen ? { locale, localeChosenAt: this.clock() } : { locale } });
  }

  /**
   * Locks the conversation of a known sender until the transaction ends and returns its
   * identity id; null for a sender without identity or conversation yet. The row lock
   * serialises one conversation's messages across app instances.
   */
  private async lockConversation(channel: ChannelName, externalId: string): Promise<string | null> {
    const rows = await this.tx.$queryRaw<Array<{ identityId: string }>>`
      SELECT c."identityId"::text AS "identityId"
      FROM "ChannelIdentity" i JOIN "Conversation" c ON c."identityId" = i."id"
      WHERE i."channel" = ${channel}::"Channel" AND i."externalId" = ${externalId}
      FOR UPDATE OF c`;
    return rows[0]?.identityId ?? null;
  }

  /** The identity's id, creating the person and identity on first contact. */
  private async findOrCreateIdentity(channel: ChannelName, sender: Sender, defaultLocale: string): Promise<string> {
    const key = { channel_externalId: { channel, externalId: sender.externalId } };
    const existing = await this.tx.channelIdentity.findUnique({ where: key, select: { id: true } });
    if (existing) return existing.id;

    const person = await this.tx.person.create({
      // The app's clock, like the identity below: "first contact" in /datasaya is this day.
      data: { locale: defaultLocale, createdAt: this.clock() },
      select: { id: true },
    });
    const identityId = randomUUID();
    // Two first messages from one new sender may be handled at once (two instances, or a
    // channel retry). ON CONFLICT waits for the other transaction and then does nothing
    // instead of failing, and the next statement sees the other's committed row.
    const inserted = await this.tx.$executeRaw`
      INSERT INTO "ChannelIdentity" ("id", "channel", "externalId", "personId", "createdAt")
      VALUES (${identityId}::uuid, ${channel}::"Channel", ${sender.externalId}, ${person.id}::uuid, ${this.clock()})
      ON CONFLICT ("channel", "externalId") DO NOTHING`;
    if (inserted > 0) return identityId;
    await this.tx.person.delete({ where: { id: person.id } }); // ours lost the race: no orphan
    const winner = await this.tx.channelIdentity.findUniqueOrThrow({ where: key, select: { id: true } });
    return winner.id;
  }
}

/** Builds the {@link PrismaConversationTx} for one transaction client. */
export function createPrismaConversationTx(tx: PrismaTx, clock?: Clock, replyOwner?: ReplyOwner): PrismaConversationTx {
  return new PrismaConversationTx(tx, clock, replyOwner);
}

/** The transaction runner the conversation runner needs: one transaction per message. */
export function createPrismaTransactionRunner(prisma: PrismaClient, clock?: Clock, replyOwner?: ReplyOwner): TransactionRunner<PrismaConversationTx> {
  return createTransactionRunner(prisma, (tx) => createPrismaConversationTx(tx, clock, replyOwner));
}

/** A conversation and its person as the read after the lock returns them. */
interface ConversationRow {
  readonly state: unknown;
  readonly lastActiveAt: Date | string;
  readonly personId: string;
  readonly locale: string;
  readonly localeChosen: boolean;
  readonly displayName: string | null;
  readonly phoneE164: string | null;
}

/** JSON text for a jsonb column; no state at all is stored as JSON `null` (the column is NOT NULL). */
function toJsonText(value: unknown): string {
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** Stored replies, or null when absent or not in the expected shape (e.g. an older format). */
function toRenderedMessages(value: unknown): RenderedMessage[] | null {
  if (!Array.isArray(value)) return null;
  const valid = value.every(
    (item: unknown) => typeof item === 'object' && item !== null && typeof (item as { text?: unknown }).text === 'string',
  );
  return valid ? (value as RenderedMessage[]) : null;
}
