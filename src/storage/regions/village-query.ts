/**
 * Reads what a user typed when asked for their desa/kelurahan ("sidomulyo",
 * "desa sidomulyo kec. bambanglipuro", "sidomulyo, bantul", "bambanglipuro sidomulyo")
 * into candidate readings: which words name the village and which name the place around it.
 * The search tries every reading and keeps each village's best score, so a guess that does
 * not fit simply finds nothing.
 */
import { normalizeRegionName } from './region-name.js';
import { MULTI_WORD_PROVINCES, PROVINCE_ALIASES } from './province-aliases.js';
import { ownEntry } from '../../core/record.js';
import { DESA_KINDS } from '../../domain/parse/lexicon.js';

/** One way to read the query. */
export interface VillageQueryReading {
  /** Normalised words that should match the village name. */
  readonly part: string;
  /** Normalised words that should match the kecamatan/kabupaten/provinsi names ('' = none). */
  readonly context: string;
  /** How plausible this reading is (≤ 1); multiplies the village's score. */
  readonly weight: number;
  /**
   * True when the part is a kecamatan's name by the query's own words ("kec. sewon",
   * "kecamatan sewon bantul"): searched as a kecamatan only, never as a village name.
   */
  readonly kecamatan?: true;
  /**
   * True when the reading dropped words that are chat around a name ("gimana", "yg bener"):
   * the search keeps it only where no reading that kept those words as the place fits fully
   * ("limbangan bener": Kec. Bener's Limbangan, not every Limbangan tied with it).
   */
  readonly quiet?: true;
}

/** Words that say "the kecamatan called…" at the start of a query. */
const KECAMATAN_WORDS = new Set(['kec', 'kecamatan', 'distrik']);

/** Words that say "the village is called…": a desa's kind (the lexicon's), short forms, "nagari", "kampung". Dropped from the front of the village part. */
const VILLAGE_WORDS: ReadonlySet<string> = new Set([...DESA_KINDS, 'ds', 'kel', 'nagari', 'kampung', 'kp']);

/**
 * Words that start the place around the village: what follows them is context. Kabupaten
 * and kota are kept with the next word ("kota batu"), since they tell Kota Batu from
 * Kabupaten Batu Bara; the others only mark the boundary.
 */
const CONTEXT_WORDS: ReadonlyMap<string, string> = new Map([
  ['kab', 'kabupaten'],
  ['kabupaten', 'kabupaten'],
  ['kota', 'kota'],
  ['kodya', 'kota'],
  ['kotamadya', 'kota'],
  ['kec', ''],
  ['kecamatan', ''],
  ['distrik', ''],
  ['prov', ''],
  ['provinsi', ''],
  ['propinsi', ''],
]);

/** Separates context items in {@link VillageQueryReading.context}; items may hold spaces. */
export const CONTEXT_SEPARATOR = '|';

/** Longer queries are cut: nobody names a village and its surroundings in more words. */
const MAX_WORDS = 6;
const MAX_QUERY_LENGTH = 120;
/**
 * Guessed splits keep the village part to 4 words and the context to 3: longer names are
 * rare and are still found by the whole-query reading. Each reading costs an index scan.
 */
const MAX_PART_WORDS = 4;
const MAX_CONTEXT_WORDS = 3;
/** Joined readings are tried for short names only; longer ones are rarely compounds. */
const MAX_COMPACT_WORDS = 3;
const MAX_COMPACT_LENGTH = 16;
/** A little below the words as typed: "sido mulyo" finds Sido Mulyo before Sidomulyo. */
const COMPACT_WEIGHT = 0.99;
/** Reading the words the other way round ("bambanglipuro sidomulyo") is a little less usual. */
const CONTEXT_FIRST_WEIGHT = 0.95;
/** With a "desa"/"kel" word dropped, a village literally named "Desa Baru" still ranks first. */
const STRIPPED_WEIGHT = 0.99;

