/**
 * The core's {@link ConversationTx}: idempotent message claims, conversation loading with a
 * row lock, and saving state, replies and locale, all in one transaction. The hot path is
 * plain SQL (conversations/conversation-sql.ts): a message sends two statements besides
 * BEGIN and COMMIT, and the first contact of a new sender one more. A sender whose
 * conversation this instance saved last is not read at all: the claim checks that it did not
 * change, riding in the next statement's round trip (conversations/remembered-sql.ts), so
 * that message sends one statement besides the effects'.
 */
import { randomUUID } from 'node:crypto';
import type { ChannelName, RenderedMessage, Sender } from '../core/messages.js';
import { field } from '../core/unknown.js';
import type { QueuedReplies, ReplyOwner } from '../core/outbox/reply-ports.js';
import type { ClaimResult, Clock, ConversationSnapshot, ConversationTx, PersonView, TransactionRunner } from '../core/ports.js';
import * as conversations from './conversations/conversation-sql.js';
import type { ConversationRow } from './conversations/conversation-sql.js';
import { REMEMBERED_STATE_CHARS, type ConversationMemory, type Remembered } from './conversations/conversation-memory.js';
import { claimRemembered, REMEMBERED_MISSED } from './conversations/remembered-sql.js';
import { databaseErrorCode } from './db-errors.js';
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
  /** Whether the claim took the conversation from memory (so its check may fail the unit of work: {@link missedMemory}). */
  #fromMemory = false;
  /** What to remember once this unit of work has committed ({@link committed}). */
  #toRemember: { readonly channel: ChannelName; readonly senderId: string; readonly entry: Remembered } | undefined;

  constructor(
    protected readonly tx: PrismaTx,
    protected readonly clock: Clock = systemClock,
    /** The app instance that will send the replies this transaction queues; without it recovery sends them. */
    protected readonly replyOwner?: ReplyOwner,
    /** The transaction's plain SQL; by default through `tx`. */
    sql?: Sql,
    /** The conversations this instance saved last; without it every message reads its conversation. */
    private readonly memory?: ConversationMemory,
  ) {
    this.sql = sql ?? prismaSql(tx);
  }

  async claimMessage(channel: ChannelName, senderId: string, messageId: string): Promise<ClaimResult> {
    const remembered = this.memory?.take(channel, senderId);
    if (remembered) {
      // Held for the next round trip; it fails the unit of work unless the id is new and nothing changed.
      await claimRemembered(this.sql, channel, senderId, messageId, remembered.versions, this.clock());
      this.#fromMemory = true;
      this.#opened = { channel, senderId, row: { ...remembered.row, state: JSON.parse(remembered.stateText) as unknown } };
      return { kind: 'new' };
    }
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
    const stateText = conversations.toJsonText(conversation.state);
    const turn = { channel, senderId, messageId, conversation, replies, stateText, ...(chat !== undefined && { chat }), ...(owner && { owner }) };
    const { queued, seen } = await conversations.saveTurn(this.sql, turn, now);
    // A state beyond REMEMBERED_STATE_CHARS is read from the database next time: the memory's bound is its count
    // of senders, and an odd state (long typed texts in a deep stack) must not make that bound gigabytes.
    if (this.memory && seen?.versions && stateText.length <= REMEMBERED_STATE_CHARS) {
      const { versions, ...person } = seen;
      const row = { identityId: conversation.identityId, lastActiveMs: conversation.lastActiveAt.getTime(), ...person };
      this.#toRemember = { channel, senderId, entry: { row, stateText, versions } };
    }
    if (!queued || chat === undefined) return null;
    return { id: queued.id, channel, chat, messageId, messages: replies, live: queued.live };
  }

  /** Called once the unit of work has committed: remembers the conversation it saved (conversation-memory.ts). */
  committed(): void {
    const kept = this.#toRemember;
    this.#toRemember = undefined;
    if (kept) this.memory?.keep(kept.channel, kept.senderId, kept.entry);
  }

  /**
   * Whether `error`, which failed this unit of work, may be the remembered claim's check (the
   * id was seen, or the conversation changed): then the message is to be handled again,
   * reading its conversation. The check's own code, or "transaction aborted" when an effect
   * caught the check's failure and went on.
   */
  missedMemory(error: unknown): boolean {
    if (!this.#fromMemory) return false;
    // PostgreSQL's code first: through Prisma the error's own `code` is Prisma's (P20xx).
    const code = databaseErrorCode(error) ?? field(error, 'code');
    return code === REMEMBERED_MISSED || code === IN_FAILED_TRANSACTION;
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

/** SQLSTATE of a statement sent after another failed in the same transaction. */
const IN_FAILED_TRANSACTION = '25P02';

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
