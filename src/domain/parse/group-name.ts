/**
 * A group's name as compared for duplicates (stored as the group's nameNorm): the same group
 * however its name is typed. Lower case, no accents or punctuation, abbreviations spelled out,
 * RT/RW numbers in one form ("RW XI", "rw.11", "Rw11", "RWXI", "RW 011" and "R.W. 11" are all
 * "rw 11"; "rt05rw03" and "RT.05/RW.03" are "rt 5 rw 3"), the people's words doubled with a 2
 * written in full ("anak2", "Anak-Anak" and "anak anak" are "anak anak"; "Bpk2" is "bapak
 * bapak"). The migrations 20261206070000_group_name_abbreviations (v2),
 * 20261206110000_group_name_rt_rw (v3), 20261207090000_group_name_glued_rt_rw (v4),
 * 20261207093000_group_name_doubled_words (v5) and 20261207140000_group_name_doubled_short_forms
 * (v6) apply the same rules to the names stored before; test/storage/groups/group-name-norm.test.ts
 * checks on PostgreSQL that they agree.
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
 * RT/RW numbers in digits after their word ("RW XI", "rw.11", "Rw11" = "rw 11"), the people's
 * words doubled with a 2 in full ("anak2" = "anak anak", as {@link nameAsTyped} writes it).
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
  return doubledWords(gluedRtRw(rtRwNumbers(norm)));
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

/**
 * A word of RT/RW parts written together: "rt5rw3", "rwxirt3", "rwxi", and after "rt"/"rw" a value
 * glued to the next part ("rt 5rw 3", from "RT.05RW.03"). Every part but the last has its value;
 * the last one's may be the next word.
 */
const GLUED_RT_RW = /^(?:\d+|[ivxlc]+)?(?:r[tw](?:\d+|[ivxlc]+))*(?:r[tw])?$/;

/** Whether `word` (after `previous`) is RT/RW parts written together, every value a number or a Roman numeral. */
function gluedParts(word: string, previous: string | undefined): boolean {
  if (!/r[tw]/.test(word) || !/[\divxlc]/.test(word) || !GLUED_RT_RW.test(word)) return false;
  // A value first belongs to the "rt"/"rw" before it.
  if (!/^r[tw]/.test(word) && previous !== 'rt' && previous !== 'rw') return false;
  return word.split(/r[tw]/).every((value) => value === '' || /^\d+$/.test(value) || (NAME_ROMAN.test(value) && readNumber(value) !== null));
}

/**
 * v4 of the form (the migration's wksbm_group_name_norm_v4), applied to v3's: RT/RW parts
 * written together are set apart, numbers without leading zeros and Roman numerals in digits
 * ("rt05rw03" → "rt 5 rw 3", "rwxi" → "rw 11", "rt 5rw 3" → "rt 5 rw 3").
 */
function gluedRtRw(norm: string): string {
  const words = norm.split(' ');
  const apart = words.map((word, index) =>
    gluedParts(word, words[index - 1])
      ? word
          .replace(/(r[tw])(?=[\divxlc])/g, '$1 ')
          .replace(/([\divxlc])(?=r[tw])/g, '$1 ')
          .replace(/(^| )0+(?=\d)/g, '$1')
      : word,
  );
  return rtRwNumbers(apart.join(' '));
}

/**
 * v5 of the form (the migration's wksbm_group_name_norm_v5), applied to v4's: a word of the
 * people a group is made of doubled with a 2 is written in full, as its name is kept since
 * ("anak2" → "anak anak", the form of "Anak-Anak"); a name's other words with a 2 are numbers.
 * v6 (wksbm_group_name_norm_v6): a short form so doubled too, in full ("bpk2" → "bapak bapak").
 */
function doubledWords(norm: string): string {
  return norm
    .split(' ')
    .map((word) => {
      const stem = doubledStem(word);
      return stem === null ? word : `${stem} ${stem}`;
    })
    .join(' ');
}

/** Words written in capitals in a group's name. */
const ACRONYMS = new Set(['pkk', 'rt', 'rw', 'kwt', 'kt', 'tp', 'mt', 'kub', 'rk', 'lks', 'bumdes', 'lpmd', 'lpmk', 'irmas', 'risma']);

