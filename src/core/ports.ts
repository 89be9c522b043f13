/**
 * Ports: what the core needs from the outside world, as interfaces. `storage/` implements
 * them with Prisma; tests may implement them with real databases only.
 */
import type { ChannelName, OutboundMessage, RenderedMessage, Sender } from './messages.js';
import type { QueuedReplies } from './outbox/reply-ports.js';

/** The person behind a conversation, as much as flows may see. */
export interface PersonView {
  readonly id: string;
  readonly locale: string;
  /** True once the person chose a language themselves (not guessed from a message). */
  readonly localeChosen?: boolean;
  readonly displayName: string | null;
  readonly phoneE164: string | null;
  /** The chat profile's name of this message's account (see Sender.profileName): offered, not stored. */
  readonly profileName?: string | null;
}

/** A conversation as loaded at the start of a transaction. */
export interface ConversationSnapshot {
  readonly identityId: string;
  readonly person: PersonView;
  /** Stored engine state as raw JSON; the engine validates it. Null on first contact. */
  readonly state: unknown;
  readonly lastActiveAt: Date | null;
}

/** Result of claiming an inbound message id. */
export type ClaimResult =
  | { readonly kind: 'new' }
  /** Already processed: the replies it produced then, when they were kept. */
  | { readonly kind: 'duplicate'; readonly replies: readonly RenderedMessage[] | null };

/**
 * Storage operations for one inbound message. Every method runs inside the same database
 * transaction, so a crash part-way leaves nothing behind (not even the claim).
 */
export interface ConversationTx {
  /**
   * Records the message id as processed for this sender (their externalId on the channel);
   * tells whether it had been already. Another sender's message with the same id is new.
   */
  claimMessage(channel: ChannelName, senderId: string, messageId: string): Promise<ClaimResult>;
  /**
   * Loads the sender's conversation, creating the person, identity and conversation on
   * first contact, and locks it until the transaction ends so that several app instances
   * process one conversation's messages one at a time.
   */
  openConversation(channel: ChannelName, sender: Sender, defaultLocale: string): Promise<ConversationSnapshot>;
  /**
   * The end of a message: saves the conversation's state and last activity, keeps the
   * replies of the sender's processed message so a retried delivery gets the same answer and,
   * given the `chat` they go to, queues them in the reply outbox: committed with the state
   * that produced them, sent at least once. The store may write all of it in one statement
   * and send COMMIT with it, so nothing else of the transaction may follow it. Null when
   * nothing was queued (no replies, or no chat given).
   */
  finishMessage(
    conversation: { readonly identityId: string; readonly state: unknown; readonly lastActiveAt: Date },
    channel: ChannelName,
    senderId: string,
    messageId: string,
    replies: readonly RenderedMessage[],
    chat?: string,
  ): Promise<QueuedReplies | null>;
  /** Sets the reply language; `chosen` false when it is only guessed from a message. */
  setLocale(personId: string, locale: string, chosen?: boolean): Promise<void>;
}

/** Runs a function in one database transaction: all of it commits, or none of it. */
export interface TransactionRunner<Tx> {
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
}

/** Turns neutral messages into text in a language. */
export interface Renderer {
  render(messages: readonly OutboundMessage[], locale: string): RenderedMessage[];
}

/** A source of the current time; tests pass a fixed or stepping clock. */
export type Clock = () => Date;
