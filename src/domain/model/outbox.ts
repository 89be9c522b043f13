/**
 * The outbox as the domain sees it: proactive messages (officer alerts, notices to
 * leaders) are recorded in the same transaction as the event that causes them, and a
 * dispatcher sends them later through the recipient's channel. Recording never sends.
 */
import type { OutboundMessage } from '../../core/messages.js';

/** One message to record for sending. */
export interface OutboxEntry {
  /** The person who receives it. */
  readonly personId: string;
  /** Set for officer alerts (their mutes and quiet hours apply). */
  readonly officerId?: string | null;
  /** What it is about, e.g. 'group.registered'; officers mute by kind. */
  readonly kind: string;
  /** Neutral messages (i18n keys + params), rendered in the recipient's language when sent. */
  readonly messages: readonly OutboundMessage[];
  /**
   * Unique per event and recipient (e.g. `group.registered:<groupId>:<officerId>`): the same
   * event recorded twice (a retried message, a re-run job) still sends once.
   */
  readonly dedupeKey: string;
  /** Do not send before this moment (quiet hours are applied by the dispatcher as well). */
  readonly notBefore?: Date;
}

/** Records outbox entries inside the caller's transaction. */
export interface Outbox {
  /** Records an entry; false when one with the same dedupe key exists already. */
  enqueue(entry: OutboxEntry, now: Date): Promise<boolean>;
  /**
   * Records the entries as {@link enqueue} would one after another (in this order, each
   * skipped when its dedupe key exists already), in one go; returns how many were recorded.
   */
  enqueueAll(entries: readonly OutboxEntry[], now: Date): Promise<number>;
}
