/**
 * What the Cloud API channel needs from the rest of the app, as interfaces: storage
 * implements them (src/storage/whatsapp-cloud/), tests may pass their own.
 */

/** The delivery states the platform reports for a sent message, in the order they happen. */
export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

/** One status webhook about a message an alert went out as. */
export interface StatusReport {
  readonly wamid: string;
  readonly status: DeliveryStatus;
  readonly at: Date;
  /** For `failed`: whether sending again can help, and the reason admins see. */
  readonly failure?: { readonly retryable: boolean; readonly reason: string; readonly retryAfterMs?: number };
}

/** What a status report did to its outbox row. */
export type StatusOutcome =
  /** No alert went out as this message (a reply, or an alert since deleted). */
  | 'unknown'
  /** The row's delivery status was updated (or was already further along). */
  | 'recorded'
  /** A failure the platform will not get over: the alert is a dead letter now. */
  | 'dead'
  /** A failure worth another try: the alert is pending again. */
  | 'retry';

/** The channel's records: the 24-hour window per person and the alerts' message ids. */
export interface CloudStore {
  /**
   * Records that `externalId` wrote at `at` (the window opens for 24 hours) and makes the
   * alerts held for that person due now. Returns how many were released; nothing happens
   * when the identity does not exist (it was just erased).
   */
  touch(externalId: string, at: Date): Promise<number>;
  /** When `externalId` last wrote (if ever) and their language, in one read. */
  contact(externalId: string): Promise<{ readonly lastInboundAt?: Date; readonly locale?: string }>;
  /** The person's language, for the channel's own texts. */
  localeOf(externalId: string): Promise<string | undefined>;
  /** Remembers that alert `alertId` went out as message `wamid`. */
  remember(wamid: string, alertId: string, at: Date): Promise<void>;
  /** Applies a status webhook to the alert the message belongs to. */
  recordStatus(report: StatusReport): Promise<StatusOutcome>;
}
