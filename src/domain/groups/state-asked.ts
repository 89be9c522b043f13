/**
 * The state of the group on screen asked there, in few words: "statusnya gimana", "sudah
 * diverifikasi belum", "status kelompok ini apa", "udah aktif belum kelompok ini", "is it
 * verified yet". At a group's screen in 👥 Kelompok saya such a question is about that group:
 * it was refused ("choose a button"), searched as a desa called "kelompok", or taken for a
 * desa's status with the desa asked. A desa or anything else named ("status desa sidomulyo",
 * "kapan diverifikasi") is not read here: the words around must be only chat.
 */
import { words } from '../parse/text.js';
import { ADDRESS_WORDS, ALREADY_WORDS, HOW_WORDS, I_WORDS, TONE_PARTICLES, WE_WORDS } from '../parse/lexicon.js';
import { NOT_WORDS } from '../parse/negation.js';

/** Words of a group's state: its status, being verified, being active. */
const STATE_WORDS: ReadonlySet<string> = new Set([
  'status', 'statusnya', 'statuse', 'statusna', 'verifikasi', 'diverifikasi', 'terverifikasi', 'verif', 'aktif', 'disetujui', 'diterima', 'verified', 'approved', 'active', 'state',
]);

/** A group: "kelompok", as typed in a hurry ("klompok", "klmpk"), with "my" or "its" joined (Javanese "kelompokku", "kelompoke"). */
const GROUP_WORDS: ReadonlySet<string> = new Set([
  'kelompok', 'kelompoknya', 'kelompokna', 'grup', 'group', 'klompok', 'klmpk', 'klp', 'kelompokku', 'kelompoke', 'kelompokipun',
]);

/** Chat around such a question, naming nothing else: the group on screen, "already", "yet", "what", "how". */
const CHAT_WORDS: ReadonlySet<string> = new Set([
  ...HOW_WORDS, ...TONE_PARTICLES, ...ADDRESS_WORDS, ...I_WORDS, ...WE_WORDS, ...NOT_WORDS, ...ALREADY_WORDS, ...GROUP_WORDS,
  'ini', 'itu', 'nya', 'apa', 'apakah', 'belum', 'blm', 'blom', 'belom',
  'atau', 'sekarang', 'skrg', 'masih', 'lagi', 'di', 'sbg', 'sebagai',
  // Javanese: "kelompokku wis diverifikasi durung?", "kelompoke wes … opo durung", krama "sampun … dereng?".
  'wes', 'durung', 'dereng', 'opo', 'iki', 'niki', 'saiki',
  // Sundanese: "status kelompok abdi kumaha", "parantos diverifikasi teu acan".
  'na', 'teh', 'ayeuna', 'parantos', 'acan', 'teu', 'naon',
  'is', 'it', 'this', 'the', 'our', 'my', 'what', 'whats', 'yet', 'or', 'not', 'now', 'of', 'still', 'been', 'has', 'have', 'are', 'we',
]);

/** Whether `text` asks the state of the group on screen (see the file's comment). */
export function groupStateAsked(text: string): boolean {
  const typed = words(text);
  return typed.some((word) => STATE_WORDS.has(word)) && typed.every((word) => STATE_WORDS.has(word) || CHAT_WORDS.has(word));
}

/** A group named as one's own: "kelompok" with "my"/"our" ("kelompok saya", "kelompok abdi", "grup kami", "kelompokku"). */
const OWN_WORDS: ReadonlySet<string> = new Set([...I_WORDS, ...WE_WORDS, 'my', 'our']);

/**
 * Registered or verified, done: Indonesian, Javanese ("kedaftar", krama "kadaftar") and
 * Sundanese ("kadaftar", "kadaptar"), as "kelompok kula sampun kadaftar dereng?" asks.
 */
const REGISTERED_DONE: ReadonlySet<string> = new Set([
  'terdaftar', 'didaftarkan', 'diverifikasi', 'terverifikasi', 'disetujui', 'diterima', 'kedaftar', 'kadaftar', 'kadaptar', 'terdaptar', 'tedaftar',
]);

/**
 * One's own group said to be registered or verified, in a sentence ("kelompok saya sudah
 * terdaftar belum?", "kelompok kula sampun kadaftar dereng?", "saya lupa sudah daftar atau belum"), which the few words of
 * {@link groupStateAsked} do not cover.
 */
const OWN_GROUP_REGISTERED = new RegExp(
  String.raw`\bk(?:e)?lompok\s*(?:${[...I_WORDS, ...WE_WORDS, 'ku'].join('|')})\b.*\b(?:${[...REGISTERED_DONE].join('|')})\b|\blupa\b.*\b(?:daftar|mendaftar|terdaftar)\b`,
  'iu',
);

/**
 * Whether `text`, typed at the main menu, asks the state of one's own group ("status kelompok abdi
 * kumaha?", "kelompok saya statusnya gimana?", "kelompok saya sudah terdaftar belum?", "saya lupa
 * sudah daftar atau belum"): 👥 Kelompok saya shows it (for someone who leads none, the menu says
 * so). Searched as a desa called "kelompok" before. Without "my"/"our" ("statusnya gimana") it is
 * left to the status check. The one reader of it at the menu (../home/entry-of-words.ts).
 */
export function ownGroupStateAsked(text: string): boolean {
  if (OWN_GROUP_REGISTERED.test(text)) return true;
  const typed = words(text);
  return groupStateAsked(text) && typed.some((word) => GROUP_WORDS.has(word)) && typed.some((word) => OWN_WORDS.has(word) || word === 'kelompokku');
}
