/**
 * Stores that channel adapters keep in the database, as interfaces: storage implements them
 * (src/storage/whatsapp/, src/storage/webchat/), channels use them, tests may pass in-memory
 * versions. They sit in core so that storage and channels both point inward to them.
 */
import type { ButtonToggle } from './messages.js';

/** One quick reply as it was numbered (or shown) for a chat. */
export interface ListedButton {
  readonly id: string;
  readonly label: string;
  /** A checkbox of a multi-select list, as it was shown. */
  readonly toggle?: ButtonToggle;
  /**
   * Shown as a tappable button or list row (WhatsApp Cloud's interactive messages), not as a
   * numbered line: its label typed is that button, but no number is (none was shown).
   */
  readonly unnumbered?: true;
  /**
   * The title shown in place of the label where the platform cut it (WhatsApp Cloud: "Sama
   * dengan ketua…" for "👤 Sama dengan ketua Karang Taruna Bina (Mas Bagus)"): typed as it
   * reads, with the "…" or without, it is this button too. Absent when the label was shown.
   */
  readonly title?: string;
}

/** The buttons last offered in a chat, in the order shown (numbers count the numbered ones). */
export interface ChatList {
  readonly buttons: readonly ListedButton[];
  readonly sentAt: Date;
}

/**
 * The last numbered list per chat, persisted so that an answer "2" written just before a
 * restart still means what the user saw. Keyed by the sender's external id (its JID).
 */
export interface ChatListStore {
  load(chat: string): Promise<ChatList | undefined>;
  /** Replaces the chat's list; `undefined` forgets it (the last reply had no buttons). */
  save(chat: string, list: ChatList | undefined): Promise<void>;
}

/** Counts outgoing messages per calendar day, shared by every instance on one database. */
export interface SendCounter {
  /**
   * Counts one message for `day` (YYYY-MM-DD) unless `cap` were already sent that day.
   * @returns true when the message may go out.
   */
  tryReserve(day: string, cap: number): Promise<boolean>;
}

/** Who may be written to without having just written (proactive `send`; WhatsApp's rule). */
export interface ChannelContacts {
  /** True when this JID wrote to the bot before (a ChannelIdentity exists for it). */
  canMessage(jid: string): Promise<boolean>;
  /** True for officers who agreed to receive alerts on WhatsApp (the officers feature). */
  isOptedInOfficer?(jid: string): Promise<boolean>;
  /** The person's language, for the channel's own texts (the numbered-list hint). */
  localeOf?(jid: string): Promise<string | undefined>;
}

/** Where issued sessions live; storage's createWebchatSessionStore provides it. */
export interface WebchatSessionStore {
  /** Records a newly issued session by its hash. */
  create(idHash: string, now: Date): Promise<void>;
  /** True when the hash belongs to an issued session (and marks it used at `now`). */
  touch(idHash: string, now: Date): Promise<boolean>;
}

// The WhatsApp Cloud API channel's records (src/channels/whatsapp-cloud/).

/** The delivery states the platform reports for a sent message, in the order they happen. */
export const DELIVERY_STATUSES = ['sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** True for one of {@link DELIVERY_STATUSES} (a webhook or a stored row may carry others). */
export function isDeliveryStatus(value: string): value is DeliveryStatus {
  return DELIVERY_STATUSES.some((status) => status === value);
}

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
