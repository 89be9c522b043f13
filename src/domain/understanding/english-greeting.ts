/**
 * A greeting clearly in English ("hello", "good morning", "hi there"): the person's language,
 * unlike the English everyone chats in ("ok thanks"). Someone who chose no language is then
 * answered in English, the greeting and the menu, and offered the choice. "halo", "hai",
 * "pagi" and "hello min" are Indonesian chat. A lone "hi" stays courtesy too: residents
 * writing Indonesian type it, and the reading cannot tell their first message from a later one.
 */

/** The words of an English greeting. */
const ENGLISH_GREETING: ReadonlySet<string> = new Set(['hello', 'hi', 'hey', 'good', 'morning', 'afternoon', 'evening', 'day', 'there', 'everyone', 'all']);

/** Whether `tokens` (tokenised) are only a greeting in English: "hello", or two words or more ("hi there", "good morning"). */
export function greetsInEnglish(tokens: readonly string[]): boolean {
  return tokens.length > 0 && tokens.every((token) => ENGLISH_GREETING.has(token)) && (tokens.length >= 2 || tokens[0] === 'hello');
}
