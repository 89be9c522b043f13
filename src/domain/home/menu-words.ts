/**
 * The words that name an entry of the main menu: typed at the menu they open it ("daftar",
 * "kelompok saya"); typed in the middle of a flow where a name or a description is asked,
 * they are no answer ("kelompok saya" is nobody's group name) but a wish to go somewhere,
 * and the person is told how (see {@link menuWordAsides}).
 */
import { simplifyLabel } from '../../core/button-label.js';
import { commandButton } from '../../core/engine/commands.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { ownEntry } from '../../core/record.js';
import { panelWish } from '../officers/panel-words.js';
import { MENU_WORDS } from '../parse/menu-entry-words.js';
import { withoutWordsAround } from '../parse/words-around.js';


/** A question about verifying ("verifikasi kelompok itu berapa lama?") stays the FAQ's. */
const ASKING = /\?|\b(?:apa|apakah|gimana|gmn|bagaimana|berapa|kapan|kenapa|mengapa|siapa|cara|caranya|how|what|why|when)\b/iu;
/**
 * A verdict on a record named after it, typed at the menu ("verifikasi kelompok tani sri
 * rejeki", "tolak kegiatan kerja bakti timbulharjo"): the officer's pending list, which
 * decides the record when the words name exactly one (domain/officers/pending-words.ts).
 */
const VERDICT_ON_RECORD = /^(?:verifikasi|verif|verify|validasi|setujui|tolak|reject)\s+(?:kelompok|kegiatan|group|activity)\s+\S/u;

/** "kirim ulang", "ajukan lagi", "resend": sending back what an officer rejected. */
const RESEND = /^(?:kirim|kirimkan|kirimin|krm|ajukan|ajuin|ajukn|submit)\s+(?:ulang|lagi|kembali)$|^(?:resubmit|resend|send again|send it again)$/;
/** Words around it that keep it a request ("mau kirim ulang kegiatan yg ditolak dong"). */
const RESEND_AROUND = new Set([
  'mau', 'mo', 'mw', 'ingin', 'pengen', 'pgn', 'tolong', 'mohon', 'saya', 'aku', 'sy', 'kami', 'bisa', 'gimana', 'gmn', 'cara', 'caranya', 'utk', 'untuk',
  'kegiatan', 'kegiatannya', 'laporan', 'laporannya', 'kelompok', 'kelompoknya', 'data', 'datanya', 'yang', 'yg', 'ditolak', 'tadi', 'td', 'ke', 'petugas',
  'itu', 'ini', 'nya', 'dong', 'aja', 'saja', 'ya', 'min', 'kak', 'deh', 'sih', 'nih', 'please', 'pls', 'my', 'the', 'activity', 'group', 'rejected', 'i', 'want', 'to',
]);

/**
 * Whether `text` asks to send back something an officer rejected ("kirim ulang", "kirim lagi",
 * "ajukan ulang", "mau kirim ulang kegiatan yg ditolak"): a leader means their rejected activity
 * or group, fixed and sent again, which the menu has no entry of its own for.
 */
export function isResendRequest(text: string): boolean {
  const words = simplifyLabel(text).split(' ');
  for (let start = 0; start < words.length; start++) {
    for (const length of [1, 2, 3]) {
      if (!RESEND.test(words.slice(start, start + length).join(' '))) continue;
      const around = [...words.slice(0, start), ...words.slice(start + length)];
      if (around.every((word) => RESEND_AROUND.has(word))) return true;
    }
  }
  return false;
}

/** Entries only leaders of a registered group have. */
export const LEADER_ENTRIES: ReadonlySet<string> = new Set(['groups', 'activities', 'activity', 'relation']);

/** Words asking to open what follows ("cek kelompok saya", "tolong buka kegiatan kami"). */
const OPENING = new Set(['cek', 'check', 'lihat', 'liat', 'buka', 'bukain', 'open', 'show', 'tampilkan', 'tolong', 'mau', 'coba', 'pengen', 'ingin']);
/** Chat after an entry's words ("kelompok saya dong", "kegiatan saya ya min"). */
const AFTER_ENTRY = new Set(['dong', 'ya', 'min', 'kak', 'aja', 'saja', 'please', 'pls', 'deh', 'nih', 'sih']);
/** "Our" for "my": "kelompok kami", "kegiatan kita". */
const OURS: Readonly<Record<string, string>> = { kami: 'saya', kita: 'saya', ku: 'saya', our: 'my' };

/**
 * The menu entry id that `text` names, or null: its words as typed, or with words of opening
 * before them and chat after them ("cek kelompok saya dong"), "kami" read as "saya".
 */
export function menuEntryOfWords(text: string): string | null {
  const phrase = simplifyLabel(text);
  const exact = ownEntry(MENU_WORDS, phrase);
  if (exact !== undefined) return exact;
  if (VERDICT_ON_RECORD.test(phrase) && !ASKING.test(text)) return 'officer';
  // "saya tidak mau dapat ringkasan mingguan", "ganti nama saya": the officer's panel does it.
  if (panelWish(text, 'menu') !== null) return 'officer';
  const words = phrase.split(' ');
  // At most two words of opening ("tolong buka"), any chat after; one word always left.
  const entry = withoutWordsAround(words, { before: OPENING, after: AFTER_ENTRY, keep: 1, most: { before: 2 } });
  // Nothing dropped and no "kami" to read: the words were looked up as typed above.
  if (entry.length === words.length && !words.some((word) => ownEntry(OURS, word) !== undefined)) return null;
  const core = entry.map((word) => ownEntry(OURS, word) ?? word);
  // Two words at least: "cek status" is in the list, "lihat kegiatan" is not "kegiatan".
  return core.length >= 2 ? (ownEntry(MENU_WORDS, core.join(' ')) ?? null) : null;
}

/**
 * The engine's aside for a menu entry's name typed where a name or a description is asked:
 * how to get there (with the menu button), the flow kept. Single words ("status",
 * "kegiatan") stay answers: they can be what someone means to write there.
 */
export function menuWordAsides(text: string): readonly OutboundMessage[] | null {
  // Compared as a button's label typed: "👥 Kelompok saya", "KELOMPOK  SAYA!" → "kelompok saya".
  const phrase = simplifyLabel(text);
  if (!phrase.includes(' ') || ownEntry(MENU_WORDS, phrase) === undefined) return null;
  return [menuWordAside(text)];
}

/** "“…” is a menu option, not an answer here", with 🏠 Menu: the question on screen is kept. */
export function menuWordAside(text: string): OutboundMessage {
  return say(t('home.menuWordAside', { words: text.trim() }), [commandButton('menu')]);
}
