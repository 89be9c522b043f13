/**
 * Whether WKSBM itself is official, asked: "wksbm itu resmi?", "is wksbm official?", "wksbm legit
 * ga sih". Answered with its legal basis (the FAQ's `legal_basis`: a Permensos regulates it), not
 * how a WKSBM is formed, which the FAQ's phrasings picked: they read "resmi" as "meresmikan" (to
 * make it official in a desa), and "cara meresmikan wksbm" stays that.
 */

/** Official, legitimate, as typed in Indonesian, slang and English. */
const OFFICIAL_WORDS: ReadonlySet<string> = new Set(['resmi', 'official', 'legit', 'legal', 'sah', 'diakui']);
/** WKSBM named, as people type it. */
const WKSBM_WORDS: ReadonlySet<string> = new Set(['wksbm', 'wkbsm', 'wksm']);
/** Words of making it official or of how: then it is how a WKSBM is formed, not whether it is official. */
const MAKING_WORDS: ReadonlySet<string> = new Set([
  'cara', 'caranya', 'gimana', 'gmn', 'bagaimana', 'how', 'meresmikan', 'diresmikan', 'peresmian', 'bikin', 'membuat', 'buat', 'bentuk', 'membentuk', 'daftar', 'mendaftar',
  'supaya', 'agar', 'biar', 'jadi', 'menjadi', 'become', 'make', 'kelompok', 'group', 'desa', 'village', 'bot',
]);
/** The most words of such a question: more is a story that only mentions it. */
const MAX_WORDS = 8;

/** Whether `tokens` (as tokenize gives them) ask whether WKSBM is official. */
export function asksOfficial(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return false;
  return tokens.some((token) => WKSBM_WORDS.has(token)) && tokens.some((token) => OFFICIAL_WORDS.has(token)) && !tokens.some((token) => MAKING_WORDS.has(token));
}
