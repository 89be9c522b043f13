/**
 * An apology ("maaf", "maaf ya min", "sorry") or a complaint about the bot ("bot goblok", "ga
 * guna", "useless bot") typed alone, at the menu or in ❓ Tanya. Read before the words are
 * understood: "maaf" got "belum paham", "sorry" was looked up as the desa Sorry, "ga guna"
 * as the kecamatan Guna, and "bot bodoh" got what the bot is. Only messages made of these
 * words alone: "maaf, cara daftar gimana?" is a question, answered as one.
 */
import { tokenize } from './normalize.js';

export type Courtesy = 'apology' | 'complaint';

/** Words that make a message an apology. */
const APOLOGY = new Set(['maaf', 'maap', 'sorry', 'sori', 'sory', 'sorri', 'apologies', 'apologize', 'apologise', 'ngapunten', 'sewu', 'pangapunten', 'hapunten']);

/** Said with an apology, naming nothing ("maaf ya min, ganggu", "sorry about that", "nyuwun sewu"). */
const WITH_APOLOGY = new Set([
  'ya', 'yah', 'yaa', 'min', 'admin', 'kak', 'pak', 'bu', 'mas', 'mbak', 'bang', 'deh', 'nih', 'sih', 'banget', 'bgt', 'sekali', 'ganggu', 'mengganggu',
  'mohon', 'nyuwun', 'sebelumnya', 'salah', 'ketik', 'tadi', 'saya', 'aku', 'sewu', 'about', 'that', 'my', 'bad', 'im', 'i', 'am', 'so', 'for', 'the', 'mistake', 'typo',
]);

/** Words that make a message a complaint about the bot (an insult, "useless"). */
const INSULT = new Set([
  'goblok', 'goblog', 'gblk', 'bodoh', 'bodo', 'tolol', 'oon', 'bego', 'begok', 'dungu', 'payah', 'lemot', 'useless', 'stupid', 'dumb', 'idiot',
  'bloon', 'kampret', 'sucks', 'pointless',
]);

/** "ga guna", "tidak berguna", "gak membantu", "not helpful": a complaint said with a no. */
const NO = new Set(['ga', 'gak', 'nggak', 'ngga', 'enggak', 'tidak', 'tak', 'gk', 'tdk', 'kagak', 'not', 'no', 'unhelpful']);
const HELPS = new Set(['guna', 'berguna', 'membantu', 'bantu', 'helpful', 'help', 'use']);

/** Said with a complaint, naming nothing ("bot ini goblok banget sih", "you are useless"). */
const WITH_COMPLAINT = new Set([
  'bot', 'botnya', 'kamu', 'lu', 'lo', 'loe', 'elu', 'ini', 'itu', 'dasar', 'banget', 'bgt', 'amat', 'sekali', 'ya', 'sih', 'deh', 'nih', 'min', 'jawabannya',
  'jawaban', 'chatbot', 'you', 'are', 'youre', 'this', 'is', 'so', 'a', 'the', 'very', 'what', 'at', 'all', 'totally', 'really', 'of', 'answer', 'answers',
  'sama', 'blas', 'pisan', 'beneran',
]);

/** Whether `text` is only an apology or only a complaint about the bot; null for anything else. */
export function courtesyOf(text: string): Courtesy | null {
  const words = tokenize(text.slice(0, 160));
  if (words.length === 0 || words.length > 8) return null;
  if (words.some((word) => APOLOGY.has(word)) && words.every((word) => APOLOGY.has(word) || WITH_APOLOGY.has(word))) return 'apology';
  const saysNoHelp = words.some((word, i) => HELPS.has(word) && i > 0 && NO.has(words[i - 1]!)) || words.includes('unhelpful');
  if ((saysNoHelp || words.some((word) => INSULT.has(word))) && words.every((word) => INSULT.has(word) || NO.has(word) || HELPS.has(word) || WITH_COMPLAINT.has(word))) {
    return 'complaint';
  }
  return null;
}
