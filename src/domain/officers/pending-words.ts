/**
 * An officer's verdict said in words rather than tapped: "verifikasi kelompok tani sri
 * rejeki" or "tolak kegiatan kerja bakti timbulharjo" at the menu (the one pending record
 * the words name), "ok saya verifikasi yang itu" or "tolak, mitranya dikonfirmasi sendiri"
 * under a pending list of one record (that record, with the reason typed after "tolak").
 * Anything unclear (both words, a "jangan", a name matching several records) reads as no
 * verdict, and the list is shown as before: a verdict is never guessed.
 */
import type { PendingVerification } from '../model/reports.js';
import type { VerifyAction } from './verify-target.js';
import { OK_WORDS } from '../parse/lexicon.js';
import { NOT_WORDS } from '../parse/negation.js';
import { rejectionReasonProblem } from '../model/officers.js';
import { reasonOnly, REASON_WORDS } from './reason-words.js';
import { editDistance } from '../parse/edit-distance.js';

/** A verdict in words: verify, or reject with the reason typed with it (null when none, or too short to be one). */
export type SaidVerdict = { readonly action: 'verify' } | { readonly action: 'reject'; readonly reason: string | null };

const VERIFY_WORDS = new Set(['verifikasi', 'verif', 'verify', 'verifikasikan', 'setujui', 'sahkan', 'validasi', 'approve']);
const REJECT_WORDS = new Set(['tolak', 'tolakin', 'reject']);
/** Words that turn a verdict round or off ("jangan tolak", "belum verifikasi"): no verdict is read. */
const NEGATIONS = new Set([...NOT_WORDS, 'jangan', 'jgn', 'belum', 'blm', 'batal', 'batalkan', 'not', 'dont', "don't"]);
/** Whether words typed with a rejection are a reason to keep (enough letters, as the reason question asks). */
function isReason(text: string): boolean {
  return rejectionReasonProblem(text) === null;
}

/**
 * `text` with "verifikasi" typed wrong read as the word ("verifkasi arisan mawar" was the FAQ on
 * fees): a word of 8 letters or more that starts as it does (so "diverifikasi" stays) and is
 * at most two letters off.
 */
function spelledVerdict(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < 8 || !/^[vf]/u.test(lower) || VERIFY_WORDS.has(lower)) return word;
    return editDistance(lower, 'verifikasi', 2) <= 2 ? 'verifikasi' : word;
  });
}

/** The words of a text, lower case, without punctuation. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((word) => word !== '');
}

/** Polite words an officer puts before a verdict ("tolong verifikasi …", "mohon tolak …"): the verdict's word still leads. */
const POLITE_LEAD = new Set(['tolong', 'tlg', 'mohon', 'please', 'pls', 'coba', 'ok', 'oke', 'okay', 'sip']);

/** The words from the verdict's word on: polite words before it dropped (at most two: "ok tolong verifikasi …"). */
function fromVerdictWord(words: readonly string[]): readonly string[] {
  let start = 0;
  while (start < 2 && POLITE_LEAD.has(words[start] ?? '')) start++;
  return words.slice(start);
}

/** The verdict a text says, or null (none, both, or turned off by a "jangan" before it: a reason may say "tidak"). */
export function verdictSaid(typed: string): SaidVerdict | null {
  const text = spelledVerdict(typed);
  const words = wordsOf(text);
  const verbAt = words.findIndex((word) => VERIFY_WORDS.has(word) || REJECT_WORDS.has(word));
  if (verbAt < 0 || words.slice(0, verbAt).some((word) => NEGATIONS.has(word))) return null;
  const verify = words.some((word) => VERIFY_WORDS.has(word));
  const rejectAt = text.search(/(?<![\p{L}\p{N}])(?:tolak|tolakin|reject)(?![\p{L}\p{N}])/iu);
  if (verify === rejectAt >= 0) return null;
  // "verifikasi itu apa?", "cara verifikasi gimana": a question about verifying verifies nothing
  // (a record at a one-record list is decided at once); a rejection still asks one more tap.
  if (verify) return (words.slice(verbAt).some((word) => NEGATIONS.has(word)) && words.length <= verbAt + 2) || ASKING.test(text) ? null : { action: 'verify' };
  let rest = text.slice(rejectAt).replace(/^\S+/u, '');
  // "reject it, photos missing", "tolak yang itu karena …": words before the reason that name nothing are no reason.
  const start = rest.matchAll(REASON_START).next().value;
  if (start && start.index > 0 && wordsOf(rest.slice(0, start.index)).every((word) => FILLER.has(word) || CHATTER.has(word))) rest = rest.slice(start.index);
  const after = reasonOnly(rest.replace(/^[\s,.:;!-]+/u, ''));
  return { action: 'reject', reason: isReason(after) ? after : null };
}

