/**
 * A typed yes or no, as people write it in a chat: Indonesian, slang, Javanese, Sundanese
 * and English ("iya", "yoi", "nggih", "sampun", "muhun", "enya", "gak", "mboten", "henteu"), with the
 * punctuation and emoji around it dropped ("Ya!", "✅ ya", "tidak."). Steps that ask a yes/no
 * question take it besides their buttons. "belum" (not yet) is neither: at a confirmation it
 * would decline what the person only means to answer later; where a step offers "Nanti", it
 * is that ({@link isLater}).
 */

import { simplifyLabel } from '../../core/button-label.js';
import { BUT_WORDS, alternation } from './lexicon.js';
import { NOT_WORDS, REGIONAL_NOT_WORDS } from './negation.js';
import { dropTrailingParticles } from './particles.js';

const YES = new Set([
  'ya', 'iya', 'iyaa', 'y', 'yes', 'yup', 'yap', 'yoi', 'betul', 'benar', 'bener', 'ok', 'oke', 'okay', 'sip', 'siap', 'boleh',
  'ya betul', 'ya benar', 'ya bener', 'iya betul', 'iya benar', 'iya bener', 'sudah benar', 'sudah betul', 'udah benar', 'udah bener',
  'betul sekali', 'benar sekali', 'bener banget', 'setuju', 'setujui', 'acc', 'nggih', 'enggih', 'inggih', 'leres', 'muhun', 'sumuhun', 'leres pisan',
  // Javanese "iyo", "injih"; "yakin" answers "Yakin …?"; "hooh"/"heeh" are a spoken yes, typed "ho oh" too; "iy" is "iya" cut short.
  'iyo', 'injih', 'nggeh', 'yakin', 'hooh', 'ho oh', 'heeh', 'iy', 'yep', 'yeah', 'sure',
  // Javanese "sampun" (already: "yes, that's it"), Sundanese "enya"/"enyaa", and "satuju" (agree: was read as a desa's name after the data notice).
  'sampun', 'sampun leres', 'enya', 'satuju',
  // Sundanese and Javanese "mangga" (go ahead), before a yes or alone ("mangga, satuju"): was no answer at the data notice.
  'mangga', 'monggo', 'mongga',
]);
const NO = new Set([
  ...NOT_WORDS, ...REGIONAL_NOT_WORDS, 'bukan', 'no', 'nope', 'henteu',
  'tidak ada', 'gak ada', 'ga ada', 'nggak ada', 'salah', 'keliru', 'bukan itu', 'bukan ini', 'tolak',
  // "I don't want to": Indonesian "gak mau", "ogah", Javanese "emoh"/"moh"/"wegah".
  'tidak mau', 'gak mau', 'ga mau', 'nggak mau', 'ngga mau', 'gk mau', 'tdk mau', 'ogah', 'emoh', 'moh', 'wegah',
]);

/** One-word answers, for answers made of several ("iyaa bener", "ya boleh", "iya setuju", "gak bukan"). */
const YES_WORDS = new Set([...YES].filter((answer) => !answer.includes(' ')));
const NO_WORDS = new Set([...NO].filter((answer) => !answer.includes(' ')));

/** A word with its letters held down collapsed ("iyaaa" → "iya", "okee" → "oke", "siappp" → "siap"). */
function unstretched(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}

/** Whether every word is one of `set`, as typed or unstretched ("nggak" stays, "iyaaa" is "iya"). */
function allIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.length > 0 && words.every((word) => set.has(word) || set.has(unstretched(word)));
}

/** "gak mau ah", "emoh lho": exclamations that end a short answer here, besides the usual particles. */
const EXCLAMATIONS = new Set(['ah', 'aah', 'lho', 'loh']);

/** The answer simplified as a typed button label, without the particles after it ("iya min", "simpan aja", "gak mau ah"). */
function plainAnswer(text: string): string {
  const words = simplifyLabel(text).split(' ');
  while (words.length > 1 && EXCLAMATIONS.has(words.at(-1)!)) words.pop();
  return dropTrailingParticles(words, { keep: 1, just: true }).join(' ');
}

