/**
 * How many people, as a group's leader says it: "ada 12 kader", "anggotanya 30 orang ibu-ibu",
 * "12 kader posyandu", "dua belas", "sekitar 15an". The number with the words that say who
 * they are ("kader", "ibu-ibu", "warga", "pemuda") and the words that label it ("anggotanya",
 * "jumlah anggota kami") dropped; anything else after a number ("12 kucing") is not a count.
 */
import { joinedParts, splitByPosition } from './counted-parts.js';
import { BUT_WORDS, alternation } from './lexicon.js';
import { parseCount, type CountError } from './numbers.js';
import { dropTrailingParticles } from './particles.js';
import { fail, ok, type ParseResult } from './result.js';
import { simplify } from './text.js';

/** Who the people are, said right after the number; the words after them may say more ("kader posyandu"). */
const PEOPLE = new Set([
  'orang', 'org', 'kader', 'ibu', 'ibu2', 'ibu-ibu', 'bu', 'bapak', 'bapak2', 'bapak-bapak', 'bpk', 'bpk2', 'bpk-bpk', 'pemuda', 'pemudi', 'remaja', 'warga',
  'kk', 'kepala', 'keluarga', 'jamaah', 'jemaah', 'jamaah2', 'petani', 'nelayan', 'peternak', 'pengrajin', 'perajin', 'lansia', 'anak', 'anak2',
  'pengurus', 'relawan', 'anggota', 'peserta', 'perempuan', 'wanita', 'pria', 'laki', 'laki-laki', 'santri', 'siswa', 'mbah', 'mudamudi',
  // A posyandu lansia's elderly, in Javanese: "25 simbah2", "30an mbah2".
  'simbah', 'simbah2', 'mbah2', 'lansia2',
  'muda-mudi', 'karyawan', 'people', 'members', 'member', 'persons', 'volunteers', 'women', 'men',
  // English, as a leader says who they are: "about 25 farmers", "30 mothers".
  'farmers', 'fishermen', 'residents', 'villagers', 'mothers', 'housewives', 'families', 'households', 'youths', 'youth', 'elderly', 'cadres',
  'ladies', 'young', 'kids', 'children', 'moms', 'mums', 'senior', 'seniors', 'girls', 'boys', 'guys', 'teenagers', 'teens', 'students',
  'pensioners', 'adults', 'parents', 'neighbours', 'neighbors', 'cadre', 'volunteer', 'woman', 'man',
]);

/**
 * Words before the number that only label it: "anggotanya", Javanese "anggotane", "jumlah anggota
 * kami", "kami ada", "anggota kami cuma" (a small group says how few: the count all the same);
 * a majelis taklim's "jamaah 60an", a neighbourhood's "warganya 45 orang".
 */
const LABEL =
  /^(?:(?:jumlah|jml|total)\s+)?(?:anggota(?:nya|ne)?|pengurus(?:nya)?|kader(?:nya)?|j[ae]maah(?:nya|ne)?|warga(?:nya|ne)?|member(?:s)?)?(?:\s*(?:kami|kita|saya|sekarang|skrg|ada|cuma|cuman|hanya|mung|only|just|:|=))*\s*/;

/** Words that may follow who they are in one part of a sum ("12 anggota aktif, 3 pengurus inti"). */
const OF_THEM = new Set(['aktif', 'inti', 'tetap', 'biasa']);

/** A count of people, and the counts it adds up when the answer named several kinds ("12 kader 3 pengurus": 12 + 3). */
export interface PeopleCount {
  readonly total: number;
  readonly added?: readonly number[];
}

/**
 * A count of people within `range`, as {@link parseCount} reads it, also with who they are said
 * after the number and labels before it. The error is parseCount's for the bare answer.
 */
export function parsePeopleCount(text: string, range: { readonly min: number; readonly max: number }): ParseResult<number, CountError> {
  const count = readPeopleCount(text, range);
  return count.ok ? ok(count.value.total) : count;
}

/**
 * {@link parsePeopleCount}, and an answer that counts several kinds of people, added up: "12 kader
 * 3 pengurus", "12 kader dan 3 pengurus", "kader 12, pengurus 3" (cut as "20 lansia terus 5
 * disabilitas" is for beneficiaries, counted-parts.ts). Each part is a count and only who they
 * are: "20 orang termasuk 5 pengurus" is no sum (and still no count).
 */
export function readPeopleCount(text: string, range: { readonly min: number; readonly max: number }): ParseResult<PeopleCount, CountError> {
  const one = oneCount(text, range);
  if (one.ok || one.error !== 'not_a_number') return one.ok ? ok({ total: one.value }) : one;
  const whole = totalPart(text, range) ?? whoFirst(text, range);
  if (whole !== null) return whole;
  const added = addedUp(text);
  if (added === null) return firstOfContrast(text, range) ?? one;
  const total = added.reduce((sum, count) => sum + count, 0);
  if (total < range.min) return fail('too_small');
  if (total > range.max) return fail('too_large');
  return ok({ total, added });
}

/**
 * The counts of an answer of several parts, each a count of people of one kind; null when it
 * is not one. Cut as typed ("kader 12 pengurus 3"), else after a label ("anggotanya 20 ibu-ibu 5 bapak").
 */
function addedUp(text: string): number[] | null {
  const plain = simplify(text).replace(/[.!?]+$/, '');
  return countsOf(plain) ?? countsOf(plain.replace(LABEL, ''));
}

