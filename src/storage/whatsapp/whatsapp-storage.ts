/**
 * Everything the WhatsApp channel keeps in the database, for one linked number, in one call
 * for the composition root.
 */
import type { ChannelContacts, ChatListStore, SendCounter } from '../../core/channel-stores.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { DEFAULT_SESSION, useDatabaseAuthState, type DatabaseAuthState } from './auth-state.js';
import { createDatabaseChatListStore } from './chat-lists.js';
import { createWhatsAppContacts, type OptedInOfficerCheck } from './contacts.js';
import { createDatabaseSendCounter } from './send-counter.js';

/** The channel's storage dependencies. */
export interface WhatsAppStorage {
  readonly authState: DatabaseAuthState;
  readonly chatLists: ChatListStore;
  readonly sendCounter: SendCounter;
  readonly contacts: ChannelContacts;
}

/** Options of {@link createWhatsAppStorage}. */
export interface WhatsAppStorageOptions {
  /** One linked number per session; "default" when the app links one. */
  readonly session?: string;
  /** Officers who agreed to WhatsApp alerts (the officers feature); default: nobody. */
  readonly isOptedInOfficer?: OptedInOfficerCheck;
}

/** Loads the auth state and builds the stores of one session. */
export async function createWhatsAppStorage(prisma: PrismaClient, options: WhatsAppStorageOptions = {}): Promise<WhatsAppStorage> {
  const session = options.session ?? DEFAULT_SESSION;
  return {
    authState: await useDatabaseAuthState(prisma, session),
    chatLists: createDatabaseChatListStore(prisma, session),
    sendCounter: createDatabaseSendCounter(prisma, session),
    contacts: createWhatsAppContacts(prisma, options.isOptedInOfficer),
  };
}
