/**
 * The outbox as the dispatcher sees it: claiming due alerts with a lease, and recording
 * what became of each send. Storage implements {@link OutboxStore}; the domain only ever
 * records alerts (src/domain/alerts/ports.ts).
 */
import type { ChannelAdapter } from '../channel.js';
import type { ChannelName, OutboundMessage } from '../messages.js';

/** Where a person can be reached: one of their channel identities. */
export interface DeliveryTarget {
  readonly channel: ChannelName;
  /** Telegram user id, WhatsApp JID or web chat id. */
  readonly externalId: string;
}

/** Quiet hours in minutes after midnight, Asia/Jakarta; `startMin > endMin` wraps midnight. */
export interface QuietHours {
  readonly startMin: number;
  readonly endMin: number;
}

/** A due alert, claimed by one dispatcher until its lease ends. */
export interface ClaimedAlert {
  readonly id: string;
  readonly kind: string;
  readonly personId: string;
  readonly officerId: string | null;
  /** The stored neutral messages; null when the payload is not `{ messages: [...] }` (never sendable). */
  readonly messages: readonly OutboundMessage[] | null;
  /** Attempts so far, this one included (the claim counted it). */
  readonly attempts: number;
  /** The recipient's language. */
  readonly locale: string;
  /**
   * The recipient's channel identities, most recently active conversation first; the
   * dispatcher uses the first whose channel runs here. Empty when the person has none.
   */
  readonly targets: readonly DeliveryTarget[];
  /** The officer's quiet hours, for officer alerts that have them; otherwise null. */
  readonly quietHours: QuietHours | null;
}

/**
 * Identifies one claim of an alert: its id and the attempt count the claim produced. Every
 * update after the claim is fenced by it, so a dispatcher whose lease ran out (and whose
 * alert another dispatcher has claimed since) changes nothing.
 */
export type Lease = Pick<ClaimedAlert, 'id' | 'attempts'>;

/**
 * The dispatcher's side of the outbox. The update methods return false when the lease was
 * lost (nothing changed).
 */
export interface OutboxStore {
  /**
   * Claims up to `limit` due alerts — pending with `nextAttemptAt <= now`, or still
   * 'sending' after their lease ended (a dispatcher died mid-send) — for `leaseMs`, counting
   * an attempt each. Alerts another dispatcher is claiming at the same moment are skipped,
   * never waited for. Oldest due first.
   */
  claim(limit: number, now: Date, leaseMs: number): Promise<ClaimedAlert[]>;
  /** Delivered on `channel`. */
  markSent(lease: Lease, channel: ChannelName, now: Date): Promise<boolean>;
  /** Failed; back to pending, to try again at `at`. */
  reschedule(lease: Lease, at: Date, error: string): Promise<boolean>;
  /** Given up: kept with the reason for admins ({@link OutboxAdmin}). */
  markDead(lease: Lease, reason: string): Promise<boolean>;
  /**
   * Not attempted after all (quiet hours, rate limit, shutdown, held by the channel): back to
   * pending at `at`, the claim's attempt undone; `reason`, when given, is kept for admins.
   */
  deferWithoutAttempt(lease: Lease, at: Date, reason?: string): Promise<boolean>;
}

/** An alert the dispatcher gave up on, as admins see it. */
export interface DeadAlert {
  readonly id: string;
  readonly kind: string;
  readonly personId: string;
  readonly officerId: string | null;
  readonly attempts: number;
  /** Why it was given up. */
  readonly lastError: string | null;
  readonly createdAt: Date;
}

/** Admin operations on given-up alerts (for the admin API). */
export interface OutboxAdmin {
  /** Dead alerts, newest first. */
  listDead(limit: number): Promise<DeadAlert[]>;
  /** Sends a dead alert again from scratch (attempts reset, due at `now`); false when it is not dead. */
  retryDead(id: string, now: Date): Promise<boolean>;
}

/** The channel adapters this instance runs; a missing one means the channel is not configured here. */
export type ChannelRegistry = Readonly<Partial<Record<ChannelName, ChannelAdapter | undefined>>>;

/** A logger such as pino's; only ids, kinds and reasons are logged, never message content. */
export interface DispatcherLogger {
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}
