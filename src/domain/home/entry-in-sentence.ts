/**
 * A leader's menu entry asked for in a sentence rather than by its words: a tie to record
 * ("mau catat hubungan sama kelompok tani sri rejeki", "tambah kerja sama dengan posyandu
 * mawar"), what waits for their confirmation ("ada yg minta konfirmasi ga", "cek
 * konfirmasi"), an officer's pending list ("ada yang perlu saya verifikasi?"). The menu opens the entry, as for its own words; a question about the thing
 * itself ("hubungan antarkelompok itu apa", "konfirmasi itu maksudnya apa") stays the FAQ's.
 * Asked at the menu after an entry's own words (see ./entry-of-words.ts).
 */
import { asksForConfirmations } from '../confirmations/asked.js';

/** A verb of recording or a wish, then a word for a tie later in the sentence. */
const TIE_REQUEST =
  /\b(?:catat|catatkan|nyatat|tambah|tambahkan|nambah|daftar|daftarkan|daftarin|input|masukkan|masukin|lapor|laporkan|bikin|buat|record|add)\b.*\b(?:hubungan|hubungannya|kerja\s?sama|kerjasamanya|relasi|kemitraan|tie|ties|link)\b/iu;
/** A wish to work with a named group: "kelompok kami mau kerja sama dengan posyandu melati". */
const TIE_WISH =
  /\b(?:mau|ingin|pengen|pingin|pgn|want\s+to|would\s+like\s+to)\s+(?:kerja\s?sama|bekerja\s?sama|bermitra|berkolaborasi|kolaborasi|cooperate|partner)\s+(?:dengan|dgn|sama|bareng|with)\s+\S/iu;
/** Words that make it a question about ties rather than a request. */
const ASKING_TIE = /\?|\b(?:apa|apakah|gimana|gmn|bagaimana|cara|caranya|kenapa|kok|piye|kumaha|what|how|why)\b/iu;

/** Verifying named: an officer's pending list ("ada yang perlu saya verifikasi?"). */
const VERIFYING = /\b(?:verifikasi|verifikasinya|memverifikasi|diverifikasi|verif|verify|validasi|divalidasi)\b/iu;
const WAITING = /\b(?:ada|yang|yg|perlu|menunggu|nunggu|antri|antrian|cek|check|lihat|liat|daftar|list|pending|any)\b/iu;
/** Who verifies, what it means, when: questions for the FAQ. */
const ASKING_WHO = /\b(?:siapa|apa|apakah|maksud|arti|gimana|bagaimana|cara|caranya|kenapa|kapan|berapa|who|what|how|why|when)\b/iu;

/**
 * What an officer's panel is for, named ("minta link dasbor", "matikan notifikasi malam", "atur
 * jam tenang"): the 🛡️ Petugas panel (its home, not the pending list). "Apa itu dasbor?" is asked.
 */
const PANEL_THINGS = /\b(?:dasbor|dasboard|dashboard|notifikasi|notif|pemberitahuan|jam\s+tenang|quiet\s+hours|alerts?)\b/iu;

/** Whether `text` names what the officer's panel is for (see {@link PANEL_THINGS}), asking for it. */
export function isPanelRequest(text: string): boolean {
  return PANEL_THINGS.test(text) && !ASKING_WHO.test(text) && !/\?\s*$/.test(text);
}

/**
 * The menu entry id `text` asks for ("relation", "inbox", "officer"), or null (one's own group's
 * state, "kelompok saya sudah terdaftar belum?", is ../groups/state-asked.ts ownGroupStateAsked's). The menu opens
 * it only where the person has it: "officer" is an officer's pending list (the panel's home for
 * {@link isPanelRequest}); for anyone else the words are read as free text, as before.
 */
export function entryInSentence(text: string): 'relation' | 'inbox' | 'officer' | null {
  if ((TIE_REQUEST.test(text) || TIE_WISH.test(text)) && !ASKING_TIE.test(text)) return 'relation';
  // "ada yg minta konfirmasi ga": what waits for the person ("aya naon?" alone is read before, ./entry-of-words.ts).
  if (asksForConfirmations(text)) return 'inbox';
  if (VERIFYING.test(text) && WAITING.test(text) && !ASKING_WHO.test(text)) return 'officer';
  if (isPanelRequest(text)) return 'officer';
  return null;
}
