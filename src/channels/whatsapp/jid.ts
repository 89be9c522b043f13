/**
 * WhatsApp addresses (JIDs): which chats the bot talks in, and who a sender is.
 *
 * Baileys 7 addresses people in two ways: by phone number ("628123456789@s.whatsapp.net",
 * a PN) or by an opaque per-user id ("123456789012345@lid", a LID). A one-to-one message
 * carries one of them in `key.remoteJid` and, when WhatsApp sends it, the other in
 * `key.remoteJidAlt`. The bot keys a person by their PN whenever it can learn it (from the
 * key, or from Baileys' own LID→PN mapping), so that the same person is one identity
 * whichever way a message was addressed, and so that the number proves their phone. Only
 * when no PN is known (hidden number, no mapping yet) is the LID the identity.
 */
import {
  isHostedLidUser,
  isHostedPnUser,
  isJidBroadcast,
  isJidGroup,
  isJidNewsletter,
  isJidStatusBroadcast,
  isLidUser,
  isPnUser,
  jidDecode,
  jidNormalizedUser,
  type WAMessageKey,
} from '@whiskeysockets/baileys';

/** What kind of chat a JID is. Only `user` chats reach the bot. */
export type ChatKind = 'user' | 'group' | 'status' | 'broadcast' | 'newsletter' | 'other';

/** Classifies a chat JID. */
export function chatKind(jid: string): ChatKind {
  if (isJidGroup(jid)) return 'group';
  if (isJidStatusBroadcast(jid)) return 'status';
  if (isJidBroadcast(jid)) return 'broadcast';
  if (isJidNewsletter(jid)) return 'newsletter';
  if (isPnUser(jid) || jid.endsWith('@c.us') || isLidUser(jid) || isHostedPnUser(jid) || isHostedLidUser(jid)) return 'user';
  return 'other'; // Meta AI (@bot), calls, server addresses
}

/** A sender as the bot identifies them. */
export interface ResolvedSender {
  /** Where to reply: the chat as WhatsApp addressed it (device suffix removed). */
  readonly chatJid: string;
  /** The stable identity: the PN JID when known, else the LID JID. */
  readonly externalId: string;
  /** "+628…" when the PN is known: WhatsApp has verified that number. */
  readonly phoneE164?: string;
}

/** Baileys' LID→PN lookup (`sock.signalRepository.lidMapping.getPNForLID`). */
export type PnLookup = (lid: string) => Promise<string | null>;

/** Who wrote a one-to-one message, or null for a chat the bot does not answer in. */
export async function resolveSender(key: WAMessageKey, lookupPn?: PnLookup): Promise<ResolvedSender | null> {
  const remote = key.remoteJid;
  if (!remote || chatKind(remote) !== 'user') return null;
  const chatJid = normalise(remote);
  const alt = key.remoteJidAlt ? normalise(key.remoteJidAlt) : undefined;
  const candidates = [chatJid, alt].filter((jid): jid is string => jid !== undefined);
  let pn = candidates.find(isPnUser);
  const lid = candidates.find((jid) => isLidUser(jid) || isHostedLidUser(jid));
  if (pn === undefined && lid !== undefined && lookupPn) {
    // Best effort: Baileys knows the pair only once it has seen it (history sync, earlier
    // traffic). A failure just leaves the LID as the identity.
    const found = await lookupPn(lid).catch(() => null);
    if (found && isPnUser(normalise(found))) pn = normalise(found);
  }
  const externalId = pn ?? lid ?? chatJid;
  const phone = pn === undefined ? undefined : phoneOf(pn);
  return phone === undefined ? { chatJid, externalId } : { chatJid, externalId, phoneE164: phone };
}

/** One key per chat whatever device wrote ("628…:3@…" and "628…@…" are one chat). */
export function chatKey(jid: string): string {
  return normalise(jid);
}

/** "+628123456789" for a PN JID, or undefined for anything else. */
export function phoneOf(jid: string): string | undefined {
  if (!isPnUser(jid)) return undefined;
  const user = jidDecode(jid)?.user ?? '';
  return /^\d{6,15}$/.test(user) ? `+${user}` : undefined;
}

/** Without device ("628…:12@…") and with the legacy "@c.us" read as "@s.whatsapp.net". */
function normalise(jid: string): string {
  return jidNormalizedUser(jid) || jid;
}
