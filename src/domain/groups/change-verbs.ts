/**
 * The words a change to one's group is asked with, for the readers of ./change-said.ts: the
 * request's opening ("saya mau", "tolong", Sundanese "abdi bade") and the regional verbs. Each of
 * those readers lists its own Indonesian and English verbs (a change with its value, a verb then
 * the value, a field asked for alone); the Javanese and Sundanese ones are the same in all three,
 * so they are written once here ("abdi bade ngarobih jadwal …" was not understood at the menu).
 */
import { I_WORDS, WANT_WORDS, WE_WORDS, alternation } from '../parse/lexicon.js';

/**
 * Javanese ("ngowahi", "ngganti", krama "nggantos") and Sundanese ("ngarobih", "robih", "gentos",
 * "ngagentos", "ngaganti", "ngarobah") verbs of changing, as a regex alternation.
 */
export const REGIONAL_CHANGE_VERBS = alternation([
  'ngowahi', 'owahi', 'diowahi', 'ngganti', 'nggantos', 'gantos',
  'ngarobih', 'robih', 'dirobih', 'ngarobah', 'robah', 'gentos', 'ngagentos', 'digentos', 'ngaganti',
]);

/** A please before the verb, or in place of "want" ("tolong", "mohon", "please"). */
const PLEAS = ['tolong', 'mohon', 'please'];

/**
 * What may come before the verb, as a regex (each part followed by spaces, all optional): a
 * please ("tolong", "mohon", Sundanese "punten"), "I" or "we", then "want" ("saya mau ubah …",
 * "abdi bade ngarobih …", "kula badhe ngowahi …").
 */
export const CHANGE_REQUEST_BEFORE = String.raw`(?:(?:${alternation(PLEAS, ['punten'])})\s+)?(?:(?:${alternation(I_WORDS, WE_WORDS)})\s+)?(?:(?:${alternation(WANT_WORDS, PLEAS)})\s+)?`;

/** "Becomes" between a field and its new value, Sundanese "janten" and Javanese krama "dados" with the rest. */
export const BECOMES = 'jadi|jd|menjadi|dadi|dados|janten';