/** Words of a record's naming that say nothing of which one ("verifikasi kelompok … yang di desa …"). */
// "… yg tadi", "… td": the record the officer just saw, which says nothing of which one.
const FILLER = new Set([
  'kelompok', 'kegiatan', 'data', 'yang', 'yg', 'di', 'desa', 'dari', 'punya', 'milik', 'saja', 'aja', 'dong', 'ya', 'tolong', 'itu', 'ini', 'pak', 'bu', 'min',
  'tadi', 'td', 'barusan', 'group', 'activity', 'the', 'of', 'in',
]);

/** The words a record can be named by: its name or kind, its description, its desa, the group that reported it. */
function namingWords(item: PendingVerification): Set<string> {
  const text =
    item.type === 'group'
      ? [item.name, item.groupType.replace(/_/g, ' '), item.typeOther ?? '', item.villageName]
      : [item.category.replace(/_/g, ' '), item.description, item.villageName, item.details?.reportingGroup?.name ?? ''];
  return new Set(wordsOf(text.join(' ')));
}

/** The record and verdict a naming's words give, or null (see {@link namedVerdict}). */
function namedRecord(typed: readonly string[], items: readonly PendingVerification[]): { readonly item: PendingVerification; readonly action: VerifyAction } | null {
  const words = fromVerdictWord(typed);
  const [verb = '', kind = ''] = words;
  const action: VerifyAction | null = VERIFY_WORDS.has(verb) ? 'verify' : REJECT_WORDS.has(verb) ? 'reject' : null;
  if (action === null) return null;
  const type = kind === 'kelompok' || kind === 'group' ? 'group' : kind === 'kegiatan' || kind === 'activity' ? 'activity' : null;
  const naming = words.slice(1).filter((word) => !FILLER.has(word));
  if (naming.length === 0) return null;
  const matches = items.filter((item) => (type === null || item.type === type) && nameFits(naming, item));
  return matches.length === 1 ? { item: matches[0]!, action } : null;
}

/**
 * Where a rejection's reason may start after the record's name: a comma, colon, semicolon or
 * spaced dash, or a word that gives a reason ("… sri rejeki karena ketuanya belum bisa dihubungi").
 */
const REASON_START = new RegExp(String.raw`\s*[,:;]\s*|\s+[-–]\s+|\s+(?=(?:${REASON_WORDS})(?![\p{L}\p{N}]))`, 'giu');

/** A reason typed after the record's name, or null when there is none worth keeping. */
function reasonAfter(text: string): string | null {
  const reason = reasonOnly(text);
  return isReason(reason) ? reason : null;
}

/**
 * The one pending record `text` names with its verdict ("verifikasi kelompok tani sri
 * rejeki": verify that group), or null: the text must start with the verdict's word, name
 * the kind when it says one ("kegiatan …" only activities), and every other word it has
 * must be among the record's words, for exactly one record. A rejection may carry its reason
 * after the name, set off by a comma or a word such as "karena" ("tolak kegiatan santunan anak
 * yatim, mitranya belum konfirmasi"): the words before it name the record, the rest is the
 * reason (shown back before anything is rejected). The whole text naming a record is read
 * first, so a comma inside a name is no reason.
 */
export function namedVerdict(
  typed: string,
  items: readonly PendingVerification[],
): { readonly item: PendingVerification; readonly action: VerifyAction; readonly reason?: string } | null {
  const text = spelledVerdict(typed);
  const words = wordsOf(text);
  const whole = namedRecord(words, items);
  if (whole) return whole;
  if (!REJECT_WORDS.has(fromVerdictWord(words)[0] ?? '')) return null;
  for (const match of text.matchAll(REASON_START)) {
    const named = namedRecord(wordsOf(text.slice(0, match.index)), items);
    if (!named) continue;
    const reason = reasonAfter(text.slice(match.index + match[0].length));
    return reason ? { ...named, reason } : named;
  }
  return null;
}

