/**
 * Chat that carries no request: laughter ("wkwk", "hahaha", "awokawok") and calls for
 * attention ("min", "kak", "permisi", "p"). The free-text reading at the main menu and the
 * desa picker both read them from here, so a word taken as laughter in one is so in the other.
 */
import { ADDRESS_WORDS } from './lexicon.js';

/**
 * One word of laughter as typed in chats: "wkwk", "wkwkwk", "wkkwk", "kwkw", "hahaha",
 * "hehe", "hihi", "xixixi", "awokawok", "lol", "lmao". A lone "wk" or "ha" is not.
 */
const LAUGHTER = /^(?:w*k+(?:w+k+)+w*|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|(?:xi){2,}|lol|lmao|haha\w*|hehe\w*|awok(?:awok)*)$/u;

/** Whether `word` (lower case, one word) is laughter. */
export function isLaughter(word: string): boolean {
  return LAUGHTER.test(word);
}

/** Laughing faces and nothing else ("😂😂", "🤣 😅"). */
const LAUGHTER_EMOJI = /^[\s😂🤣😄😆😅😁]+$/u;

/** Whether `text` is only laughing emoji (and spaces). */
export function isLaughingEmoji(text: string): boolean {
  return LAUGHTER_EMOJI.test(text);
}

/** Forms of address and "excuse me" that call for attention when they are all a message says ("min?", "halo kak", "p"). */
const CALLS: ReadonlySet<string> = new Set([
  ...ADDRESS_WORDS, 'mimin', 'admin', 'ka', 'kakak', 'bang', 'gan', 'sis',
  'halo', 'permisi', 'misi', 'punten', 'p', 'ping', 'woi', 'hoi', 'oi',
]);

/** Whether `word` (lower case, one word) calls for attention and says nothing more. */
export function isCall(word: string): boolean {
  return CALLS.has(word);
}

/**
 * Calls the main menu reads otherwise, so apart from {@link isCall}: greetings ("hai",
 * "hello": the FAQ's greeting, where English courtesy sets no language) and "bot" (what the
 * bot is). Where nothing else reads them (a desa asked for), they are calls too.
 */
const CALLS_READ_ELSEWHERE: ReadonlySet<string> = new Set(['hallo', 'hai', 'hi', 'hello', 'bot']);

/** Whether `word` calls for attention, greetings and "bot" included ("hai", "hello", "min"). */
export function isAnyCall(word: string): boolean {
  return CALLS.has(word) || CALLS_READ_ELSEWHERE.has(word);
}