/**
 * Words people type around a desa's name in a chat ("kalo desa panggungharjo gimana",
 * "sinduadi sudah belum ya min"): the name is also read without them. These readings come
 * after the words as typed, which win a tie (a village whose name holds such a word), and
 * weigh as much: the name alone typed right is still confirmed with one tap.
 */
const CHATTER = new Set([
  'kalo', 'kalau', 'klo', 'gimana', 'bagaimana', 'gmn', 'piye', 'kumaha', 'dimana', 'yang', 'yg', 'saya', 'kami', 'aku', 'sih', 'dong',
  'deh', 'nih', 'min', 'kak', 'tolong', 'mau', 'tanya', 'status', 'cek', 'wksbm', 'apakah', 'udah', 'sudah', 'belum', 'blm', 'aja', 'saja',
  'ya', 'kah', 'please', 'my', 'village', 'aktif', 'gak', 'ga', 'nggak', 'ngga', 'tidak', 'active',
  // Correcting an answer: "eh salah, yg bener panggungharjo", "bukan, panggungharjo maksudnya".
  'eh', 'salah', 'bener', 'benar', 'betul', 'maksudnya', 'maksud', 'mksd', 'bukan', 'bkn', 'harusnya', 'seharusnya', 'tapi',
  // In English: "it's Panggungharjo in Bantul", "we live in Sinduadi", "our village is called …".
  'its', 'it', 'is', 'in', 'the', 'our', 'we', 'i', 'live', 'from', 'called', 'named', 'of', 'am', 'are',
  // "we're in …", "i'm from …" (apostrophes join the parts), "located at …".
  'were', 'im', 'located', 'at',
  // Where it is, before the name: "di desa sidoarum godean", "dari panggungharjo", Javanese "neng"/"teng".
  'di', 'dari', 'neng', 'nang', 'ning', 'teng', 'wonten',
  // Thanks around the answer: "makasih, bangunharjo".
  'makasih', 'makasi', 'mksh', 'terima', 'kasih', 'trims', 'thanks', 'ok', 'oke', 'sip',
]);

/** The readings of `query`, most literal first; empty when nothing searchable is left. */
export function readVillageQuery(query: string): VillageQueryReading[] {
  const segments = query
    .slice(0, MAX_QUERY_LENGTH)
    .split(/[,;]/)
    .map((segment) => dropRtRw(words(segment)))
    .filter((segment) => segment.length > 0);
  const readings = readingsOf(segments);
  const quiet = segments.map((segment) => segment.filter((word) => !CHATTER.has(word))).filter((segment) => segment.length > 0);
  const dropped = segments.flat().length - quiet.flat().length;
  if (dropped > 0 && quiet.length > 0) {
    for (const reading of readingsOf(quiet)) keep(readings, { ...reading, quiet: true });
  }
  for (const reading of kecamatanReadings(quiet.length > 0 ? quiet : segments)) keep(readings, reading);
  return readings;
}

/** "kec. sewon, bantul": the words after the leading kecamatan word, read as a kecamatan's name (and its place). */
function kecamatanReadings(segments: readonly string[][]): VillageQueryReading[] {
  const [first, ...others] = segments;
  if (first === undefined || !KECAMATAN_WORDS.has(first[0]!)) return [];
  const rest = [first.slice(1), ...others].filter((segment) => segment.length > 0);
  return readingsOf(rest).map((reading) => ({ ...reading, kecamatan: true as const }));
}