function countsOf(text: string): number[] | null {
  const parts = joinedParts(text, new Set()).flatMap(splitByPosition);
  if (parts.length < 2) return null;
  const counts: number[] = [];
  for (const words of parts) {
    const who = words.filter((word) => /^[a-z]/.test(word) && !NUMBER_WORD.test(word));
    if (!who.some((word) => PEOPLE.has(word)) || !who.every((word) => PEOPLE.has(word) || OF_THEM.has(word) || LABEL_WORDS.has(word))) return null;
    const count = oneCount(words.join(' '), { min: 1, max: Number.MAX_SAFE_INTEGER });
    if (!count.ok) return null;
    counts.push(count.value);
  }
  return counts;
}

/**
 * "…, tp yg aktif cuma 10an", "… tapi yang rutin datang 15": what follows a word of contrast
 * says something about the members (how many are active), not more of them. Every "but" of the
 * lexicon ("tetapi", Javanese "nanging"), and "only", "the active ones".
 */
const CONTRAST = new RegExp(`\\s*[,;]?\\s+(?:${alternation(BUT_WORDS, ['namun', 'cuma', 'cm', 'hanya', 'yg aktif', 'yang aktif'])})\\b.*$`, 'u');

/**
 * The count before a contrast ("anggotanya sktr 25 orang mas, tp yg aktif cuma 10an" → 25: the
 * members first, then how many of them are active); null when there is no contrast or no count
 * before it.
 */
function firstOfContrast(text: string, range: { readonly min: number; readonly max: number }): ParseResult<PeopleCount, CountError> | null {
  const plain = simplify(text);
  const head = plain.replace(CONTRAST, '');
  if (head === plain) return null;
  const first = oneCount(head.replace(/[\s,]+$/, ''), range);
  return first.ok ? ok({ total: first.value }) : first.error === 'not_a_number' ? null : first;
}

/** "…, total 30", "…, semuanya 30 orang": the whole count said after a part of it ("anggota aktif 18an, total 30"). */
const TOTAL_AFTER = /[,;]\s*(?:tapi\s+|tp\s+|kalau\s+|klo\s+|kalo\s+)?(?:total(?:nya)?|semua(?:nya)?|seluruhnya|keseluruhan)\s*:?\s*(?:ada\s+)?([^,;]+)$/;

/**
 * The whole count said after how many of them are active ("anggota aktif 18an, total 30" → 30:
 * the part before it is how many are active, not more members); null when no total is said after a comma.
 * Read so, the answer was refused, and its "aktif" then read as a desa's status asked.
 */
function totalPart(text: string, range: { readonly min: number; readonly max: number }): ParseResult<PeopleCount, CountError> | null {
  const found = TOTAL_AFTER.exec(simplify(text).replace(/[.!?]+$/, ''));
  if (found === null) return null;
  const total = oneCount(found[1]!.trim(), range);
  return total.ok ? ok({ total: total.value }) : total.error === 'not_a_number' ? null : total;
}

/** What people are called before their count: "ibu2 tani", "bapak2 nelayan", "ibu-ibu kader". */
const WHO_BEFORE = /^((?:[a-z][a-z2-]*\s+){1,3})(?=\d)/;

/**
 * The count said after who they are ("ibu2 tani 22 org" → 22): words naming people first, of which
 * one is a word for people ("ibu2"), then the count. Null otherwise (the answer was refused).
 */
function whoFirst(text: string, range: { readonly min: number; readonly max: number }): ParseResult<PeopleCount, CountError> | null {
  const plain = simplify(text).replace(/[.!?]+$/, '');
  const who = WHO_BEFORE.exec(plain)?.[1];
  if (who === undefined || !who.trim().split(/\s+/).some((word) => PEOPLE.has(word))) return null;
  const count = oneCount(plain.slice(who.length), range);
  return count.ok ? ok({ total: count.value }) : count.error === 'not_a_number' ? null : count;
}

/** The words of a {@link LABEL}: in a part of a sum they say no more than who ("anggotanya 20 ibu-ibu"). */
const LABEL_WORDS = new Set(['jumlah', 'jml', 'total', 'anggotanya', 'anggotane', 'pengurusnya', 'kadernya', 'kami', 'kita', 'saya', 'sekarang', 'skrg', 'ada']);

/** Words that spell a number out ("dua belas"), which are the count, not who. */
const NUMBER_WORD = /^(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|ratus|seratus|ribu|seribu)$/;

/** One count of people (see {@link parsePeopleCount}). */
function oneCount(text: string, range: { readonly min: number; readonly max: number }): ParseResult<number, CountError> {
  const direct = parseCount(text, range);
  if (direct.ok || direct.error !== 'not_a_number') return direct;
  // "25 dong", "30 ya min": the particles after the count say nothing of it (was "write the number in digits").
  const words = dropTrailingParticles(simplify(text).replace(/[.!?]+$/, '').replace(LABEL, '').split(' ').filter((word) => word !== ''), { keep: 1, just: true });
  // The first word that says who, after at least one word of the count ("dua belas kader");
  // none: the count is what the label left ("anggotanya ada 25").
  const who = words.findIndex((word, index) => index > 0 && PEOPLE.has(word.replace(/,$/, '')));
  // A second count after who ("12 kader 3 pengurus", "dua belas kader dan tiga pengurus"): no single count.
  // (After who itself: "ibu2" holds a digit, and says who; so it does after "orang": "30 orang ibu2".)
  if (who > 0 && words.slice(who + 1).some((word) => !PEOPLE.has(word.replace(/,$/, '')) && (/\d/.test(word) || NUMBER_WORD.test(word)))) return direct;
  const count = parseCount(words.slice(0, who > 0 ? who : words.length).join(' '), range);
  return count.ok || count.error !== 'not_a_number' ? count : direct;
}
