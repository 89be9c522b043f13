/**
 * What the WhatsApp channel needs from the rest of the app, as interfaces: storage
 * implements them (src/storage/whatsapp/), tests may pass in-memory versions. The stores
 * without Baileys types live in core/channel-stores.ts, so storage never imports a channel.
 */
import type { AuthenticationState } from '@whiskeysockets/baileys';

/** Baileys' credentials and keys plus a way to save them (see useDatabaseAuthState). */
export interface WhatsAppAuthState {
  readonly state: AuthenticationState;
  saveCreds(): Promise<void>;
  /** Forgets the link to the phone, so that the next start pairs again. */
  clear?(): Promise<void>;
}

export type { ChannelContacts as WhatsAppContacts, ChatList, ChatListStore, ListedButton, SendCounter } from '../../core/channel-stores.js';
