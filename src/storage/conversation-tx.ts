/**
 * The core's {@link ConversationTx} over Prisma: idempotent message claims, conversation
 * loading with a row lock, and saving state, replies and locale, all in one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { ChannelName, RenderedMessage, Sender } from '../core/messages.js';
import type { ClaimResult, Clock, ConversationSnapshot, ConversationTx, TransactionRunner } from '../core/ports.js';
import { Prisma, type PrismaClient } from './generated/prisma/client.js';
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
  ) {}

  async claimMessage(channel: ChannelName, messageId: string): Promise<ClaimResult> {
    // ON CONFLICT rather than catching a unique violation: a failed statement would abort
    // the whole PostgreSQL transaction. A concurrent claim of the same id waits here until
    // the other transaction ends, and then counts as duplicate only if that one committed.
    const inserted = await this.tx.$executeRaw`
      INSERT INTO "ProcessedMessage" ("channel", "messageId", "processedAt")
      VALUES (${channel}::"Channel", ${messageId}, ${this.clock()})
      ON CONFLICT ("channel", "messageId") DO NOTHING`;
    if (inserted > 0) return { kind: 'new' };
    const row = await this.tx.processedMessage.findUnique({
      where: { channel_messageId: { channel, messageId } },
      select: { replies: true },
    });
    return { kind: 'duplicate', replies: toRenderedMessages(row?.replies ?? null) };
  }

  async openConversation(channel: ChannelName, sender: Sender, defaultLocale: string): Promise<ConversationSnapshot> {
    const identityId = await this.findOrCreateIdentity(channel, sender, defaultLocale);
    await this.tx.$executeRaw`
      INSERT INTO "Conversation" ("identityId", "state", "lastActiveAt", "updatedAt")
      VALUES (${identityId}::uuid, 'null'::jsonb, ${NEVER_ACTIVE}, ${this.clock()})
      ON CONFLICT ("identityId") DO NOTHING`;
    // The row lock serialises one conversation's messages across app instances. It is
    // taken before reading, so the read sees what the previous holder committed.
    await this.tx.$executeRaw`SELECT 1 FROM "Conversation" WHERE "identityId" = ${identityId}::uuid FOR UPDATE`;
    const row = await this.tx.conversation.findUniqueOrThrow({
      where: { identityId },
      select: {
        state: true,
        lastActiveAt: true,
        identity: { select: { person: { select: { id: true, locale: true, displayName: true, phoneE164: true } } } },
      },
    });
    return {
      identityId,
      person: row.identity.person,
      state: row.state,
      lastActiveAt: row.lastActiveAt.getTime() === NEVER_ACTIVE.getTime() ? null : row.lastActiveAt,
    };
  }

  async saveConversation(identityId: string, state: unknown, lastActiveAt: Date): Promise<void> {
    await this.tx.conversation.update({
      where: { identityId },
      data: { state: toJsonInput(state), lastActiveAt },
    });
  }

  async saveReplies(channel: ChannelName, messageId: string, replies: readonly RenderedMessage[]): Promise<void> {
    await this.tx.processedMessage.update({
      where: { channel_messageId: { channel, messageId } },
      data: { replies: toJsonInput(replies) },
    });
  }

  async setLocale(personId: string, locale: string): Promise<void> {
    await this.tx.person.update({ where: { id: personId }, data: { locale } });
  }

  /** The identity's id, creating the person and identity on first contact. */
  private async findOrCreateIdentity(channel: ChannelName, sender: Sender, defaultLocale: string): Promise<string> {
    const key = { channel_externalId: { channel, externalId: sender.externalId } };
    const existing = await this.tx.channelIdentity.findUnique({ where: key, select: { id: true } });
    if (existing) return existing.id;

    const person = await this.tx.person.create({
      data: { locale: defaultLocale, phoneE164: sender.phoneE164 ?? null },
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
export function createPrismaConversationTx(tx: PrismaTx, clock?: Clock): PrismaConversationTx {
  return new PrismaConversationTx(tx, clock);
}

/** The transaction runner the conversation runner needs: one transaction per message. */
export function createPrismaTransactionRunner(prisma: PrismaClient, clock?: Clock): TransactionRunner<PrismaConversationTx> {
  return createTransactionRunner(prisma, (tx) => createPrismaConversationTx(tx, clock));
}

/** Prisma needs JsonNull to store a JSON `null` in a NOT NULL Json column. */
function toJsonInput(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  return value === null || value === undefined ? Prisma.JsonNull : (value as Prisma.InputJsonValue);
}

/** Stored replies, or null when absent or not in the expected shape (e.g. an older format). */
function toRenderedMessages(value: unknown): RenderedMessage[] | null {
  if (!Array.isArray(value)) return null;
  const valid = value.every(
    (item: unknown) => typeof item === 'object' && item !== null && typeof (item as { text?: unknown }).text === 'string',
  );
  return valid ? (value as RenderedMessage[]) : null;
}
