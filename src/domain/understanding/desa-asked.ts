/**
 * A desa perhaps named in a yes/no question about being a WKSBM, with no "sudah/belum" to
 * mark it as a status question: "Timbulharjo wksbm gak?", "di sidomulyo ada wksbm nya gak",
 * "caturtunggal depok sleman termasuk wksbm?". Read whole, the FAQ takes such a message for
 * what WKSBM is (the only words it knows are "wksbm" and "gak"). The words left are only a
 * candidate: the menu looks them up (home/place-named.ts) and answers the FAQ's reading when
 * no desa is called that. A name asked whether it is registered ("is sidomulyo registered?",
 * {@link nameAskedWhetherRegistered}) may be a desa's or a group's: the menu looks up both.
 */
import type { FaqMatcher } from '../faq/matcher.js';
import { tokenize } from '../faq/normalize.js';
import { ADDRESS_WORDS, ALREADY_WORDS, HOW_WORDS, IF_WORDS, I_WORDS, NOT_YET_WORDS, TONE_PARTICLES, WE_WORDS } from '../parse/lexicon.js';
import { SUNDANESE_PARTICLES } from '../parse/particles.js';
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

/** "Not yet", ending the question ("… udh blm?", "… wes durung?", krama "dereng", Sundanese "teu acan", "… or not yet?"). */
const NOT_YET = new Set([...NOT_YET_WORDS, 'yet']);
/** Words between them, naming nothing: "or", "wksbm", a yes/no tag, a call or particle ("udah apa belum min"). */
const ALREADY_CHATTER = new Set([
  ...ALREADY_WORDS, ...NOT_YET, ...YES_NO_TAGS, ...ADDRESS_WORDS, ...TONE_PARTICLES, ...SUNDANESE_PARTICLES,
  'atau', 'ato', 'apa', 'opo', 'naon', 'or', 'not', 'wksbm', 'wksbmnya', 'jadi', 'dadi', 'jd', 'masuk', 'nggih', 'yo', 'to', 'tah',
]);
/**
 * "If", "then", "how" before the name ("kalo cipete udh blm?", "terus sidoarum udah belum?",
 * Javanese "nek panggungharjo wis durung?", Sundanese "kumaha panggungharjo tos acan?").
 */
const LEADING = new Set([...IF_WORDS, ...HOW_WORDS, 'terus', 'trus', 'trs', 'lalu', 'nah', 'btw']);

/**
 * The words of a desa perhaps named bare before "already … not yet?" ("cipete udh blm?",
 * "panggungharjo wes durung?", "sidoarum tos teu acan?"), or null. The name leads (after an
 * "if", "then" or "how" at most) and the rest only asks whether; with no word for desa, that is all
 * that marks it as one, so the words are only a candidate, as in {@link desaAskedWhetherWksbm}:
 * the menu looks them up, and only a desa called so counts. With `faq`, a word the FAQ knows
 * is no name (the menu, where anything may be asked); without, where a desa is asked (the
 * status check's question), any word may be one: the search says when no desa is called so.
 */
export function desaAskedAlreadyOrNot(text: string, faq?: FaqMatcher): string | null {
  const tokens = tokenize(text.slice(0, 200));
  const start = LEADING.has(tokens[0] ?? '') ? 1 : 0;
  const end = tokens.findIndex((token, at) => at >= start && ALREADY_WORDS.has(token));
  if (end <= start || !NOT_YET.has(tokens.findLast((token) => !ADDRESS_WORDS.has(token) && !TONE_PARTICLES.has(token)) ?? '')) return null;
  if (!tokens.slice(end).every((token) => ALREADY_CHATTER.has(token))) return null;
  const name = tokens.slice(start, end);
  if (name.length > MAX_PLACE_WORDS || name[0]!.length < MIN_NAME_LENGTH) return null;
  if (!name.every((token) => token.length >= 4 && /^\p{L}+$/u.test(token) && !QUALITIES.has(token) && (faq === undefined || unknownToFaq(token, faq)))) return null;
  return name.join(' ');
}

