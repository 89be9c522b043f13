/**
 * A greeting clearly in English ("hello", "good morning", "hi there"): the person's language,
 * unlike the English everyone chats in ("ok thanks"). Someone who chose no language is then
 * answered in English, the greeting and the menu, and offered the choice. "halo", "hai",
 * "pagi" and "hello min" are Indonesian chat. A lone "hi" ("hey", "hii") stays courtesy once
 * a conversation is under way, since residents writing Indonesian type it; only as a new
 * person's very first message does it say English (see ../language/guess.ts).
 */

/** The words of an English greeting. */
const ENGLISH_GREETING: ReadonlySet<string> = new Set(['hello', 'hi', 'hey', 'good', 'morning', 'afternoon', 'evening', 'day', 'there', 'everyone', 'all']);

/** The greetings that are English alone only as a first message: courtesy in any language later. */
const COURTESY_GREETING: ReadonlySet<string> = new Set(['hi', 'hey']);

/** A greeting word as typed, stretched or not: "hii", "hiii" are "hi"; "heyy" is "hey". */
function greetingWord(token: string): string {
  if (/^hi{2,}$/u.test(token)) return 'hi';
  if (/^hey{2,}$/u.test(token)) return 'hey';
  return token;
}

/** Whether `tokens` (tokenised) are only a greeting in English: "hello", or two words or more ("hi there", "good morning"). */
export function greetsInEnglish(tokens: readonly string[]): boolean {
  const words = tokens.map(greetingWord);
  return words.length > 0 && words.every((word) => ENGLISH_GREETING.has(word)) && (words.length >= 2 || words[0] === 'hello');
}

/** Whether `tokens` are an English greeting as a first message: any of {@link greetsInEnglish}, or a lone "hi", "hey", "hii". */
export function greetsInEnglishFirst(tokens: readonly string[]): boolean {
  return greetsInEnglish(tokens) || (tokens.length === 1 && COURTESY_GREETING.has(greetingWord(tokens[0]!)));
}