/** A Roman numeral as names number a dusun or an RW ("dusun ii", "rw xi"): written in capitals. */
const NAME_NUMERAL = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

/**
 * A group's name as it is kept: one typed all in lower case gets capitals ("pkk dusun glugo rt
 * 7" → "PKK Dusun Glugo RT 7", "… rw xi" → "… RW XI"), as a name is written on forms, and so does
 * one typed all in capitals, as some people type everything ("POSYANDU LANSIA SEHAT BAHAGIA" →
 * "Posyandu Lansia Sehat Bahagia"; its short forms stay: "KWT SRI REJEKI" → "KWT Sri Rejeki");
 * one typed with both stays as it is. A word doubled with a 2 is written in full, whatever the
 * case ("arisan ibu2" → "Arisan Ibu-Ibu"; see {@link REDUPLICATED}).
 */
export function nameAsTyped(name: string): string {
  return withCapitals(name).split(' ').map(inFull).join(' ');
}

/** The capitals of {@link nameAsTyped}; a word of a name typed in lower case gets one after a hyphen too ("ibu-ibu" → "Ibu-Ibu"). */
function withCapitals(name: string): string {
  const lower = name.toLowerCase();
  if (name !== lower && !shouted(name)) return name;
  return lower
    .split(' ')
    .map((word) => (ACRONYMS.has(word) || (word !== '' && NAME_NUMERAL.test(word)) ? word.toUpperCase() : word.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase())))
    .join(' ');
}

/**
 * A word doubled the way Indonesians write it in chats, its stem and a 2 ("ibu2" = "ibu-ibu",
 * "bapak2", "anak2"). Only the people a group is made of: a name's own word with a 2 may be
 * a number ("Posyandu Mawar2", "Melati2" are Mawar 2 and Melati 2, not Mawar-Mawar), and so
 * are "rt2", "RT 02", "Dasawisma 12".
 */
const REDUPLICATED = /^(\p{L}{3,})2$/u;
/**
 * The stems doubled so in groups' names: the people the group is made of. Names are compared
 * with them written in full too ({@link doubledWords}): a stem added here needs a migration
 * for the names stored before, as 20261207093000_group_name_doubled_words (the norm test fails
 * until it has one).
 */
export const DOUBLED_STEMS: ReadonlySet<string> = new Set([
  'ibu', 'bapak', 'anak', 'remaja', 'pemuda', 'pemudi', 'warga', 'mama', 'emak', 'teman', 'kawan', 'nenek', 'kakek', 'janda', 'petani',
  'nelayan', 'pedagang', 'santri', 'kader', 'tetangga', 'sahabat', 'saudara', 'putra', 'putri', 'lansia', 'ortu', 'bunda',
]);

/**
 * Short forms of the stems typed doubled with a 2 ("Bpk2" is "bapak bapak", as "bpk-bpk" and
 * "bapak2" are). Compared as their stem in full ({@link doubledWords}): a short form added here
 * needs a migration for the names stored before, as 20261207140000_group_name_doubled_short_forms.
 */
export const DOUBLED_SHORT_FORMS: ReadonlyMap<string, string> = new Map([['bpk', 'bapak']]);

/** The people's word, in full and lower case, that `word` doubles with a 2 ("anak2", "Bpk2" → "bapak"), or null. */
function doubledStem(word: string): string | null {
  const stem = REDUPLICATED.exec(word)?.[1]?.toLowerCase();
  if (stem === undefined) return null;
  const full = DOUBLED_SHORT_FORMS.get(stem) ?? stem;
  return DOUBLED_STEMS.has(full) ? full : null;
}

/** A word of the name written in full: its stem, as typed, doubled with a hyphen ("Ibu2" → "Ibu-Ibu", "Bpk2" → "Bpk-Bpk"); any other word with a 2 kept. */
function inFull(word: string): string {
  const stem = REDUPLICATED.exec(word)?.[1];
  return stem === undefined || doubledStem(word) === null ? word : `${stem}-${stem}`;
}

/**
 * Typed all in capitals, with a word that is no short form ("POSYANDU MAWAR"): "PKK RT 05" or
 * "KUB" are written so on purpose.
 */
function shouted(name: string): boolean {
  if (name !== name.toUpperCase()) return false;
  return name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => word.length >= 4 && !ACRONYMS.has(word));
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