/** A word the FAQ's phrasings do not know (read as itself, scoring no topic), as names are. */
function unknownToFaq(token: string, faq: FaqMatcher): boolean {
  const explained = faq.explain(token);
  return !explained.guessed && explained.candidates.length === 0 && explained.words.length === 1 && explained.words[0] === token;
}

/**
 * The word that makes a question one of being registered ("… sudah terdaftar?", "is … registered?"),
 * or of having joined, which asks the same in English ("has … joined?").
 */
const REGISTERED = new Set(['terdaftar', 'registered', 'kedaftar', 'tedaftar', 'joined']);
/** Words around such a question that name nothing. */
const REGISTERED_CHATTER = new Set([
  ...YES_NO_END, ...REGISTERED, ...ADDRESS_WORDS, ...TONE_PARTICLES, ...ALREADY_WORDS, 'is', 'are', 'was', 'yet',
  'apakah', 'apa', 'itu', 'ini', 'kok', 'tuh', 'teh', 'mah', 'or', 'not', 'atau', 'ato', 'blom', 'has', 'have',
]);
/** What one joins, said after "joined" ("has … joined wksbm?", "… joined the wksbm yet?"): no part of the name. */
const JOINED_WHAT = new Set(['wksbm', 'wksbmnya', 'the', 'a']);
/**
 * Words that say the question is of something else: the person's own (another reading asks
 * which), WKSBM or a desa (./desa-asked.ts above, the status check), or how, when, where.
 */
const NOT_A_NAME = new Set([
  ...I_WORDS, ...WE_WORDS, 'my', 'our', 'i', 'me', 'am', 'we', 'us', 'you', 'ku', 'mu', 'kamu', 'anda', 'they', 'them', 'their',
  'wksbm', 'wksbmnya', 'desa', 'village', 'kelurahan', 'kalurahan', 'kampung', 'dusun',
  'how', 'cara', 'caranya', 'gimana', 'gmn', 'bagaimana', 'gmana', 'where', 'dimana', 'mana', 'when', 'kapan', 'siapa', 'who', 'berapa', 'why', 'kenapa', 'mengapa',
  'can', 'bisa', 'bs', 'harus', 'must', 'to', 'get', 'be', 'mau', 'ingin', 'pengen', 'supaya', 'agar', 'biar', 'syarat', 'sebagai', 'as', 'di', 'in', 'dengan', 'with',
]);
/** The most words a group's or desa's name takes here ("karang taruna tunas muda"). */
const MAX_NAME_WORDS = 5;

/**
 * The name asked about in a question of whether it is registered, with no desa, village or
 * WKSBM named ("is sidomulyo registered?", "sidomulyo sudah terdaftar?", "apakah karang
 * taruna tunas muda sudah terdaftar belum"), or has joined ("has sidomulyo joined wksbm?"), or null. The FAQ reads such a question as how
 * to register; the name may be a desa's or a group's, so the menu looks up both
 * (home/place-named.ts) and answers the FAQ when it is neither.
 */
export function nameAskedWhetherRegistered(text: string): string | null {
  const tokens = tokenize(text.slice(0, 200));
  const last = tokens.findLastIndex((token) => REGISTERED.has(token));
  if (last < 0) return null;
  // "has sidomulyo joined wksbm?": what was joined is no part of the name.
  const joined = tokens[last] === 'joined';
  const around = (token: string, at: number) => REGISTERED_CHATTER.has(token) || (joined && at > last && JOINED_WHAT.has(token));
  // Only chatter after it ("… terdaftar belum min?"): "terdaftar di mana" asks something else.
  if (!tokens.every((token, at) => at <= last || around(token, at))) return null;
  const rest = tokens.filter((token, at) => !around(token, at));
  if (rest.length === 0 || rest.length > MAX_NAME_WORDS || rest.some((token) => NOT_A_NAME.has(token))) return null;
  if (rest.join('').length < 4 || !rest.some((token) => /^\p{L}{3,}$/u.test(token))) return null;
  return rest.join(' ');
}
