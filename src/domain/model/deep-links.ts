/**
 * Deep-link keys of flows that proactive messages open with a button (`go:<key>:<arg>`,
 * see core/engine/flow.ts). They live on the floor because the message that carries the
 * button (an alert, a leader notice) and the flow it opens sit in different features.
 */

/** Opens the leader's confirmation inbox. */
export const INBOX_DEEP_LINK = 'c';

/** Opens "Kegiatan saya" (a rejection notice asks the leader to correct an activity). */
export const MY_ACTIVITIES_DEEP_LINK = 'ka';

/** Opens the officer's panel. */
export const OFFICER_PANEL_DEEP_LINK = 'p';

/** Opens "Kelompok saya" at one group (a rejection notice asks the leader to fix it). */
export const MY_GROUPS_DEEP_LINK = 'kg';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A UUID in 22 characters (its 128 bits in base64url), so that a deep link can name a record:
 * a deep-link argument has room for 30 characters, a UUID takes 36.
 */
export function compactUuid(uuid: string): string {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  let bits = '';
  for (const digit of hex) bits += parseInt(digit, 16).toString(2).padStart(4, '0');
  bits += '0000'; // 128 bits padded to 132 = 22 × 6
  let out = '';
  for (let at = 0; at < bits.length; at += 6) out += BASE64URL[parseInt(bits.slice(at, at + 6), 2)];
  return out;
}

/** The UUID {@link compactUuid} wrote, or null for anything else (a deep link's argument is never trusted). */
export function uuidFromCompact(compact: string): string | null {
  if (!/^[A-Za-z0-9_-]{21}[AQgw]$/.test(compact)) return null;
  let bits = '';
  for (const char of compact) bits += BASE64URL.indexOf(char).toString(2).padStart(6, '0');
  let hex = '';
  for (let at = 0; at < 128; at += 4) hex += parseInt(bits.slice(at, at + 4), 2).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
