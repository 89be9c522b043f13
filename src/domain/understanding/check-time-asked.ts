/**
 * How long the officers' check takes, asked: "berapa lama verifikasinya", "kapan diverifikasi",
 * "how long does verification take", "prosese suwe ora". Answered with the FAQ's `check_time`
 * (no fixed time: it depends on the officer; the group's check is shown in Kelompok saya), not
 * who verifies, which the FAQ's phrasings picked for the word "verifikasi" they share. Read here
 * so that word need not be in `check_time`'s phrasings: there it made every other phrasing with
 * "verifikasi" weigh its other words more ("salah ketik" read as a verdict given by mistake).
 */
import { WHO_WORDS } from '../parse/lexicon.js';

/** The check, or the process it ends, as typed ("verifikasinya", "diproses", "pemeriksaan", "approved"). */
const CHECK_WORDS: ReadonlySet<string> = new Set([
  'verifikasi', 'verifikasinya', 'diverifikasi', 'memverifikasi', 'verifikasine', 'verif', 'proses', 'prosesnya', 'prosese', 'diproses',
  'pemeriksaan', 'pemeriksaannya', 'diperiksa', 'dipariksa', 'disetujui', 'persetujuan', 'validasi', 'divalidasi',
  'dicek', 'dicheck', 'dicek2',
  'verification', 'verified', 'verify', 'process', 'processed', 'approved', 'approval', 'check', 'checked',
]);
/** A time asked alone: when ("kapan", Sundanese "iraha"), long (Javanese "suwe", Sundanese "lami"). */
const WHEN_OR_LONG: ReadonlySet<string> = new Set(['kapan', 'kapankah', 'iraha', 'when', 'suwe', 'lami', 'lamanya']);
/** How many, before a span ("berapa lama", "brp hari", "sabaraha lami", "pira suwene"). */
const HOW_MANY: ReadonlySet<string> = new Set(['berapa', 'brp', 'sabaraha', 'pira', 'piro', 'pinten']);
/** Spans of time after "how many" ("lama", "hari", "minggu"). */
const SPANS: ReadonlySet<string> = new Set(['lama', 'hari', 'minggu', 'bulan', 'lami', 'suwe', 'dinten']);
/** The most words of such a question: more is a story that only mentions one. */
const MAX_WORDS = 10;

/** Whether `tokens` (as tokenize gives them) ask how long, or when, the officers' check is done. */
export function asksCheckTime(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_WORDS || tokens.some((token) => WHO_WORDS.has(token))) return false;
  const time =
    tokens.some((token) => WHEN_OR_LONG.has(token)) ||
    tokens.some((token, at) => HOW_MANY.has(token) && SPANS.has(tokens[at + 1] ?? '')) ||
    tokens.some((token, at) => token === 'how' && tokens[at + 1] === 'long');
  return time && tokens.some((token) => CHECK_WORDS.has(token));
}
