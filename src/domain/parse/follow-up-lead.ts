/**
 * A follow-up's lead: the words that only join it to the answer before ("trus", "nah", "jadi",
 * and "terus gimana, …"), which say nothing of what is asked. "trus apa lg yg kurang" right
 * after a desa's status was read as the general steps for a desa not yet a WKSBM ("terus" asks
 * what next), while "apa yg kurang" was that desa's missing list: the words after the lead are
 * what is read. Alone ("terus?", "trus gimana") the lead is the question, and is kept.
 */
import { DESA_NAME_WORDS, FOLLOW_UP_LEADS, HOW_WORDS, I_WORDS, WE_WORDS } from './lexicon.js';

/** Leads that are as often "become": "jadi desa mandiri gimana" asks how to become a desa mandiri. */
const ALSO_BECOME = new Set(['jadi', 'jd']);
/** Such a lead with a comma (or colon) after it in the text: "jadi, desa sidomulyo gimana?" is "so". */
const BECOME_THEN_COMMA = new Map([...ALSO_BECOME].map((word) => [word, new RegExp(String.raw`(?:^|[^\p{L}])${word}\s*[,;:]`, 'iu')]));
/** "My/our" after "desa": "jadi desa saya udah wksbm belum?" is the person's own desa, so "jadi" is "so". */
const MINE = new Set([...I_WORDS, ...WE_WORDS, 'ku']);

/**
 * `tokens` (a text's words, lower case) without the lead words that open them, and a "how" right
 * after one ("terus gimana, apa yg kurang?"); `tokens` as they are when no lead opens them or
 * nothing follows it.
 */
export function withoutFollowUpLead(tokens: readonly string[], text = ''): readonly string[] {
  let at = 0;
  while (at < tokens.length && FOLLOW_UP_LEADS.has(tokens[at]!) && !becomes(tokens, at, text)) at++;
  if (at > 0 && at < tokens.length && HOW_WORDS.has(tokens[at]!)) at++;
  if (at === 0 || at === tokens.length) return tokens;
  return tokens.slice(at);
}

/**
 * Whether the "jadi" at `at` is "become": before "desa"/"kelurahan" and a word that is not the
 * person's own ("jadi desa mandiri gimana", "jadi desa sehat"). Read as a lead, it made a status
 * question of a desa "Mandiri". A comma after it in `text` ("jadi, desa sidomulyo gimana?") is "so".
 */
function becomes(tokens: readonly string[], at: number, text: string): boolean {
  const comma = BECOME_THEN_COMMA.get(tokens[at]!);
  if (comma === undefined || comma.test(text)) return false;
  const after = tokens[at + 2];
  return DESA_NAME_WORDS.has(tokens[at + 1] ?? '') && after !== undefined && !MINE.has(after);
}
