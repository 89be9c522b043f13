/**
 * Which language a message is written in, from its function words and the words of the
 * bot's own commands: English for "what does wksbm stand for", "delete my data", "my groups";
 * Indonesian (or a regional language) for "apa itu wksbm", "hapus data saya"; null when it
 * cannot tell ("wksbm", "data"). Someone who never chose a language is answered in the one
 * their message is in (../language/guess.ts).
 */
import { tokenize } from '../faq/normalize.js';

const EN_WORDS: ReadonlySet<string> = new Set([
  'what', 'does', 'do', 'is', 'are', 'the', 'how', 'who', 'which', 'can', 'my', 'our', 'we', 'i', 'you', 'need', 'stand', 'for', 'want',
  'register', 'village', 'group', 'groups', 'thanks', 'thank', 'hello', 'hi', 'good', 'morning', 'evening', 'afternoon', 'yet', 'much',
  'many', 'cost', 'free', 'mean', 'meaning', 'check', 'please', 'of', 'a', 'an', 'to', 'from', 'runs', 'verifies', 'difference', 'between', 'there',
  // "is wksbm mandatory?": a word of the question, the only English one besides "is".
  'mandatory', 'compulsory', 'obligatory', 'required',
  // The verbs and nouns of the commands and menu words ("delete my data", "withdraw my consent",
  // "change my name", "log an activity"), and the Telegram menu's English commands.
  'delete', 'erase', 'remove', 'show', 'see', 'view', 'withdraw', 'revoke', 'consent', 'change', 'name', 'log', 'activity', 'activities',
  'mydata', 'deletedata', 'withdrawconsent', 'link', 'accounts', 'account', 'ties', 'joint', 'verify', 'officer',
  // "don't keep my data", "I no longer agree": refusing, in English.
  'dont', 'keep', 'agree', 'longer',
  // "after registering what next", "we only have 8 members": a registration's sequel and a small group, asked in English.
  'after', 'registering', 'registered', 'only', 'have', 'members',
]);
/**
 * Indonesian (and regional) words that tell the language. Not built from ../parse/lexicon.ts,
 * though ten of its words are here ("saya", "kami", "mau", "min", "ya", "gimana"): each of its
 * sets also holds words this guess must not count or has never counted. "how" is English;
 * "pak", "bu", "mas", "mbak" open a person's name, typed alike in either language ("Pak Budi");
 * "gw", "pengen" and the rest were never counted, and counting them changes the guess of 227
 * of 12,238 phrases from the tests when measured (most "Bu Sri"). Taking any of them changes
 * which language people are answered in: a change to make on its own, not in passing. The
 * Javanese and Sundanese ones ("kula badhe tanya": null → 'id') are counted below, so made.
 */
const ID_WORDS: ReadonlySet<string> = new Set([
  'apa', 'itu', 'yang', 'saya', 'kami', 'desa', 'sudah', 'belum', 'bagaimana', 'gimana', 'cara', 'daftar', 'kelompok', 'siapa', 'berapa',
  'dan', 'sama', 'dengan', 'untuk', 'ada', 'tidak', 'ga', 'gak', 'mau', 'min', 'kak', 'ya', 'sih', 'dong', 'opo', 'naon', 'teh', 'kuwi',
  'makasih', 'terima', 'kasih', 'halo', 'selamat', 'pagi', 'kegiatan', 'catat', 'bedanya', 'harus', 'apakah', 'boleh', 'bisa',
  // The same commands in Indonesian ("hapus data", "lihat data saya", "tarik persetujuan", "ganti nama").
  'hapus', 'lihat', 'tarik', 'cabut', 'persetujuan', 'ganti', 'nama', 'datasaya', 'hapusdata', 'tarikpersetujuan',
  // Tone particles no English message has: "free kan?", "online aja kan", "free nih?" are Indonesian
  // with one English word (were answered in English with the offer to switch, "free" the only word counted).
  'kan', 'nih', 'kok', 'deh', 'aja', 'gitu',
]);
/**
 * Javanese and Sundanese words no Indonesian nor English message has, counted with the
 * Indonesian ones: the bot answers the regional languages in Indonesian (DOMAIN.md), so "abdi
 * hoyong ngadaptarkeun", "kulo badhe tanglet" from someone guessed English move them to
 * Indonesian (they said no language and stayed English). Their "I" and "want" ("abdi", "kula",
 * "hoyong", "badhe", "arep"), question words, "not"/"already", thanks and particles; not
 * "tos" nor "eta" (English "ToS", "ETA"), nor slang Indonesian ("gw", "pengen"), which the
 * guess above leaves out on purpose.
 */
const REGIONAL_WORDS: ReadonlySet<string> = new Set([
  // Javanese, ngoko and krama.
  'aku', 'kula', 'kulo', 'arep', 'ajeng', 'badhe', 'piye', 'kepiye', 'pripun', 'carane', 'sopo', 'sinten', 'nopo', 'menopo', 'punapa', 'menapa', 'iki', 'niki',
  'sampun', 'dereng', 'durung', 'wis', 'ora', 'mboten', 'nggih', 'nek', 'karo', 'kalih', 'matur', 'nuwun', 'sugeng', 'tanglet', 'takon', 'omah', 'ndaftar',
  'ndaftarke', 'ndaftarne', 'ndaftaraken', 'endi', 'pundi',
  // Sundanese.
  'abdi', 'hoyong', 'bade', 'kumaha', 'carana', 'saha', 'iraha', 'naha', 'ieu', 'teu', 'henteu', 'acan', 'sareng', 'jeung', 'oge', 'mah', 'atuh', 'euy',
  'hatur', 'nuhun', 'punten', 'mangga', 'wilujeng', 'upami', 'tiasa', 'kedah', 'naros', 'bumi', 'imah', 'ngadaptar', 'ngadaftar',
]);
/** Sundanese verbs made with "-keun" ("ngadaptarkeun", "ngalaporkeun"): no Indonesian nor English word ends so. */
const SUNDANESE_VERB = /^\p{L}{3,}keun$/u;

/** Whether `token` is an Indonesian word of the guess, or a regional one answered in Indonesian. */
function isIndonesian(token: string): boolean {
  return ID_WORDS.has(token) || REGIONAL_WORDS.has(token) || SUNDANESE_VERB.test(token);
}

/** English when English words dominate and no Indonesian (or regional) one appears. */
export function languageOf(tokens: readonly string[]): 'en' | 'id' | null {
  const en = tokens.filter((token) => EN_WORDS.has(token)).length;
  const id = tokens.filter(isIndonesian).length;
  if (en >= 2 && id === 0) return 'en';
  if (en >= 1 && id === 0 && tokens.length <= 2) return 'en';
  if (id >= 1 && en === 0) return 'id';
  return null;
}

/** The language of a message's text (its first 1,000 characters, as the understanding reads it). */
export function languageOfText(text: string): 'en' | 'id' | null {
  return languageOf(tokenize(text.slice(0, 1000)).slice(0, 60));
}