/** The readings of the words of a query, split where commas split them. */
function readingsOf(segments: readonly string[][]): VillageQueryReading[] {
  const all = segments.flat().slice(0, MAX_WORDS);
  if (all.length === 0) return [];
  const readings: VillageQueryReading[] = [];

  // A comma or a word such as "kec" marks where the village name ends.
  const commaAt = segments.length > 1 ? segments[0]!.length : -1;
  const markerAt = all.findIndex((word, index) => index > 0 && CONTEXT_WORDS.has(word));
  const boundary = [commaAt, markerAt].filter((at) => at > 0 && at < all.length);
  if (boundary.length > 0) {
    const at = Math.min(...boundary);
    const head = all.slice(0, at);
    const stripped = stripVillageWords(head);
    add(readings, head, all.slice(at), 1); // "desa baru, …": a name may start with "desa"
    if (stripped.length < head.length) add(readings, stripped, all.slice(at), STRIPPED_WEIGHT);
    addCompact(readings, stripped, all.slice(at));
    // "pasar kota": a word like "kota" may belong to the name after all.
    if (at !== commaAt) add(readings, all, [], 1);
    return readings;
  }

  add(readings, all, [], 1);
  const stripped = stripVillageWords(all);
  const weight = stripped.length < all.length ? STRIPPED_WEIGHT : 1;
  add(readings, stripped, [], weight);
  addCompact(readings, stripped, []);
  for (let at = 1; at < stripped.length; at++) {
    const [head, tail] = [stripped.slice(0, at), stripped.slice(at)];
    if (head.length <= MAX_PART_WORDS && tail.length <= MAX_CONTEXT_WORDS) add(readings, head, tail, weight);
    // "panggung harjo sewon": the name written apart, then its kecamatan.
    if (head.length >= 2 && tail.length <= MAX_CONTEXT_WORDS) addCompact(readings, head, tail);
    if (tail.length <= MAX_PART_WORDS && head.length <= MAX_CONTEXT_WORDS) add(readings, tail, head, weight * CONTEXT_FIRST_WEIGHT);
  }
  return readings;
}

function words(text: string): string[] {
  const normal = normalizeRegionName(text);
  return normal === '' ? [] : normal.split(' ');
}

/** "rt 3", "rw 05", "rt03": below the village, not part of any name in the code list. */
function dropRtRw(list: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!;
    if (/^r[tw]\d*$/.test(word)) {
      if (/^\d+$|^[ivxl]+$/.test(list[i + 1] ?? '') && !/\d/.test(word)) i += 1;
      continue;
    }
    kept.push(word);
  }
  return kept;
}

function stripVillageWords(list: readonly string[]): string[] {
  let start = 0;
  while (start < list.length - 1 && VILLAGE_WORDS.has(list[start]!)) start += 1;
  return list.slice(start);
}

/**
 * Context items, each matched on its own against the kecamatan, kabupaten/kota and
 * provinsi names: single words, "kabupaten x"/"kota x" pairs, spelled-out province short
 * forms ("jatim" → "jawa timur"). One- and two-letter words carry too few trigrams to point
 * at a place and are dropped.
 */
function contextOf(list: readonly string[]): string {
  const items: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!;
    const province = provinceAt(list, i);
    if (province !== null) {
      items.push(province.name);
      i += province.words - 1;
      continue;
    }
    const marker = CONTEXT_WORDS.get(word);
    if (marker !== undefined) {
      const next = list[i + 1];
      if (marker !== '' && next !== undefined && !CONTEXT_WORDS.has(next)) {
        // "kota jogja": Kota Yogyakarta, as the list names it (the city, not the province).
        items.push(`${marker} ${marker === 'kota' ? (ownEntry(CITY_ALIASES, next) ?? next) : next}`);
        i += 1;
      }
      continue;
    }
    if (VILLAGE_WORDS.has(word)) continue;
    const item = ownEntry(PROVINCE_ALIASES, word) ?? word;
    if (item.length >= 3) items.push(item);
  }
  return items.join(CONTEXT_SEPARATOR);
}

/** Most words a province is named by ("special region of yogyakarta"). */
const MAX_PROVINCE_WORDS = 4;

/**
 * The province named by several words from `at` ("jawa timur", "east java", "dki jakarta"),
 * longest first, as its `nameNorm`; null when none starts there. One item, so each word is
 * not matched alone ("timur" fits Kec. Ungaran Timur in Jawa Tengah).
 */
function provinceAt(list: readonly string[], at: number): { readonly name: string; readonly words: number } | null {
  for (let count = Math.min(MAX_PROVINCE_WORDS, list.length - at); count >= 2; count--) {
    const said = list.slice(at, at + count).join(' ');
    const name = MULTI_WORD_PROVINCES.has(said) ? said : ownEntry(PROVINCE_ALIASES, said);
    if (name !== undefined) return { name, words: count };
  }
  return null;
}

