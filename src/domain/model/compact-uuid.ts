/**
 * UUIDs in 22 characters (base64url of their 16 bytes), so that an id fits in a deep-link
 * button argument (≤ 30 characters, see `deepLinkButtonId`) with room for a type tag: an
 * officer's verify target, the group a rejection notice opens in Kelompok saya.
 * Pure string arithmetic: the domain imports no Buffer or crypto for it.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COMPACT = /^[A-Za-z0-9_-]{21}[AQgw]$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The 22-character form of a UUID; throws on anything else. */
export function compactUuid(uuid: string): string {
  if (!UUID.test(uuid)) throw new Error(`compactUuid: not a uuid: ${uuid}`);
  const hex = uuid.replace(/-/g, '').toLowerCase();
  // 128 bits = 21 groups of 6 bits + 2 bits left, padded with 4 zero bits (hence [AQgw] last).
  let bits = '';
  for (const digit of hex) bits += parseInt(digit, 16).toString(2).padStart(4, '0');
  bits += '0000';
  let out = '';
  for (let index = 0; index < bits.length; index += 6) out += ALPHABET[parseInt(bits.slice(index, index + 6), 2)];
  return out;
}

/** The UUID (lower case, with dashes) of a compact form, or null when it is not one. */
export function expandUuid(compact: string): string | null {
  if (!COMPACT.test(compact)) return null;
  let bits = '';
  for (const char of compact) bits += ALPHABET.indexOf(char).toString(2).padStart(6, '0');
  let hex = '';
  for (let index = 0; index < 128; index += 4) hex += parseInt(bits.slice(index, index + 4), 2).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
