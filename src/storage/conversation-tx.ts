/**
 * The core's {@link ConversationTx}: idempotent message claims, conversation loading with a
 * row lock, and saving state, replies and locale, all in one transaction. The hot path is
 * plain SQL (conversations/conversation-sql.ts): a usual message sends two statements
 * besides BEGIN and COMMIT, and the first contact of a new sender one more.
 */
import { randomUUID } from 'node:crypto';
import type { ChannelName, RenderedMessage, Sender } from '../core/messages.js';
import { field } from '../core/unknown.js';
import type { QueuedReplies, ReplyOwner } from '../core/outbox/reply-ports.js';
import type { ClaimResult, Clock, ConversationSnapshot, ConversationTx, PersonView, TransactionRunner } from '../core/ports.js';
import * as conversations from './conversations/conversation-sql.js';
import type { ConversationRow } from './conversations/conversation-sql.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { createTransactionRunner, type PrismaTx } from './transaction-runner.js';
import { prismaSql, type Sql } from './unit-of-work/sql.js';

/**
 * `lastActiveAt` of a conversation row created on first contact, before any message was
 * handled (the column is NOT NULL). Read back as `null`; the epoch also keeps such rows out
 * of any "active since …" query.
 */
export const NEVER_ACTIVE = new Date(0);

const systemClock: Clock = () => new Date();

/**
 * Implements {@link ConversationTx} on one transaction: its plain SQL and its Prisma client.
 * Subclass it to add repositories for later features; they share `this.tx` and so the
 * transaction.
 */
export class PrismaConversationTx implements ConversationTx {
  protected readonly sql: Sql;
  /**
   * The conversation the claim's statement already loaded and locked (null: the sender has
   * none yet), for the openConversation that follows it; dropped by any write to the
   * conversation or person.
   */
  #opened: { readonly channel: ChannelName; readonly senderId: string; readonly row: ConversationRow | null } | undefined;

  constructor(
    protected readonly tx: PrismaTx,
    protected readonly clock: Clock = systemClock,
    /** The app instance that will send the replies this transaction queues; without it recovery sends them. */
    protected readonly replyOwner?: ReplyOwner,
    /** The transaction's plain SQL; by default through `tx`. */
    sql?: Sql,
  ) {
    this.sql = sql ?? prismaSql(tx);
  }

  async claimMessage(channel: ChannelName, senderId: string, messageId: string): Promise<ClaimResult> {
    // One statement claims the id and loads and locks the sender's conversation, which the
    // runner opens next (see conversation-sql.ts for why they can share it).
    const found = await conversations.claimAndOpen(this.sql, channel, senderId, messageId, this.clock());
    // Kept only when read in one snapshot: after a wait, openConversation reads it again.
    // None found is kept too: first contact goes straight to creating it (safe against a race).
    this.#opened = found.current ? { channel, senderId, row: found.conversation } : undefined;
    if (found.claimed) return { kind: 'new' };
    // A statement of its own: it sees the replies of a claim that committed while this one waited.
    const replies = await conversations.storedReplies(this.sql, channel, senderId, messageId);
    return { kind: 'duplicate', replies: toRenderedMessages(replies) };
  }

  async openConversation(channel: ChannelName, sender: Sender, defaultLocale: string): Promise<ConversationSnapshot> {
    const opened = this.#opened;
    this.#opened = undefined;
    // Usually loaded (or found missing) by the claim's statement; opened without a claim, it takes one of its own.
    let row = opened && opened.channel === channel && opened.senderId === sender.externalId ? opened.row : await conversations.openBySender(this.sql, channel, sender.externalId);
    row ??= await this.firstContact(channel, sender, defaultLocale);
    return snapshot(row, sender);
  }

