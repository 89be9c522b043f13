/**
 * An apology ("maaf", "maaf ya min", "sorry") or a complaint about the bot ("bot goblok", "ga
 * guna", "useless bot") typed alone, at the menu or in ❓ Tanya. Read before the words are
 * understood: "maaf" got "belum paham", "sorry" was looked up as the desa Sorry, "ga guna"
 * as the kecamatan Guna, and "bot bodoh" got what the bot is. Only messages made of these
 * words alone: "maaf, cara daftar gimana?" is a question, answered as one.
 */
import { entryButton } from '../../core/menu.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import type { PersonView } from '../../core/ports.js';
import { t } from '../../core/text.js';
import { ADDRESS_WORDS, APOLOGY_WORDS, I_WORDS, TONE_PARTICLES } from '../parse/lexicon.js';
import { tokenize } from './normalize.js';

export type Courtesy = 'apology' | 'complaint';

/** Words that make a message an apology. */
const APOLOGY = APOLOGY_WORDS;

/** Said with an apology, naming nothing ("maaf ya min, ganggu", "sorry about that", "nyuwun sewu"). */
const WITH_APOLOGY = new Set([
  ...TONE_PARTICLES, ...ADDRESS_WORDS, ...I_WORDS, 'yaa', 'admin', 'bang', 'deh', 'banget', 'bgt', 'sekali', 'ganggu', 'mengganggu',
  'mohon', 'nyuwun', 'sebelumnya', 'salah', 'ketik', 'tadi', 'sewu', 'about', 'that', 'my', 'bad', 'im', 'i', 'am', 'so', 'for', 'the', 'mistake', 'typo',
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
  ...TONE_PARTICLES, ...ADDRESS_WORDS, 'bot', 'botnya', 'kamu', 'lu', 'lo', 'loe', 'elu', 'ini', 'itu', 'dasar', 'banget', 'bgt', 'amat', 'sekali', 'deh', 'jawabannya',
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

/** The words of an apology or complaint in English ("sorry", "useless bot", "you are stupid"): no Indonesian one. */
const ENGLISH = new Set([
  'sorry', 'apologies', 'apologize', 'apologise', 'about', 'that', 'my', 'bad', 'im', 'i', 'am', 'so', 'for', 'the', 'mistake', 'typo',
  'useless', 'stupid', 'dumb', 'idiot', 'sucks', 'pointless', 'unhelpful', 'not', 'no', 'helpful', 'help', 'use',
  'bot', 'chatbot', 'you', 'are', 'youre', 'this', 'is', 'a', 'very', 'what', 'at', 'all', 'totally', 'really', 'of', 'answer', 'answers',
]);

/**
 * The language offer after an apology or complaint in English from someone answered in
 * Indonesian who chose no language: "sorry" alone switches nothing (Indonesians say it too,
 * and short English words never switch the language), but an English speaker is shown, in
 * English, where to switch. Empty for anyone else and any other text.
 */
export function englishOfferAfter(text: string, person: Pick<PersonView, 'locale' | 'localeChosen'>): OutboundMessage[] {
  if (person.localeChosen === true || person.locale === 'en' || courtesyOf(text) === null) return [];
  if (!tokenize(text.slice(0, 160)).every((word) => ENGLISH.has(word))) return [];
  return [say(t('home.englishOffer'), [entryButton('language', t('menu.language'))])];
}
