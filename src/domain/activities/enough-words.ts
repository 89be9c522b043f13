/**
 * "That's all" and "none" typed where the activity's lists are asked (the partner groups, the
 * beneficiaries), as a tap on ✔️ Selesai or ⏭️ Tidak ada would say it: "tidak ada", "udah itu
 * aja", "gak ada, sendiri aja" (no partner group), "gak ada, warga umum aja" (no one of a PMKS
 * category). Only whole answers made of such parts count, so a group's name or a count is
 * never read as one ("Cukup Makmur" is no "cukup").
 */
import { NOT_WORDS, notWordsPattern } from '../parse/negation.js';
import { dropTrailingParticles } from '../parse/particles.js';
import { words } from '../parse/text.js';

/** "Nothing (more)": a negation with "ada" ("gak ada", "ndak ada lagi", "tidak ada mitra"), as people type it. */
const NONE = new RegExp(
  String.raw`^(?:${notWordsPattern(['tak', 'nda'])})\s?(?:ada|ana|ono|wonten|aya)(?: (?:lagi|kok|mitra|mitranya|kelompok lain|yang lain|yang ikut|penerima|penerimanya|pmks))?$`,
);

/** Said alone: the list is complete ("udah", "udah itu aja", "cukup", "that's all"). */
const DONE: ReadonlySet<string> = new Set([
  'udah', 'udh', 'sudah', 'sdh', 'dah', 'wis', 'wes', 'sampun', 'selesai', 'cukup', 'segitu', 'itu semua', 'itu semuanya',
  'udah itu', 'sudah itu', 'udh itu', 'sdh itu', 'udah cukup', 'sudah cukup', 'udah segitu', 'sudah segitu', 'udah semua', 'sudah semua',
  // "simpen aja", "langsung simpan": nothing (more) to add, on to the summary (where ✅ Simpan is).
  'simpan', 'simpen', 'langsung simpan', 'langsung simpen', 'lanjut', 'lanjut aja', 'skip', 'lewati', 'lewat',
  'done', 'thats all', 'that is all', 'nothing else', 'no more', 'none', 'nothing', 'no', ...NOT_WORDS, 'kosong', 'nihil',
]);

/** No partner group: the reporting group alone. */
const ALONE: ReadonlySet<string> = new Set([
  'sendiri', 'sendirian', 'kami sendiri', 'kelompok kami sendiri', 'kelompok sendiri', 'tanpa mitra', 'tanpa kelompok lain',
  'no partner', 'no partners', 'alone', 'just us', 'only us',
]);

/** No one of a PMKS category: the people served were residents at large. */
const GENERAL_PUBLIC: ReadonlySet<string> = new Set([
  'warga umum', 'masyarakat umum', 'umum', 'semua warga', 'seluruh warga', 'warga sekitar', 'bukan pmks', 'general public', 'the public',
  'warga biasa', 'masyarakat biasa', 'residents', 'regular residents', 'ordinary residents', 'local residents',
  'the residents', 'everyone', 'the community', 'the general public',
]);

/**
 * None of them neglected, as answered after the bot said that people served as usual are no
 * PMKS ("bila bukan, tekan ⏭️ Tidak ada"): "ga ada yg terlantar", "lansianya gak terlantar",
 * "bukan lansia terlantar", "bukan pmks".
 */
const NONE_NEGLECTED = new RegExp(
  String.raw`^(?:(?:lansia|lansianya|anak|anaknya|balita|balitanya|mereka|warganya|semua|semuanya)\s)?(?:${notWordsPattern(['tak', 'nda', 'bukan'])})\s?(?:ada\s)?(?:(?:yang|yg|yng)\s)?(?:(?:lansia|anak|balita)\s)?(?:terlantar|telantar|pmks)$`,
);

/** "just", "cuma" before a part: "none, just regular residents" is "none, regular residents". */
const ONLY = /^(?:just|only|cuma|cuman|hanya|hny)\s+/;

/** What the list is: partner groups, or beneficiaries. */
export type ListAsked = 'partners' | 'beneficiaries';

/**
 * True when `text` says the list asked is complete or empty: each part (split at commas and
 * full stops) is "none", "that's all", or, for that list, a word for the lack of it ("sendiri
 * aja", "warga umum aja", "ga ada yg terlantar"), particles ("aja", "min", "kok") dropped.
 */
export function saysNoMore(text: string, asked: ListAsked): boolean {
  const parts = text
    .split(/[,.;!]+|\s-\s/)
    .map((part) => dropTrailingParticles(words(part), { keep: 1, just: true }).join(' ').replace(ONLY, ''))
    .filter((part) => part !== '');
  if (parts.length === 0 || parts.length > 3) return false;
  const lack = asked === 'partners' ? ALONE : GENERAL_PUBLIC;
  return parts.every((part) => NONE.test(part) || DONE.has(part) || lack.has(part) || (asked === 'beneficiaries' && NONE_NEGLECTED.test(part)));
}
