/**
 * "apa lagi yang kurang", "what is still missing for my village?": what a desa still lacks
 * for its WKSBM status ("kurang" with a question word and nothing else of substance). At
 * the menu it is the person's own desa's status (../understanding/understand.ts); at a
 * group's screen in 👥 Kelompok saya, the status of that group's desa.
 */
import { AGAIN_WORDS, ADDRESS_WORDS, FOLLOW_UP_LEADS, I_WORDS, TONE_PARTICLES, WE_WORDS } from './lexicon.js';
import { words } from './text.js';

/** "Missing": what a desa still lacks. */
const MISSING = new Set(['kurang', 'kurangnya', 'kekurangan', 'missing', 'lacking', 'lack', 'kirang', 'kirangna', 'kurange', 'kirangipun']);
/** The question word it needs ("what's" is one word once its apostrophe is dropped); Sundanese "naon", Javanese "opo", krama "nopo". */
const ASKING = new Set(['apa', 'apalagi', 'what', 'whats', 'naon', 'opo', 'nopo', 'punapa', 'menapa']);
/** Words around such a question that name nothing ("apa lagi yang masih kurang di desa kami"). */
const MISSING_CHATTER = new Set([
  ...TONE_PARTICLES, ...ADDRESS_WORDS, ...I_WORDS, ...WE_WORDS, ...AGAIN_WORDS, ...FOLLOW_UP_LEADS, 'apa', 'apalagi', 'yang', 'yg', 'masih', 'aja', 'saja', 'nya', 'di', 'desa',
  'desaku', 'buat', 'untuk', 'what', 'is', 'still', 'for', 'my', 'our', 'village', 'else', 's', 'sekarang', 'skrg',
  // The goal said after it ("… supaya desa saya wksbm aktif", "… to become active"): still the person's own desa.
  'supaya', 'biar', 'agar', 'menjadi', 'wksbm', 'aktif', 'tumbuh', 'to', 'become', 'be', 'active',
  // Sundanese: "naon deui nu kirang supados desa abdi wksbm aktif", "naon keneh nu kirang".
  'deui', 'nu', 'keneh', 'supados', 'sangkan', 'ambeh', 'janten', 'kang', 'akang', 'teteh',
  // Javanese: "opo sing kurang?", "kurange opo wae?", "kurang opo meneh?", krama "nopo ingkang kirang?".
  'sing', 'ingkang', 'wae', 'meneh', 'maneh', 'malih', 'isih', 'tasih', 'desane',
  // "what do we still lack?"
  'do', 'does', 'we',
]);

/** Whether `tokens` (a text's words, lower case, apostrophes dropped) ask what a desa still lacks (see the file's comment). */
export function missingAskedIn(tokens: readonly string[]): boolean {
  return (
    tokens.some((token) => MISSING.has(token)) &&
    tokens.some((token) => ASKING.has(token)) &&
    tokens.every((token) => MISSING.has(token) || ASKING.has(token) || MISSING_CHATTER.has(token))
  );
}

/** Whether `text` asks what a desa still lacks, read as {@link missingAskedIn} reads its words. */
export function missingAsked(text: string): boolean {
  return missingAskedIn(words(text.slice(0, 1000)));
}
