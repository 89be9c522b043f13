/**
 * "ada kabar apa?", "ada info terbaru?", "any news?": someone asking what is new, with nothing
 * named. For a leader that is their groups' news (verification, the desa's level), which
 * Kelompok saya shows; anyone else gets the menu, not "belum paham".
 */
import { tokenize } from '../faq/normalize.js';
import { ADDRESS_WORDS, AGAIN_WORDS } from '../parse/lexicon.js';

/** Words of news: "kabar", "info", "berita", "update", "news". */
const NEWS_WORDS = new Set(['kabar', 'kabare', 'kabarnya', 'info', 'infonya', 'informasi', 'berita', 'beritanya', 'update', 'updatenya', 'apdet', 'news', 'new']);
/** Words around them that ask and name nothing ("ada … apa", "terbaru", "gimana", "hari ini"). */
const AROUND = new Set([
  'ada', 'ana', 'ono', 'apa', 'apaan', 'opo', 'naon', 'aya', 'terbaru', 'baru', 'anyar', ...AGAIN_WORDS, 'sing', 'nu', 'gimana', 'gmn', 'bagaimana', 'piye', 'kumaha', 'hari', 'ini', 'minggu',
  'terkini', 'sekarang', 'skrg', 'yang', 'yg', ...ADDRESS_WORDS, 'ya', 'sih', 'dong', 'nih', 'kah', 'gak', 'ga', 'nggak', 'tidak', 'ora',
  'mboten', 'teu', 'any', 'whats', 'what', 's', 'is', 'there', 'the', 'latest', 'today', 'kami', 'saya', 'kelompok', 'buat', 'untuk', 'for', 'me', 'us',
]);

/** "New", said of what there is ("ada yg baru?", Javanese "ana sing anyar?", Sundanese "aya nu anyar?"). */
const NEW_WORDS: ReadonlySet<string> = new Set(['baru', 'terbaru', 'anyar']);
/** "That" before it: "yang baru", "sing anyar", "nu anyar". */
const THAT_WORDS: ReadonlySet<string> = new Set(['yang', 'yg', 'sing', 'nu']);
/** "There is" or "what" that asks it: "ada yg baru?", "apa yang baru?". */
const IS_THERE: ReadonlySet<string> = new Set(['ada', 'ana', 'ono', 'aya', 'apa', 'opo', 'naon']);

/**
 * Whether `tokens` ask "anything new?" with no word of news: "that new" ("yang baru") after "is
 * there" or "what" ("ada yg baru?", "apa yang baru?"); "kelompok baru", "yang baru daftar" name something.
 */
function asksAnythingNew(tokens: readonly string[]): boolean {
  return tokens.some((token, at) => NEW_WORDS.has(token) && THAT_WORDS.has(tokens[at - 1] ?? '') && IS_THERE.has(tokens[at - 2] ?? ''));
}

/** Whether `text` only asks what is new ("ada kabar apa?", "ada info terbaru?", "any news?", "ada yg baru?"). */
export function isNewsAsked(text: string): boolean {
  const tokens = tokenize(text.slice(0, 200));
  const asks = tokens.some((token) => NEWS_WORDS.has(token)) || asksAnythingNew(tokens);
  return tokens.length <= 6 && asks && tokens.every((token) => NEWS_WORDS.has(token) || AROUND.has(token));
}
