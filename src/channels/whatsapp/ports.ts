/**
 * What the WhatsApp channel needs from the rest of the app, as interfaces: storage
 * implements them (src/storage/whatsapp/), tests may pass in-memory versions.
 */
import type { AuthenticationState } from '@whiskeysockets/baileys';

/** Baileys' credentials and keys plus a way to save them (see useDatabaseAuthState). */
export interface WhatsAppAuthState {
  readonly state: AuthenticationState;
  saveCreds(): Promise<void>;
  /** Forgets the link to the phone, so that the next start pairs again. */
  clear?(): Promise<void>;
}

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

/** Who may be written to without having just written (proactive `send`). */
export interface WhatsAppContacts {
  /** True when this JID wrote to the bot before (a ChannelIdentity exists for it). */
  canMessage(jid: string): Promise<boolean>;
  /** True for officers who agreed to receive alerts on WhatsApp (the officers feature). */
  isOptedInOfficer?(jid: string): Promise<boolean>;
  /** The person's language, for the channel's own texts (the numbered-list hint). */
  localeOf?(jid: string): Promise<string | undefined>;
}
