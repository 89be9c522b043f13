/**
 * The one contract every channel adapter fulfils. Inbound messages go from the adapter to
 * the runner as neutral {@link InboundMessage}s; outbound messages come back rendered, and
 * the adapter turns neutral buttons into its own markup (inline keyboards, numbered lists).
 */
import type { ChannelName, RenderedMessage } from './messages.js';
import type { RateLimit } from './outbox/rate-limiter.js';

/** Why a send failed, and whether trying again later can help. */
export interface ChannelError {
  readonly channel: ChannelName;
  /** True for rate limits, server errors and network faults; false for e.g. a blocked bot. */
  readonly retryable: boolean;
  /** When the channel said how long to wait (Telegram's retry_after). */
  readonly retryAfterMs?: number;
  /** A short description for logs and admins; never message content. */
  readonly reason: string;
  /**
   * Not a failure of this attempt: the message may not go out until something changes on the
   * person's side (WhatsApp Cloud API: outside the 24-hour window with no template for the
   * kind). The outbox keeps it pending with `reason` for admins, counts no attempt, and looks
   * again after `retryAfterMs` (or sooner when the channel wakes it).
   */
  readonly hold?: boolean;
}

/** What the outbox tells a channel about a proactive send (WhatsApp's templates depend on it). */
export interface SendContext {
  /** The outbox row (status reports are recorded on it). */
  readonly alertId: string;
  /** The alert's kind, e.g. "group.registered". */
  readonly kind: string;
  /** The recipient's language. */
  readonly locale: string;
}

/** The result of a proactive send. */
export type SendResult = { readonly ok: true } | { readonly ok: false; readonly error: ChannelError };

/**
 * What a channel declares about its sending, so that the outboxes never know a channel by
 * name: the platform's rate limits, and whether its messages must go one after another.
 */
export interface ChannelLimits {
  /** Limits the dispatcher keeps for this channel (e.g. Telegram's 30/s and 1/s per chat). */
  readonly rate?: RateLimit;
  /** Proactive messages go strictly one after another (the adapter paces them itself). */
  readonly sequential?: boolean;
}

/** A channel the bot speaks on. */
export interface ChannelAdapter {
  readonly name: ChannelName;
  /** Sending limits the outbox keeps for this channel; none when absent. */
  readonly limits?: ChannelLimits;
  /** Starts receiving (polling, sockets); HTTP-based channels register routes instead. */
  start(): Promise<void>;
  /** Stops receiving and lets in-flight work finish. */
  stop(): Promise<void>;
  /** Sends messages to a user who is not waiting for a reply (notices, alerts). */
  send(externalId: string, messages: readonly RenderedMessage[], context?: SendContext): Promise<SendResult>;
  /**
   * Sends the replies to a message the user just wrote. Optional: without it replies go
   * through {@link send}; a channel implements it when proactive sends have rules that must
   * not hold a reply back (WhatsApp's first-contact check).
   */
  reply?(externalId: string, messages: readonly RenderedMessage[], inReplyTo?: string): Promise<SendResult>;
}
