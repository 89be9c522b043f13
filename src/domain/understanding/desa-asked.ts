/**
 * A desa perhaps named in a yes/no question about being a WKSBM, with no "sudah/belum" to
 * mark it as a status question: "Timbulharjo wksbm gak?", "di sidomulyo ada wksbm nya gak",
 * "caturtunggal depok sleman termasuk wksbm?". Read whole, the FAQ takes such a message for
 * what WKSBM is (the only words it knows are "wksbm" and "gak"). The words left are only a
 * candidate: the menu looks them up (home/place-named.ts) and answers the FAQ's reading when
 * no desa is called that.
 */
import type { FaqMatcher } from '../faq/matcher.js';
import { tokenize } from '../faq/normalize.js';
import { ADDRESS_WORDS, TONE_PARTICLES } from '../parse/lexicon.js';
import { YES_NO_TAGS } from '../parse/negation.js';

/** Tags that end a yes/no question ("… gak?", "… ora?", "… teu?"), and here also "not"/"not yet" ("… bukan?", "… belum?"). */
const YES_NO_END = new Set([...YES_NO_TAGS, 'bukan', 'bkn', 'belum', 'blm', 'durung', 'dereng']);
/** Words that make the question one of belonging ("termasuk wksbm?"), with or without a tag. */
const BELONGS = new Set(['termasuk', 'tergolong', 'kalebu', 'kagolong']);
/** Words around such a question that name no desa. */
const CHATTER = new Set([
  ...YES_NO_END, ...BELONGS, 'wksbm', 'wksbmnya', 'nya', 'di', 'ing', 'ning', 'neng', 'nang', 'desa', 'kelurahan', 'kalurahan', 'kampung', 'ada', 'ono', 'wonten',
  ...ADDRESS_WORDS, ...TONE_PARTICLES, 'aya', 'punya', 'apa', 'apakah', 'opo', 'naon', 'itu', 'ini', 'iku', 'kuwi', 'teh', 'mah',
  'bang', 'is', 'a', 'an', 'sebuah', 'salah', 'satu', 'nggih', 'yo', 'to', 'tah', 'jadi', 'dadi', 'jd',
]);
/**
 * Words that say how WKSBM is ("wksbm gampang gak?") and that some desa are also called
 * (Gampang, Lancar): never read as a desa here.
 */
const QUALITIES = new Set(['gampang', 'lancar', 'beneran', 'bener', 'berguna', 'efektif', 'berhasil', 'sukses', 'bermanfaat', 'terkenal', 'populer', 'mahal', 'murah', 'ribet', 'rumit', 'berat']);
/** Shorter first words are too often a word of the question ("maju", "bagus"). */
const MIN_NAME_LENGTH = 6;
/** The most words a desa's name with its kecamatan and kabupaten takes here. */
const MAX_PLACE_WORDS = 3;

/**
 * The words of a desa possibly asked about in `text` ("timbulharjo", "caturtunggal depok
 * sleman"), or null. Every word left must be unknown to the FAQ's phrasings, so "wksbm
 * wajib gak?" or "wksbm gratis gak?" never becomes a search for a desa called "wajib".
 */
export function desaAskedWhetherWksbm(text: string, faq: FaqMatcher): string | null {
  const tokens = tokenize(text.slice(0, 200));
  if (!tokens.includes('wksbm') && !tokens.includes('wksbmnya')) return null;
  // "ada wksbm di ngestiharjo?": whether there is one, asked.
  const thereIs = tokens[0] === 'ada' && /\?\s*$/u.test(text);
  if (!YES_NO_END.has(tokens.at(-1) ?? '') && !tokens.some((token) => BELONGS.has(token)) && !thereIs) return null;
  const rest = tokens.filter((token) => !CHATTER.has(token));
  if (rest.length === 0 || rest.length > MAX_PLACE_WORDS) return null;
  // The desa's own name comes first and is long ("Gampang", "Maju" are words too); its
  // kecamatan or kabupaten after it may be short ("depok").
  if ((rest[0]?.length ?? 0) < MIN_NAME_LENGTH) return null;
  if (!rest.every((token) => token.length >= 4 && /^\p{L}+$/u.test(token) && !QUALITIES.has(token) && unknownToFaq(token, faq))) return null;
  return rest.join(' ');
}

/** A word the FAQ's phrasings do not know (read as itself, scoring no topic), as names are. */
function unknownToFaq(token: string, faq: FaqMatcher): boolean {
  const explained = faq.explain(token);
  return !explained.guessed && explained.candidates.length === 0 && explained.words.length === 1 && explained.words[0] === token;
}
