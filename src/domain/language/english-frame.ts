/**
 * An English question frame around words the language reading cannot place: "is panggungharjo
 * registered?", "has glugo joined yet", "what is the status of sidomulyo". A desa's name counts
 * as no language, so such a question held one English word ("is") against none, too few to
 * say English, and was answered in Indonesian. The frame itself says English: its first word
 * and its last are English and no Indonesian question starts so.
 */

/** Words an English yes/no question starts with. */
const FRAME_STARTS: ReadonlySet<string> = new Set(['is', 'are', 'has', 'have', 'does', 'did', 'was']);

/** The words such a question about a desa or a group ends with ("… registered", "… joined", "… signed up"). */
const FRAME_ENDS: ReadonlySet<string> = new Set(['registered', 'joined', 'listed', 'enrolled', 'verified', 'recorded', 'up', 'member']);

/** Words said after that last word ("… registered yet", "… joined already?", "… registered with wksbm"). */
const AFTER_END: ReadonlySet<string> = new Set(['yet', 'already', 'wksbm', 'with', 'in', 'as', 'a']);

/**
 * "… already or not yet?", "… yet or not", "… or not yet": whether, asked in English after a
 * name ("panggungharjo already or not yet?"), with "yet" the only word the reading counts.
 */
const ALREADY_OR_NOT_END = /(?:^|\s)(?:(?:already|yet)\s+or\s+not(?:\s+yet)?|or\s+not\s+yet)$/u;

/**
 * Whether `tokens` (tokenised, lower case) are an English question frame ({@link FRAME_STARTS} …
 * {@link FRAME_ENDS}, "status of …", or "… already or not yet", {@link ALREADY_OR_NOT_END}).
 */
export function asksInEnglishFrame(tokens: readonly string[]): boolean {
  if (ALREADY_OR_NOT_END.test(tokens.join(' '))) return true;
  if (tokens.some((token, at) => token === 'status' && tokens[at + 1] === 'of' && tokens.slice(0, at).some((before) => before === 'what' || before === 'whats'))) return true;
  const words = [...tokens];
  while (words.length > 2 && AFTER_END.has(words.at(-1)!)) words.pop();
  return words.length >= 3 && FRAME_STARTS.has(words[0]!) && FRAME_ENDS.has(words.at(-1)!);
}
