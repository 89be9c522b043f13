/**
 * How one's desa becomes a WKSBM, asked: "nek desaku pengen dadi wksbm kudu piye?", "cara supaya
 * desa jadi wksbm", "how can my village become a wksbm?". Answered with the steps (the FAQ's
 * `not_yet`: register groups, record ties, record joint activities), not a desa searched by the
 * word before "desa" ("nek" found Desa Neki) nor "belum paham". Whether it is one already
 * ("desa saya sudah jadi wksbm belum?") stays its status.
 */
import { HOW_WORDS, PLACES_LIVED } from '../parse/lexicon.js';

/** A place one lives in: "desa", Javanese "desaku", "village", "wilayah". */
const PLACE_WORDS: ReadonlySet<string> = new Set([...PLACES_LIVED, 'wilayah', 'lingkungan']);
/** Becoming: Indonesian, Javanese, Sundanese, English. */
const BECOME_WORDS: ReadonlySet<string> = new Set(['jadi', 'menjadi', 'jd', 'dadi', 'janten', 'become', 'becomes']);
/** How or what must be done: besides {@link HOW_WORDS}. */
const MUST_WORDS: ReadonlySet<string> = new Set(['cara', 'caranya', 'carane', 'harus', 'hrs', 'kudu', 'kedah', 'mesti', 'supaya', 'biar', 'agar', 'syarat', 'syaratnya', 'langkah', 'langkahnya', 'can']);
/** Whether it is one already, or its status: then the status answers. */
const ALREADY_WORDS: ReadonlySet<string> = new Set(['sudah', 'udah', 'udh', 'sdh', 'belum', 'blm', 'durung', 'acan', 'already', 'yet', 'status', 'statusnya', 'wis', 'sampun', 'tos']);
/** The most words of such a question: more is a story with other things asked. */
const MAX_WORDS = 12;

/** Whether `tokens` (as tokenize gives them) ask how one's desa becomes a WKSBM. */
export function asksBecoming(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_WORDS || !tokens.includes('wksbm')) return false;
  const has = (words: ReadonlySet<string>) => tokens.some((token) => words.has(token));
  return has(PLACE_WORDS) && has(BECOME_WORDS) && (has(HOW_WORDS) || has(MUST_WORDS)) && !has(ALREADY_WORDS);
}