/**
 * A thumbs-up (or a ✅, an 👌) typed alone is a yes, a thumbs-down a no; a 🙏 or a smile
 * beside it changes nothing ("🙏👍"). A 🙏 alone is a thanks, not an answer. Skin tones and
 * the emoji variation selector are ignored.
 */
const YES_EMOJI = new Set(['👍', '👌', '✅', '✔', '☑', '🆗']);
const NO_EMOJI = new Set(['👎']);
const ALONG_EMOJI = new Set(['🙏', '🙂', '😊', '😁', '😀', '🤝']);

function emojiAnswer(text: string): 'yes' | 'no' | null {
  const symbols = [...text.replace(/[\u{1F3FB}-\u{1F3FF}\uFE0F\s.!,]/gu, '')];
  if (symbols.length === 0 || symbols.some((symbol) => !YES_EMOJI.has(symbol) && !NO_EMOJI.has(symbol) && !ALONG_EMOJI.has(symbol))) return null;
  const yes = symbols.some((symbol) => YES_EMOJI.has(symbol));
  const no = symbols.some((symbol) => NO_EMOJI.has(symbol));
  return yes === no ? null : yes ? 'yes' : 'no';
}

/** Words after the first comma that take back a yes before it ("ya, tapi nanti"): the lexicon's "but", "nanti", "belum". */
const HEDGES = new RegExp(String.raw`\b(?:${alternation(BUT_WORDS, ['nanti', 'belum'])})\b`, 'i');

/** What a yes/no question may add to the reading. */
export interface YesNoQuestion {
  /**
   * The question's own verb ("tolak" at "Tolak …? ❌ Ya, tolak"): said back, with or without
   * a yes ("iya tolak aja", "tolak"), it is a yes. Without it "iya tolak" stays unread: at a
   * "Setujui?" it would mean no.
   */
  readonly action?: readonly string[];
}

/**
 * 'yes', 'no', or null when the text is neither. A yes or no before a comma counts when what
 * follows only explains it ("gak, kami belum punya SK bareng", "bener kok, kami ikut").
 */
export function yesOrNo(text: string, question: YesNoQuestion = {}): 'yes' | 'no' | null {
  const whole = readYesNo(text, question);
  if (whole !== null) return whole;
  const comma = text.indexOf(',');
  if (comma <= 0) return null;
  const head = readYesNo(text.slice(0, comma), question);
  return head === 'yes' && HEDGES.test(text.slice(comma)) ? null : head;
}

function readYesNo(text: string, { action = [] }: YesNoQuestion): 'yes' | 'no' | null {
  const plain = plainAnswer(text);
  const said = plain.split(' ');
  if (action.length > 0 && said.some((word) => action.includes(word))) {
    // "iya tolak aja", "tolak": the verb said back; what is left around it answers.
    const rest = said.filter((word) => !action.includes(word));
    return rest.length === 0 ? 'yes' : readYesNo(rest.join(' '), {});
  }
  if (plain === '') return emojiAnswer(text);
  if (YES.has(plain)) return 'yes';
  if (NO.has(plain)) return 'no';
  const words = plain.split(' ');
  if (allIn(words, YES_WORDS)) return 'yes';
  if (allIn(words, NO_WORDS)) return 'no';
  // "iya bener kami ikut kok", "iya tarik aja": a yes first, then words that only go along
  // with it; any no, hedge or question among them ("ya tapi…", "ya ampun") leaves it unread.
  const [first = '', ...rest] = words;
  if (rest.length > 0 && rest.length <= 6 && allIn([first], YES_WORDS) && !STARTS_A_SENTENCE.has(first) && !rest.some((word) => NO_WORDS.has(word) || NOT_ALONG.has(word))) return 'yes';
  return null;
}

/**
 * Yes words that, first of several, begin a sentence rather than a yes ("sampun ganti
 * ketuane" is "(it) already changed"): a yes only alone or among yes words ("sampun leres").
 */
const STARTS_A_SENTENCE = new Set(['sampun']);

