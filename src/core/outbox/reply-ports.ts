/**
 * Replies as an outbox: the runner stores a message's replies in the transaction that
 * produced them ({@link QueuedReplies}); the {@link ReplyStore} is the sending side.
 * Storage implements both (src/storage/outbox/reply-store.ts).
 */
import type { SendResult } from '../channel.js';
import type { ChannelName, RenderedMessage } from '../messages.js';

/** One inbound message's replies, stored and waiting to be sent. */
export interface QueuedReplies {
  /** The row's sequence number (decimal): a chat's replies are sent in this order. */
  readonly id: string;
  readonly channel: ChannelName;
  /** Where they go: the sender's id on the channel. */
  readonly chat: string;
  /** The inbound message they answer. */
  readonly messageId: string;
  readonly messages: readonly RenderedMessage[];
  /**
   * True when this instance holds them and may send them at once. False when an older
   * reply to the same chat is still waiting elsewhere (a crashed instance's, or one another
   * instance is sending): then they are sent by recovery, after it.
   */
  readonly live: boolean;
}

/** Who writes replies: this app instance and how long its claims hold unless renewed. */
export interface ReplyOwner {
  /** A random id per process. */
  readonly id: string;
  readonly leaseMs: number;
}

/** The sending side of the reply outbox. */
export interface ReplyStore {
  /**
   * Claims for `owner` until `until` up to `limit` waiting replies that nobody holds (never
   * claimed, given back, or their claim lapsed because the instance died), on `channels`,
   * oldest first. A chat whose older waiting reply another live instance holds is skipped,
   * so that its replies keep their order.
   */
  claim(owner: string, channels: readonly ChannelName[], now: Date, until: Date, limit: number): Promise<QueuedReplies[]>;
  /**
   * Sent: the rows are deleted (the message's replies stay in ProcessedMessage). Resolves once
   * that is committed, not before: until then the rows still read as waiting (the dispatcher's
   * web chat bookkeeping relies on it). A store may take a moment to write it together with
   * other work (storage does: the next message's transaction, storage/outbox/sent-marks.ts); a failure rejects.
   */
  markSent(ids: readonly string[]): Promise<void>;
  /** Given up (blocked bot, too many attempts): kept with the reason, never sent. */
  markDead(id: string, reason: string): Promise<void>;
  /** Extends every claim `owner` holds to `until` (the owner is alive). */
  renew(owner: string, until: Date): Promise<void>;
  /** Gives claims back at once (shutdown): any instance may send them now. */
  release(owner: string, ids: readonly string[]): Promise<void>;
}

/**
 * What a channel gets when the reply outbox has taken a message's replies over: the channel
 * does not send them itself.
 */
export interface ReplyHandover {
  /** Settles once this instance has sent them (or given up); absent when recovery sends them. */
  readonly sent?: Promise<SendResult>;
  /**
   * For a channel whose own answer carries the replies (web chat's HTTP response): call with
   * true once that answer went out, false when it did not (they are then sent through the
   * channel: the web chat inbox).
   */
  readonly settle?: (answered: boolean) => void;
}