  async finishMessage(
    conversation: { readonly identityId: string; readonly state: unknown; readonly lastActiveAt: Date },
    channel: ChannelName,
    senderId: string,
    messageId: string,
    replies: readonly RenderedMessage[],
    chat?: string,
  ): Promise<QueuedReplies | null> {
    this.#opened = undefined;
    const now = this.clock();
    const owner = this.replyOwner ? { id: this.replyOwner.id, until: new Date(now.getTime() + this.replyOwner.leaseMs) } : undefined;
    // The unit of work's last statement: it may carry the COMMIT.
    const turn = { channel, senderId, messageId, conversation, replies, ...(chat !== undefined && { chat }), ...(owner && { owner }) };
    const row = await conversations.saveTurn(this.sql, turn, now);
    if (!row || chat === undefined) return null;
    return { id: row.id, channel, chat, messageId, messages: replies, live: row.live };
  }

  async setLocale(personId: string, locale: string, chosen = true): Promise<void> {
    this.#opened = undefined;
    await conversations.setLocale(this.sql, personId, locale, chosen, this.clock());
  }

  /**
   * The sender's conversation, locked, creating what they are missing (person, identity,
   * conversation) on first contact: one statement, or two when another transaction created
   * them meanwhile (conversation-sql.ts says why that is safe).
   */
  private async firstContact(channel: ChannelName, sender: Sender, defaultLocale: string): Promise<ConversationRow> {
    // Again when the second statement found an identity without a conversation (one committed
    // after the first statement's snapshot, or whose conversation the retention job just deleted).
    for (let attempt = 0; attempt < FIRST_CONTACT_ATTEMPTS; attempt++) {
      const now = this.clock();
      const contact = { channel, externalId: sender.externalId, identityId: randomUUID(), personId: randomUUID(), locale: defaultLocale, now, writtenAt: new Date(), neverActive: NEVER_ACTIVE };
      const row = (await conversations.createFirstContact(this.sql, contact)) ?? (await conversations.openBySender(this.sql, channel, sender.externalId));
      if (row) return row;
    }
    throw new Error('openConversation: the conversation vanished while locked');
  }
}

/** How often first contact tries to create or find the conversation before giving up. */
const FIRST_CONTACT_ATTEMPTS = 3;

/** Builds the {@link PrismaConversationTx} for one transaction. */
export function createPrismaConversationTx(tx: PrismaTx, clock?: Clock, replyOwner?: ReplyOwner, sql?: Sql): PrismaConversationTx {
  return new PrismaConversationTx(tx, clock, replyOwner, sql);
}

/** The transaction runner the conversation runner needs: one transaction per message. */
export function createPrismaTransactionRunner(prisma: PrismaClient, clock?: Clock, replyOwner?: ReplyOwner): TransactionRunner<PrismaConversationTx> {
  return createTransactionRunner(prisma, (tx, sql) => createPrismaConversationTx(tx, clock, replyOwner, sql));
}

/** The core's snapshot of a loaded conversation row. */
function snapshot(row: ConversationRow, sender: Sender): ConversationSnapshot {
  // A number the channel proves (WhatsApp) is offered to the flows but not stored until the
  // person consents and a flow saves it (UU PDP: no collection before consent).
  // So is the chat profile's name (Telegram, WhatsApp): offered where the person's own name is asked.
  const person: PersonView = {
    id: row.personId,
    locale: row.locale,
    localeChosen: row.localeChosen === true,
    displayName: row.displayName,
    phoneE164: row.phoneE164 ?? sender.phoneE164 ?? null,
    profileName: sender.profileName ?? null,
  };
  return {
    identityId: row.identityId,
    person,
    state: row.state ?? null,
    lastActiveAt: row.lastActiveMs === NEVER_ACTIVE.getTime() ? null : new Date(row.lastActiveMs),
  };
}

/** Stored replies, or null when absent or not in the expected shape (e.g. an older format). */
function toRenderedMessages(value: unknown): RenderedMessage[] | null {
  if (!Array.isArray(value)) return null;
  const messages = value.filter((item: unknown): item is RenderedMessage => typeof field(item, 'text') === 'string');
  return messages.length === value.length ? messages : null;
}
