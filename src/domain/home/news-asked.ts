/**
 * "ada kabar apa?", "ada info terbaru?", "any news?": someone asking what is new, with nothing
 * named. For a leader that is their groups' news (verification, the desa's level), which
 * Kelompok saya shows; anyone else gets the menu, not "belum paham".
 */
import { tokenize } from '../faq/normalize.js';
import { ADDRESS_WORDS } from '../parse/lexicon.js';

/** Words of news: "kabar", "info", "berita", "update", "news". */
const NEWS_WORDS = new Set(['kabar', 'kabare', 'kabarnya', 'info', 'infonya', 'informasi', 'berita', 'beritanya', 'update', 'updatenya', 'apdet', 'news', 'new']);
/** Words around them that ask and name nothing ("ada … apa", "terbaru", "gimana", "hari ini"). */
const AROUND = new Set([
  'ada', 'apa', 'apaan', 'opo', 'naon', 'aya', 'terbaru', 'baru', 'anyar', 'lagi', 'gimana', 'gmn', 'bagaimana', 'piye', 'kumaha', 'hari', 'ini', 'minggu',
  'terkini', 'sekarang', 'skrg', 'yang', 'yg', ...ADDRESS_WORDS, 'ya', 'sih', 'dong', 'nih', 'kah', 'gak', 'ga', 'nggak', 'tidak', 'ora',
  'mboten', 'teu', 'any', 'whats', 'what', 's', 'is', 'there', 'the', 'latest', 'today', 'kami', 'saya', 'kelompok', 'buat', 'untuk', 'for', 'me', 'us',
]);

/** Whether `text` only asks what is new ("ada kabar apa?", "ada info terbaru?", "any news?"). */
export function isNewsAsked(text: string): boolean {
  const tokens = tokenize(text.slice(0, 200));
  return tokens.length <= 6 && tokens.some((token) => NEWS_WORDS.has(token)) && tokens.every((token) => NEWS_WORDS.has(token) || AROUND.has(token));
}