/**
 * Words after a verdict's word that name no record: "ok saya verifikasi yang itu",
 * "verifikasi aja pak, sudah saya cek", "verify this one".
 */
const CHATTER = new Set([
  ...OK_WORDS, 'saya', 'aku', 'sudah', 'udah', 'udh', 'sdh', 'cek', 'dicek', 'aman', 'benar', 'betul', 'bener',
  'lengkap', 'sesuai', 'valid', 'tersebut', 'tsb', 'mas', 'mbak', 'kak', 'sekarang', 'langsung', 'juga', 'lah', 'deh', 'sih', 'semua', 'satu',
  'tidak', 'tdk', 'ga', 'gak', 'nggak', 'ada', 'masalah', 'beres', 'mantap', 'bagus', 'makasih', 'terima', 'kasih',
  'please', 'pls', 'yes', 'this', 'that', 'one', 'it', 'now', 'thanks', 'fine',
]);

/** A verdict's word, either one, as a whole word. */
const VERDICT_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...VERIFY_WORDS, ...REJECT_WORDS].join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * The words of a verdict that say which record ("verifikasi posyandu mawar": "posyandu
 * mawar"), lower case: those after the verdict's word up to a reason (a comma, "karena"…),
 * less the ones that name nothing; null when none is left ("ok saya verifikasi yang itu",
 * "tolak, alasannya …"). At the record on screen (`atRecord`) a rejection's words with no
 * comma or "karena" before them are its reason ("tolak fotonya kabur"), not a name.
 */
function namingPart(text: string, atRecord: boolean): string | null {
  const verb = VERDICT_WORD.exec(text);
  if (!verb) return null;
  const rest = text.slice(verb.index + verb[0].length);
  const reasonAt = rest.matchAll(REASON_START).next().value?.index;
  if (atRecord && REJECT_WORDS.has(verb[0].toLowerCase()) && reasonAt === undefined) return null;
  const naming = wordsOf(reasonAt === undefined ? rest : rest.slice(0, reasonAt)).filter((word) => !FILLER.has(word) && !CHATTER.has(word));
  return naming.length === 0 ? null : naming.join(' ');
}

/** Whether every word of a naming is among a record's words (read once per record, not per word). */
function nameFits(naming: readonly string[], item: PendingVerification): boolean {
  const own = namingWords(item);
  return naming.every((word) => own.has(word));
}

/**
 * The other record a verdict typed at the one record on screen names ("verifikasi posyandu
 * mawar" under the list of Kelompok Tani Sri Rejeki: "posyandu mawar"), or null when it names
 * none or that one. Such a verdict decides nothing (it decided the record on screen).
 */
export function otherNamed(typed: string, item: PendingVerification): string | null {
  const text = spelledVerdict(typed);
  const naming = namingPart(text, true);
  return naming !== null && !nameFits(naming.split(' '), item) ? naming : null;
}

/** What the words of a verdict typed at the menu name when it is no pending record at all (not several: none), else null. */
export function noneNamed(typed: string, items: readonly PendingVerification[]): string | null {
  const text = spelledVerdict(typed);
  const naming = namingPart(text, false);
  return naming !== null && !items.some((item) => nameFits(naming.split(' '), item)) ? naming : null;
}

/** Words that make a sentence starting with a verdict's word a question ("verifikasi itu berapa lama?"). */
const ASKING = /\?|(?<![\p{L}\p{N}])(?:apa|apakah|gimana|gmn|bagaimana|berapa|brp|kapan|kenapa|mengapa|siapa|how|what|why|when|who)(?![\p{L}\p{N}])/iu;

/**
 * Whether `text` is a verdict on a record it names ("verifikasi dasa wisma melati", "tolak
 * posyandu kenanga, anggotanya belum jelas"): a verdict's word first, words after it, and no
 * question. Such text is for the officer's pending list, which decides the record only when
 * the words name exactly one ({@link namedVerdict}); otherwise it shows the list.
 */
export function isVerdictOnNamed(typed: string): boolean {
  const text = spelledVerdict(typed);
  const words = fromVerdictWord(wordsOf(text));
  const verb = words[0] ?? '';
  return (VERIFY_WORDS.has(verb) || REJECT_WORDS.has(verb)) && words.slice(1).some((word) => !FILLER.has(word)) && !ASKING.test(text);
}