/** Words after a yes that take it back or make the message something else. */
const NOT_ALONG = new Set([
  ...BUT_WORDS, 'nanti', 'ntar', 'belum', 'blm', 'kalau', 'kalo', 'klo', 'jika', 'mungkin', 'ragu', 'gimana', 'bagaimana', 'gmn',
  'apa', 'apakah', 'kenapa', 'siapa', 'kapan', 'berapa', 'mana', 'ampun', 'allah', 'tuhan', 'gusti', 'salah', 'jangan', 'gausah', 'batal', 'kecuali',
  // "ok thanks", "iya makasih": a thank-you, not an answer.
  'thanks', 'thank', 'thx', 'makasih', 'terima', 'trims', 'tq', 'nuwun', 'hatur',
]);

const SAVE = new Set([
  'simpan', 'save', 'ok simpan', 'oke simpan', 'simpan sekarang', 'catat', 'ok catat', 'oke catat', 'kirim', 'lanjut', 'lanjutkan', 'lanjutin',
  // English without a yes in front ("ok save it" is read as a yes): "save it", "save this".
  'save it', 'save this', 'save that', 'save now', 'save it now', 'please save', 'save please', 'please save it',
]);

/** True for a typed "save" at a summary: "simpan", "ok simpan", "simpan aja", "sudah benar", "iya", "udh bener simpan aja". */
export function isSaveAnswer(text: string): boolean {
  if (SAVE.has(plainAnswer(text)) || yesOrNo(text) === 'yes') return true;
  // "udah itu aja, simpan", "udh bener simpen": the word "simpan" with nothing against it.
  const words = simplifyLabel(text).split(/[\s,]+/);
  return words.some((word) => word === 'simpan' || word === 'simpen') && words.length <= 7 && !words.some((word) => NO_WORDS.has(word) || NOT_ALONG.has(word) || word === 'ubah');
}

const LATER = new Set([
  'nanti', 'nanti aja', 'nanti saja', 'nanti dulu', 'nanti ya', 'ntar', 'ntar aja', 'ntar dulu', 'entar', 'entar aja', 'entar dulu', 'belum', 'belum tahu', 'belum tau',
  'belum pasti', 'belum yakin', 'tunggu', 'tunggu dulu', 'lewati', 'lewati dulu', 'skip', 'skip dulu', 'later', 'not now', 'not yet',
  'mengko', 'mengko wae', 'mangke', 'mangke rumiyin', 'engke', 'engke heula', 'engke wae',
]);

/**
 * True when the text puts the answer off ("nanti", "belum", "ntar aja", "skip", Javanese
 * "mengko"/"mangke", Sundanese "engké"): for steps that offer a "Nanti" (later) button.
 */
export function isLater(text: string): boolean {
  return LATER.has(simplifyLabel(text)) || LATER.has(plainAnswer(text));
}

const RESUBMIT = new Set(['kirim', 'kirim ulang', 'kirim lagi', 'kirim ulang ke petugas', 'ajukan ulang', 'ajukan lagi', 'resubmit', 'send', 'send again']);

/** True for a typed "send it back" where a rejected group or activity is fixed: "kirim ulang", "kirim lagi aja". */
export function isResubmitAnswer(text: string): boolean {
  const plain = plainAnswer(text);
  if (RESUBMIT.has(plain)) return true;
  // "udah, kirim", "ok kirim", "sip kirim ulang": a word saying it is ready, then the send; at
  // most two such words, and nothing else ("belum, kirim nanti" stays unread).
  const words = plain.split(/[\s,.]+/).filter((word) => word !== '');
  let start = 0;
  while (start < Math.min(2, words.length - 1) && READY.has(words[start]!)) start++;
  return start > 0 && RESUBMIT.has(words.slice(start).join(' '));
}

/** Words saying a correction is done, before "kirim": a yes, or "udah"/"sudah". */
const READY = new Set([...YES_WORDS, 'udah', 'sudah', 'udh', 'sdh', 'dah', 'wis', 'uwis', 'done']);
