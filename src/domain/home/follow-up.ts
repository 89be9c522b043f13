/**
 * A question asked again of another place, right after its answer: "kalo di sleman?" after
 * the counts of Bantul's desa, "kalau kab bandung brp?", "how about sleman?", "terus kalo
 * sidomulyo?", "and in Sleman?" after a desa's status. Read only when the words mean nothing else (the caller
 * checks that the whole message was not understood), so "kalo gratis?" stays a question.
 */
import { tokenize } from '../faq/normalize.js';
import { WE_WORDS } from '../parse/lexicon.js';

/** Words that open such a follow-up ("kalo …", "how about …"), after a connective. */
const OPENERS = new Set(['kalo', 'kalau', 'klo', 'klau', 'kl', 'nek', 'lek', 'upami', 'mun', 'gimana', 'gmn', 'bagaimana']);
const CONNECTIVES = new Set(['terus', 'trus', 'trs', 'lalu', 'nah', 'oh', 'oke', 'ok', 'and', 'then']);
/** Words after the place that only ask ("… brp?", "… gimana?"). */
const ASKING = new Set([
  'gimana', 'gmn', 'bagaimana', 'piye', 'kumaha', 'brp', 'berapa', 'sabaraha', 'pira', 'sih', 'ya', 'min', 'kak', 'dong', 'nya', 'deh', 'tuh',
  'then', 'too', 'juga', 'jg',
]);
/** Words that are no place's name: a state or a question of its own ("kalo belum?", "kalo apa?"). */
const NO_PLACE = new Set([
  'belum', 'blm', 'sudah', 'udah', 'udh', 'sdh', 'apa', 'itu', 'ini', 'saya', 'aku', ...WE_WORDS, 'sy', 'mau', 'daftar', 'kelompok', 'gak', 'ga',
  'tidak', 'nggak', 'bisa', 'boleh', 'ada', 'yang', 'yg', 'aktif', 'wksbm', 'my', 'our', 'we', 'i', 'it', 'that', 'this', 'not', 'yet', 'mine',
  // After a bare "and": "and you?", "and the others?", "and what is PSKS?" are no places.
  'you', 'yours', 'the', 'others', 'other', 'what', 'how', 'why', 'when', 'who', 'is', 'are', 'do', 'does', 'can', 'so', 'also', 'thanks', 'thank',
]);

/** Words before a place that name none of it ("di", "in", "desa", "yang"). */
export const PLACE_FILLER: ReadonlySet<string> = new Set(['di', 'in', 'desa', 'yg', 'yang']);

/** The place's words of a follow-up ("di sleman", "kab bandung", "sidomulyo"), or null. */
export function followUpPlace(text: string): readonly string[] | null {
  const tokens = tokenize(text.slice(0, 120));
  let at = 0;
  while (at < tokens.length && CONNECTIVES.has(tokens[at]!)) at++;
  const opener = tokens[at];
  if (opener === undefined) return null;
  if (OPENERS.has(opener)) at += 1;
  else if ((opener === 'how' || opener === 'what') && tokens[at + 1] === 'about') at += 2;
  // "and in Sleman?", "and Sleman?": English needs no opener after "and".
  else if (tokens[0] !== 'and' || at !== 1) return null;
  let end = tokens.length;
  while (end > at && ASKING.has(tokens[end - 1]!)) end--;
  const place = tokens.slice(at, end);
  const named = place.filter((token) => !PLACE_FILLER.has(token));
  if (named.length === 0 || named.length > 4 || named.some((token) => NO_PLACE.has(token) || /^\d+$/.test(token))) return null;
  // "in Sleman" is read as "di Sleman": the area's words are Indonesian.
  return place.map((token) => (token === 'in' ? 'di' : token));
}
