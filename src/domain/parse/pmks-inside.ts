/**
 * Beneficiaries counted inside a sentence that tells the activity ("kmrn malem kita santunan
 * yatim 15 anak", "bagi sembako ke 30 lansia dan 5 fakir miskin"): typed to start a log or as
 * its description, the counts were dropped and asked for again. Each number is read with the
 * words right around it as the beneficiaries' question reads an answer (pmks.ts), the narrowest
 * reading that holds (a wider one may take in words that only look like a name); a number that counts no PMKS category (a date, an RT, members) gives none.
 */
import { parseBeneficiaries } from './pmks.js';

/** The most words around a number that may name its category ("anak yang memerlukan perlindungan khusus"). */
const MOST_AROUND = 5;

/** Words that only say the count is of people ("15 anak", "12 orang"), tried after the number with the category before it. */
const PEOPLE_AFTER = /^(?:anak|orang|org|jiwa|kk|keluarga)$/;

/**
 * Words that make a number next to them no count of people: a time ("jam 7", "8 malam"), a
 * date ("tanggal 8"), an address ("rt 3"), an order ("ke 2"), a year ("2024 ke warga"). Read
 * as counts they recorded "7 lansia" for "senam lansia jam 7 pagi".
 */
const NOT_BESIDE = new Set([
  'jam', 'pukul', 'pkl', 'tgl', 'tanggal', 'tahun', 'thn', 'th', 'rt', 'rw', 'no', 'nomor', 'nmr', 'ke', 'kali', 'x',
  'hari', 'minggu', 'bulan', 'menit', 'detik', 'pagi', 'siang', 'sore', 'malam', 'malem', 'wib', 'wita', 'wit',
  'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'sep', 'okt', 'nov', 'des',
]);

/** Beneficiaries read inside a sentence: PMKS code → count, and the words they were read from ("yatim 15"). */
export interface CountedInside {
  readonly counts: Record<number, number>;
  readonly said: readonly string[];
}

/**
 * The counts of each number in `text` named with its category; null when none is.
 * `ordinaryElderly` as for {@link parseBeneficiaries}: at a health service "25 lansia" counts no one.
 */
export function beneficiariesInside(text: string, options: { readonly ordinaryElderly?: boolean } = {}): CountedInside | null {
  // Split at spaces and commas only: "8/12" (a date) and "15.00" (a time) stay one word, no count.
  const words = text
    .toLowerCase()
    .split(/[\s,;:()]+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
  const counts: Record<number, number> = {};
  const said: string[] = [];
  let after = 0;
  for (let index = 0; index < words.length; index++) {
    if (!/^\d+$/.test(words[index]!) || index < after) continue;
    const read = readAround(words, index, after, options);
    if (read === null) continue;
    for (const [code, count] of Object.entries(read.counts)) counts[Number(code)] = (counts[Number(code)] ?? 0) + count;
    said.push(read.said);
    after = read.end;
  }
  return said.length > 0 ? { counts, said } : null;
}

/** The narrowest run of words around the number at `index` (from `from` on) read as one category and its count. */
function readAround(
  words: readonly string[],
  index: number,
  from: number,
  options: { readonly ordinaryElderly?: boolean },
): { readonly counts: Record<number, number>; readonly said: string; readonly end: number } | null {
  let best: { counts: Record<number, number>; said: string; end: number; width: number } | null = null;
  for (let before = Math.min(MOST_AROUND, index - from); before >= 0; before--) {
    for (let later = MOST_AROUND; later >= 0; later--) {
      const end = Math.min(words.length, index + 1 + later);
      // The name before the count and a word for people after it ("yatim 15 anak"), or the name on one side.
      const tail = words.slice(index + 1, end);
      if (before > 0 && later > 0 && !(tail.length === 1 && PEOPLE_AFTER.test(tail[0]!))) continue;
      const run = words.slice(index - before, end);
      if (run.length < 2) continue;
      // Two numbers are the beneficiaries question's "code count" ("8 12"), not a sentence's; and a
      // number beside a word of time, date or place counts no one.
      if (run.some((word, at) => at !== before && /\d/.test(word))) continue;
      if ((before > 0 && NOT_BESIDE.has(words[index - 1]!)) || (later > 0 && NOT_BESIDE.has(words[index + 1]!))) continue;
      const pair = (before > 0 && later > 0 ? words.slice(index - before, index + 1) : run).join(' ');
      const read = parseBeneficiaries(pair, options);
      if (!read.ok || Object.keys(read.value).length !== 1) continue;
      if (best === null || run.length < best.width) best = { counts: read.value, said: pair, end, width: run.length };
    }
  }
  return best && { counts: best.counts, said: best.said, end: best.end };
}
