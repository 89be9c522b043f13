/**
 * Kinds the WhatsApp channels themselves keep in the `WhatsAppState` table (never Baileys key
 * types, which have no colon). They survive a logout's clear: they belong to the chats, not
 * to the device link. A file of its own so that code which only names them (the erasure of a
 * person) does not load Baileys, which state-table.ts needs for its JSON format.
 */
export const CHANNEL_KINDS = { chatList: 'wksbm:chat-list', sent: 'wksbm:sent' } as const;
