/**
 * "lihat kegiatan kelompok ini", "show this group's activities" typed at a group's screen in
 * 👥 Kelompok saya: that group's logged activities asked for (📒 Kegiatan saya opens for it). It
 * was "choose a button". Only words of seeing and of the group on screen around "kegiatan":
 * "catat kegiatan" (logging one) or a date names something else.
 */
import { ADDRESS_WORDS, I_WORDS, TONE_PARTICLES, WE_WORDS } from '../parse/lexicon.js';
import { words } from '../parse/text.js';

/** Activities named. */
const ACTIVITY_WORDS: ReadonlySet<string> = new Set(['kegiatan', 'kegiatannya', 'aktivitas', 'activities', 'activity']);

/** Asking to see them, of the group on screen, in chat. */
const SEE_WORDS: ReadonlySet<string> = new Set([
  ...TONE_PARTICLES, ...ADDRESS_WORDS, ...I_WORDS, ...WE_WORDS,
  'lihat', 'liat', 'cek', 'tampilkan', 'tunjukkan', 'buka', 'daftar', 'list', 'mana', 'apa', 'aja', 'saja', 'yang', 'yg', 'sudah', 'udah', 'udh', 'sdh',
  'dicatat', 'tercatat', 'kelompok', 'kelompoknya', 'grup', 'ini', 'itu', 'nya', 'di', 'dari', 'tolong', 'mau', 'semua', 'punya',
  'show', 'see', 'view', 'check', 'open', 'this', 'the', 'of', 'group', 'groups', 'its', 'my', 'our', 'all', 'logged', 'recorded', 'please', 'me',
]);

/** Whether `text` asks for the activities of the group on screen (see the file's comment). */
export function groupActivitiesAsked(text: string): boolean {
  const typed = words(text);
  // Two words at least: "kegiatan" alone is the menu's word for logging one.
  return typed.length >= 2 && typed.some((word) => ACTIVITY_WORDS.has(word)) && typed.every((word) => ACTIVITY_WORDS.has(word) || SEE_WORDS.has(word));
}
