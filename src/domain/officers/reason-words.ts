/**
 * A rejection's reason without the chat typed around it: "ya karena datanya ga lengkap pak"
 * is told to the leaders as "datanya ga lengkap" (it was told whole, "ya karena … pak"
 * included). The words before it ("ya", "karena", "alasannya") are those a reason said with
 * "tolak" already lost (./pending-words.ts); the particles and forms of address after it are
 * those every short answer loses (parse/particles.ts).
 */
import { dropTrailingParticles } from '../parse/particles.js';

/** Words that give a reason ("karena …"): skipped before one, and where one starts after a record's name. */
export const REASON_WORDS = String.raw`karena|karna|krn|soalnya|sebab|alasannya|alasan|dengan\s+alasan|because`;
/** Words before a reason that are not the reason ("tolak aja, karena …", "tolak ya alasannya …"). */
// Whole words only: "yang …", "yatim …" start a reason, not a "ya" before one.
const BEFORE_REASON = new RegExp(String.raw`^(?:(?:saja|aja|ya|iya|yah|dong|deh|${REASON_WORDS})(?![\p{L}\p{N}])[\s,.:;-]*)+`, 'iu');

/** `text` without the words before a reason and the particles after it; as typed otherwise (one word always left). */
export function reasonOnly(text: string): string {
  const words = text.replace(BEFORE_REASON, '').trim().split(/\s+/u);
  const plain = words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
  const kept = dropTrailingParticles(plain, { keep: 1, just: false }).length;
  const reason = words.slice(0, kept).join(' ');
  // "…, pak." loses its comma with the "pak"; a full stop of the reason's own stays.
  return kept < words.length ? reason.replace(/[\s,;:-]+$/u, '') : reason;
}
