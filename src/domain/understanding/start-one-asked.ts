/**
 * How to start a WKSBM in one's own place, asked with a verb of making and no noun for it:
 * "kalo mau bikin di desa saya gimana", "mau bikin wksbm di desa saya gimana". The FAQ reads
 * "bikin" as "buat", which is also "for" ("wksbm buat apa"), and either misses the question or
 * takes it for the benefits; read here from the words as typed, it gets the how-to answer
 * (the FAQ's `how_to_register`: registering here, and making it official).
 */
import { ADDRESS_WORDS, HOW_WORDS, I_WORDS, IF_WORDS, PLACES_LIVED, TONE_PARTICLES, WANT_WORDS, WE_WORDS } from '../parse/lexicon.js';

/** Verbs of making or starting something, as typed (never "buat", which is also "for"). */
const MAKE_WORDS = new Set([
  'bikin', 'bikinnya', 'membikin', 'bentuk', 'membentuk', 'dibentuk', 'mendirikan', 'dirikan', 'didirikan', 'nyieun', 'ngadegkeun', 'gawe', 'nggawe',
  'damel', 'ndamel', 'start', 'form', 'set', 'setup',
]);
/** "Want", before "buat" ("mau buat di desa kami gimana"), where "buat" is the verb. */
const WANTS = new Set([...WANT_WORDS, 'want']);
/** Places of one's own it is started in: the lexicon's places lived, "padukuhan", "nagari", an RT/RW, a WKSBM. */
const PLACE_WORDS: ReadonlySet<string> = new Set([...PLACES_LIVED, 'padukuhan', 'nagari', 'rw', 'rt', 'wksbm']);
/** The other words such a question has ("kalo", "di", "saya", "caranya"): none names anything else. */
const CHATTER = new Set([
  ...IF_WORDS, ...I_WORDS, ...WE_WORDS, ...ADDRESS_WORDS, ...TONE_PARTICLES, 'di', 'ing', 'neng', 'ning', 'in', 'our', 'my', 'at',
  'i', 'we', 'do', 'can', 'one', 'a', 'an', 'up', 'to', 'the', 'cara', 'caranya', 'carane', 'carana', 'juga', 'sendiri', 'baru', 'new',
  'sini', 'nya', 'tuh', 'atuh', 'mah', 'teh', 'kuwi', 'itu', 'ini',
]);

/** Whether `tokens` (tokenised) ask how to start a WKSBM in the person's place, nothing else. */
export function asksHowToStartOne(tokens: readonly string[]): boolean {
  const makes = tokens.some((token, at) => MAKE_WORDS.has(token) || (token === 'buat' && WANTS.has(tokens[at - 1] ?? '')));
  if (!makes || !tokens.some((token) => HOW_WORDS.has(token)) || !tokens.some((token) => PLACE_WORDS.has(token))) return false;
  return tokens.every((token) => MAKE_WORDS.has(token) || token === 'buat' || WANTS.has(token) || HOW_WORDS.has(token) || PLACE_WORDS.has(token) || CHATTER.has(token));
}
