/**
 * Stores that channel adapters keep in the database, as interfaces: storage implements them
 * (src/storage/whatsapp/, src/storage/webchat/), channels use them, tests may pass in-memory
 * versions. They sit in core so that storage and channels both point inward to them.
 */

/** One quick reply as it was numbered for a chat. */
export interface ListedButton {
  readonly id: string;
  readonly label: string;
}

/** The buttons last offered in a chat, in their numbered order. */
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
