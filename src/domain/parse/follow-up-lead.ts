/**
 * A follow-up's lead: the words that only join it to the answer before ("trus", "nah", "jadi",
 * and "terus gimana, …"), which say nothing of what is asked. "trus apa lg yg kurang" right
 * after a desa's status was read as the general steps for a desa not yet a WKSBM ("terus" asks
 * what next), while "apa yg kurang" was that desa's missing list: the words after the lead are
 * what is read. Alone ("terus?", "trus gimana") the lead is the question, and is kept.
 */
import { FOLLOW_UP_LEADS, HOW_WORDS } from './lexicon.js';

/**
 * `tokens` (a text's words, lower case) without the lead words that open them, and a "how" right
 * after one ("terus gimana, apa yg kurang?"); `tokens` as they are when no lead opens them or
 * nothing follows it.
 */
export function withoutFollowUpLead(tokens: readonly string[]): readonly string[] {
  let at = 0;
  while (at < tokens.length && FOLLOW_UP_LEADS.has(tokens[at]!)) at++;
  if (at > 0 && at < tokens.length && HOW_WORDS.has(tokens[at]!)) at++;
  if (at === 0 || at === tokens.length) return tokens;
  return tokens.slice(at);
}
