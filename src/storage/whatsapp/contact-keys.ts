/**
 * What Baileys keeps about one contact in the `WhatsAppState` table, found by their number
 * or LID, for an erasure: the Signal session and identity key of each of their devices
 * (ids "628123….3", "1234…_1.3": the user, its domain when not a number, the device), the
 * number↔LID mapping both ways ("628123…" → LID, "1234…_reverse" → number), their device
 * list and privacy token, and their place in the token index. Only rows about that contact:
 * the account's own credentials, pre-keys and app-state keys stay, so WhatsApp stays linked.
 * Should the contact write again, Baileys builds a new session, as with any stranger.
 */
import { isHostedLidUser, isHostedPnUser, isLidUser, isPnUser, jidDecode, jidNormalizedUser } from '@whiskeysockets/baileys';
import type { PrismaTx } from '../transaction-runner.js';
import { CREDS_KIND } from './auth-state.js';
import { revive, serialise, upsertRows } from './state-table.js';

/** A WhatsApp user id: a number's or a LID's digits, with its kind. */
interface ContactUser {
  readonly user: string;
  readonly lid: boolean;
}

/** The key types Baileys stores per contact (libsignal.js, lid-mapping.js, messages-send.js). */
const KIND = { session: 'session', identity: 'identity-key', mapping: 'lid-mapping', devices: 'device-list', token: 'tctoken' } as const;
/** Baileys' tctoken index: a JSON array of the JIDs holding a token (tc-token-utils.js TC_TOKEN_INDEX_KEY). */
const TOKEN_INDEX = '__index';

/**
 * "628123…@s.whatsapp.net", "628123…:12@s.whatsapp.net", "1234…@lid": the user and whether it
 * is a LID, read by Baileys' own jidNormalizedUser (device gone, "@c.us" read as
 * "@s.whatsapp.net") and jidDecode; null for any other id (a group, a broadcast, no JID). Only
 * digits make a user: they go into the pattern of the device addresses below.
 */
function contactUser(jid: string): ContactUser | null {
  const normal = jidNormalizedUser(jid);
  const user = jidDecode(normal)?.user;
  if (!user || !/^\d+$/.test(user)) return null;
  if (isPnUser(normal) || isHostedPnUser(normal)) return { user, lid: false };
  if (isLidUser(normal) || isHostedLidUser(normal)) return { user, lid: true };
  return null;
}

/** The value of a lid-mapping row (a user id as JSON text), or null. */
function mappedUser(text: string | undefined): string | null {
  if (text === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // A row Baileys did not write: it maps nobody, and must not stop the erasure.
    return null;
  }
  return typeof value === 'string' && /^\d+$/.test(value) ? value : null;
}

/** The stored token index without `jids`; null when it is not the array Baileys writes or names none of them. */
function indexWithout(text: string, jids: ReadonlySet<string>): string | null {
  const entry = revive<{ token?: unknown; [field: string]: unknown }>(text);
  if (!Buffer.isBuffer(entry.token)) return null;
  const listed: unknown = JSON.parse(entry.token.toString());
  if (!Array.isArray(listed) || !listed.some((jid) => typeof jid === 'string' && jids.has(jid))) return null;
  const kept = listed.filter((jid) => !(typeof jid === 'string' && jids.has(jid)));
  return serialise({ ...entry, token: Buffer.from(JSON.stringify(kept)) });
}

/**
 * Deletes, in every linked session, Baileys' keys about the contacts with these WhatsApp ids
 * (chat identities: a number's JID, or a LID's when the number was hidden); returns the rows
 * deleted.
 */
export async function deleteContactKeys(tx: PrismaTx, jids: readonly string[]): Promise<number> {
  const contacts = jids.map(contactUser).filter((contact): contact is ContactUser => contact !== null);
  if (contacts.length === 0) return 0;
  // Every linked number of the bot (a session of the table) may have talked to the contact.
  const sessions = await tx.whatsAppState.findMany({ where: { kind: CREDS_KIND }, select: { session: true } });
  let deleted = 0;
  for (const { session } of sessions) {
    const numbers = new Set(contacts.filter((contact) => !contact.lid).map((contact) => contact.user));
    const lids = new Set(contacts.filter((contact) => contact.lid).map((contact) => contact.user));
    // Each side of Baileys' mapping names the other: the number's LID, the LID's number.
    const mapped = await tx.whatsAppState.findMany({
      where: { session, kind: KIND.mapping, key: { in: [...numbers, ...[...lids].map((lid) => `${lid}_reverse`)] } },
      select: { key: true, value: true },
    });
    for (const row of mapped) {
      const other = mappedUser(row.value);
      if (other) (row.key.endsWith('_reverse') ? numbers : lids).add(other);
    }
    const users = [...numbers, ...lids];
    // A device's address is the user, its domain when not a plain number (_1 LID, _128/_129 hosted), a dot and the device.
    const addresses = `^(?:${users.join('|')})(?:_[0-9]+)?\\.[0-9]+$`;
    const tokenJids = new Set([...[...numbers].flatMap((n) => [`${n}@s.whatsapp.net`, `${n}@hosted`]), ...[...lids].flatMap((l) => [`${l}@lid`, `${l}@hosted.lid`])]);
    const mappingKeys = [...numbers, ...[...lids].map((lid) => `${lid}_reverse`)];
    deleted += await tx.$executeRaw`
      DELETE FROM "WhatsAppState" WHERE "session" = ${session} AND (
        ("kind" IN (${KIND.session}, ${KIND.identity}) AND "key" ~ ${addresses})
        OR ("kind" = ${KIND.mapping} AND "key" = ANY(${mappingKeys}::text[]))
        OR ("kind" = ${KIND.devices} AND "key" = ANY(${users}::text[]))
        OR ("kind" = ${KIND.token} AND "key" = ANY(${[...tokenJids]}::text[])))`;
    const [index] = await tx.whatsAppState.findMany({ where: { session, kind: KIND.token, key: TOKEN_INDEX }, select: { value: true } });
    const rewritten = index ? indexWithout(index.value, tokenJids) : null;
    if (rewritten !== null) await upsertRows(tx, session, KIND.token, [{ key: TOKEN_INDEX, value: rewritten }], new Date());
  }
  return deleted;
}
