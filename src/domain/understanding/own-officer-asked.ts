/**
 * One's own officer asked after: where or who the TKSK is ("tksk nang endi?", "tksk e sopo",
 * "tksk kecamatan saya dimana", "who is our tksk"). Answered with how to reach them (the FAQ's
 * `contact`: the kecamatan office, the desa office, the Dinas Sosial), not with what a TKSK is
 * (`officers`), which "tksk kuwi sopo", "apa itu tksk" ask. Read here: "tksk" alone is one of
 * the officers' phrasings, so the FAQ's scores put that answer first.
 */
import { ADDRESS_WORDS, I_WORDS, TONE_PARTICLES, WE_WORDS, WHO_WORDS } from '../parse/lexicon.js';

/** The officers a resident asks after by their title. */
const OFFICER_WORDS: ReadonlySet<string> = new Set(['tksk', 'tkskny', 'tksknya', 'tkske', 'psm', 'psmnya', 'pendamping', 'pendampingnya', 'petugas', 'petugasnya', 'officer']);
/** "Where": Indonesian, slang, Javanese ("endi", krama "pundi"), English. */
const WHERE_WORDS: ReadonlySet<string> = new Set(['mana', 'dimana', 'dmn', 'endi', 'ngendi', 'pundi', 'ndi', 'where']);
/** "Who". */
/** "Who", krama "sinten" too. */
const WHO: ReadonlySet<string> = new Set([...WHO_WORDS, 'sinten']);
/**
 * Words that make "who" ask after one person, one's own: "tksk e sopo" (Javanese "-e", the),
 * "tksk kami siapa", "tksk kecamatan saya", "who is our tksk". Without them, "tksk kuwi sopo"
 * asks what a TKSK is.
 */
const OWN_WORDS: ReadonlySet<string> = new Set([...I_WORDS, ...WE_WORDS, 'e', 'ne', 'nya', 'my', 'our', 'kecamatan', 'kec', 'desa', 'kelurahan', 'sini', 'kene', 'wilayah', 'daerah']);
/** Chat around such a question ("di", "nang", "ada", "is", "the"), naming nothing else. */
const AROUND: ReadonlySet<string> = new Set([
  ...TONE_PARTICLES, ...ADDRESS_WORDS, 'di', 'nang', 'neng', 'ning', 'ing', 'ten', 'ana', 'ada', 'ono', 'wonten', 'aya', 'yang', 'yg', 'sing', 'nu', 'ingkang',
  'is', 'are', 'the', 'of', 'in', 'for', 'kantor', 'kantornya', 'office', 'orangnya', 'wonge', 'tiyangipun', 'jalma', 'itu', 'niku', 'nggih', 'to', 'toh',
]);
/** Words that follow "kecamatan"/"desa" as its name ("tksk kecamatan sewon dimana"): one or two. */
const PLACE_WORDS: ReadonlySet<string> = new Set(['kecamatan', 'kec', 'desa', 'kelurahan']);

/** Whether `tokens` (as tokenize gives them) ask where or who the person's own officer is. */
export function asksOwnOfficer(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > 8 || !tokens.some((token) => OFFICER_WORDS.has(token))) return false;
  const where = tokens.some((token) => WHERE_WORDS.has(token));
  const whoOfOwn = tokens.some((token) => WHO.has(token)) && tokens.some((token) => OWN_WORDS.has(token));
  if (!where && !whoOfOwn) return false;
  // Every other word is chat, or up to two words of a place's name after "kecamatan"/"desa".
  const other = tokens.filter((token) => !OFFICER_WORDS.has(token) && !WHERE_WORDS.has(token) && !WHO.has(token) && !OWN_WORDS.has(token) && !AROUND.has(token));
  if (other.length === 0) return true;
  const at = tokens.findIndex((token) => PLACE_WORDS.has(token));
  return at >= 0 && other.length <= 2 && other.every((token) => tokens.slice(at + 1, at + 3).includes(token));
}