/**
 * "panggung harjo" → "panggungharjo": Javanese compound names are written both joined and
 * apart, and trigrams of the split form match the joined name poorly.
 */
function addCompact(readings: VillageQueryReading[], part: readonly string[], context: readonly string[]): void {
  const compact = part.join('');
  if (part.length >= 2 && part.length <= MAX_COMPACT_WORDS && compact.length <= MAX_COMPACT_LENGTH) {
    add(readings, [compact], context, COMPACT_WEIGHT);
  }
}

function add(readings: VillageQueryReading[], part: readonly string[], context: readonly string[], weight: number): void {
  const text = part.join(' ');
  // Split-off fragments shorter than three letters match nearly anything.
  if (text.length < 3 && readings.length > 0) return;
  keep(readings, { part: text, context: contextOf(context), weight });
}

/**
 * Adds a reading, or raises the weight of the same reading found before. The same words read
 * as typed and with chatter dropped are one reading as typed: nothing was dropped from it.
 */
function keep(readings: VillageQueryReading[], reading: VillageQueryReading): void {
  const same = readings.findIndex((other) => other.part === reading.part && other.context === reading.context && other.kecamatan === reading.kecamatan);
  if (same === -1) {
    readings.push(reading);
    return;
  }
  const seen = readings[same]!;
  const best = seen.weight < reading.weight ? reading : seen;
  const { quiet: _quiet, ...asTyped } = best;
  readings[same] = seen.quiet === true && reading.quiet === true ? best : asTyped;
}

/** Words that say the name is a kabupaten's, or a kota's, as people type them. */
const KABUPATEN_WORDS = new Set(['kab', 'kabupaten']);
const KOTA_WORDS = new Set(['kota', 'kodya', 'kotamadya']);

/** Short names of cities people type instead of the official one ("kota jogja"). */
const CITY_ALIASES: Readonly<Record<string, string>> = {
  jogja: 'yogyakarta',
  yogya: 'yogyakarta',
  jogjakarta: 'yogyakarta',
  jogya: 'yogyakarta',
  solo: 'surakarta',
};

/** Longest kabupaten/kota name people type, in words ("kota administrasi jakarta barat" has 2 after the marker). */
const MAX_REGENCY_WORDS = 3;

/**
 * The `nameNorm` a kabupaten or kota would have if the query (its first comma part, chatter
 * dropped) is its name: "kab bantul" → kabupaten bantul, "kota jogja" → kota yogyakarta,
 * "sleman" → kabupaten sleman or kota sleman (whichever exists). People asked for their desa
 * often type the kabupaten they live in. None when the query says it is a desa or a
 * kecamatan ("desa sleman", "kec. sleman"): then that is what they mean.
 */
export function regencyNames(query: string): string[] {
  const [first = ''] = query.slice(0, MAX_QUERY_LENGTH).split(/[,;]/);
  const typed = dropRtRw(words(first)).filter((word) => !CHATTER.has(word));
  if (typed.some((word) => VILLAGE_WORDS.has(word) || KECAMATAN_WORDS.has(word))) return [];
  const [marker = '', ...after] = typed;
  const kinds = KABUPATEN_WORDS.has(marker) ? ['kabupaten'] : KOTA_WORDS.has(marker) ? ['kota'] : ['kabupaten', 'kota'];
  const name = kinds.length === 1 ? after : typed;
  if (name.length === 0 || name.length > MAX_REGENCY_WORDS) return [];
  const spelled = name.map((word) => ownEntry(CITY_ALIASES, word) ?? word).join(' ');
  // Jakarta's kota and Kepulauan Seribu are "Kota/Kabupaten Administrasi …" in the list.
  return kinds.flatMap((kind) => [`${kind} ${spelled}`, `${kind} administrasi ${spelled}`]);
}
