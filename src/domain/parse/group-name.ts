/**
 * A group's name as compared for duplicates (stored as the group's nameNorm): the same group
 * however its name is typed. Lower case, no accents or punctuation, abbreviations spelled out,
 * RT/RW numbers in one form ("RW XI", "rw.11", "Rw11", "RW 011" and "R.W. 11" are all
 * "rw 11"). The migrations 20261206070000_group_name_abbreviations (v2) and
 * 20261206110000_group_name_rt_rw (v3) apply the same rules to the names stored before;
 * test/storage/groups/group-name-norm.test.ts checks on PostgreSQL that they agree.
 */
import { readNumber } from './area-unit.js';

/** Abbreviations people type in group names, spelled out ("pkk dsn glugo" is "PKK Dusun Glugo"). */
const NAME_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bdsn\b/g, 'dusun'],
  [/\b(?:klp|kelp)\b/g, 'kelompok'],
  [/\bpoktan\b/g, 'kelompok tani'],
  [/\bkwt\b/g, 'kelompok wanita tani'],
  [/\bmajlis\b/g, 'majelis'],
  [/\b(?:talim|ta lim)\b/g, 'taklim'],
  [/\bbpk\b/g, 'bapak'],
  [/\bibu2\b/g, 'ibu ibu'],
  [/\bbapak2\b/g, 'bapak bapak'],
];

/**
 * Roman numerals read after "rt"/"rw" in a name: up to CCCXCIX. D and M are left out on
 * purpose: "rt di …" would otherwise read as RT 501, and no RT/RW is numbered that high.
 */
const NAME_ROMAN = /^[ivxlc]+$/;

/**
 * The form of a name compared for duplicates: lower case, no accents or punctuation,
 * abbreviations spelled out, numbers without leading zeros ("Arisan RT 05" = "arisan rt 5"),
 * RT/RW numbers in digits after their word ("RW XI", "rw.11", "Rw11" = "rw 11").
 */
export function normalizeName(name: string): string {
  let norm = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\b0+(\d)/g, '$1');
  for (const [pattern, spelled] of NAME_ABBREVIATIONS) norm = norm.replace(pattern, spelled);
  return rtRwNumbers(norm);
}

/**
 * v3 of the form (the migration's wksbm_group_name_norm_v3): "r w" (from "R.W.") is "rw", a
 * number glued to its word is set apart without its leading zeros ("rw011" → "rw 11"), and a
 * Roman numeral after the word is written in digits ("rw xi" → "rw 11").
 */
function rtRwNumbers(norm: string): string {
  // Words are what lies between spaces (the form has single spaces), as the SQL splits them.
  return norm
    .replace(/(?<=^| )r ([tw])(?= |$)/g, 'r$1')
    .replace(/(?<=^| )(r[tw])0*(\d+)(?= |$)/g, '$1 $2')
    .replace(/(?<=(?:^| )r[tw] )[a-z]+(?= |$)/g, (word) => {
      const value = NAME_ROMAN.test(word) ? readNumber(word) : null;
      return value === null ? word : String(value);
    });
}

/** A normalised name split into what comes before its trailing RT/RW ("… rw 11", "… rt 3 rw 11") and that suffix ('' without one). */
export interface NameAndArea {
  readonly base: string;
  readonly suffix: string;
}

/** Trailing RT/RW numbers of a normalised name. */
const AREA_SUFFIX = /(?:^| )((?:r[tw] \d+ ?)+)$/;

/** Splits a normalised name ({@link normalizeName}) into its base and its trailing RT/RW. */
export function splitAreaSuffix(norm: string): NameAndArea {
  const found = AREA_SUFFIX.exec(norm);
  if (!found || found.index === 0) return { base: norm, suffix: '' };
  return { base: norm.slice(0, found.index), suffix: found[1]!.trim() };
}
