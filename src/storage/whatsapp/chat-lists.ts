/**
 * The last numbered list per WhatsApp chat, in the `WhatsAppState` table, so that a numbered
 * answer written across a restart (or handled by another instance) still resolves. The rows
 * hold the bot's own button ids and labels, keyed by the chat's JID; a person's deletion
 * request should delete their row too (kind "wksbm:chat-list", key = their JID).
 */
import type { ChatList, ChatListStore } from '../../core/channel-stores.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { CHANNEL_KINDS } from './channel-kinds.js';
import { deleteRows, readRows, revive, serialise, upsertRows } from './state-table.js';

interface StoredList {
  readonly buttons: ChatList['buttons'];
  readonly sentAt: string;
}

/** A {@link ChatListStore} on the database. */
export function createDatabaseChatListStore(prisma: PrismaClient, session: string): ChatListStore {
  const kind = CHANNEL_KINDS.chatList;
  return {
    async load(chat) {
      const text = (await readRows(prisma, session, kind, [chat])).get(chat);
      if (text === undefined) return undefined;
      const stored = revive<StoredList>(text);
      if (!Array.isArray(stored.buttons)) return undefined; // not ours (an older format): ignore
      return { buttons: stored.buttons, sentAt: new Date(stored.sentAt) };
    },
    async save(chat, list) {
      if (list === undefined) {
        await deleteRows(prisma, session, kind, [chat]);
        return;
      }
      const stored: StoredList = { buttons: list.buttons, sentAt: list.sentAt.toISOString() };
      await upsertRows(prisma, session, kind, [{ key: chat, value: serialise(stored) }], list.sentAt);
    },
  };
}
