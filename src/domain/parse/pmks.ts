/**
 * Beneficiaries of an activity as counts per PMKS category (Permensos 8/2012, codes 1..26):
 * "8 15", "8=15", "8: 15, 24 30", "kategori 8 jumlah 15", "lansia terlantar 15",
 * "15 lansia, 20 anak yatim". Only counts: never names of the people served.
 *
 * Conventions:
 * - Two numbers are always code first, then count ("8 15"). A name may come before or after
 *   its count ("lansia 15", "15 lansia"); so a number then a name is a count ("8 lansia" = 8: 8).
 * - Pairs are separated by ",", ";", a new line, "dan"/"and"/"&", the words people join them
 *   with ("terus", "sama", "lalu", "plus"), or simply by position: "8 15 24 30" when every word
 *   is a number, "20 lansia 5 disabilitas" when counts and names alternate.
 * - The same category twice in one answer is added up ("lansia 10, lansia terlantar 5" = 8: 15).
 * - Category names here are input vocabulary only; names shown to people live in the locales.
 */
import { matchChoice, type ChoiceOption } from './choice.js';
import { joinedParts, splitByPosition } from './counted-parts.js';
import { parseCount } from './numbers.js';
import { fail, ok, type ParseResult } from './result.js';
import { simplify } from './text.js';

/**
 * Why beneficiaries could not be read: no category and count in it, a category number outside
 * 1–26, a name that is no (single) PMKS category ("warga satu dusun 50 kk", "anak 5"), a bad count,
 * or an age group without the neglect that makes it one ("30 balita": see {@link NEEDS_NEGLECT}).
 */
export type BeneficiaryError = 'not_understood' | 'unknown_category' | 'not_pmks' | 'bad_count' | 'not_neglected' | 'not_neglected_elderly';

/** The 26 PMKS category codes of Permensos 8/2012. */
export const PMKS_CODES = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
] as const;
export type PmksCode = (typeof PMKS_CODES)[number];

/** Most people served per category in one report. */
export const MAX_BENEFICIARIES = 100_000;

// What people call each category, in Indonesian (official names, short forms, everyday
// words) and some English. Index i holds code i + 1.
const ALIASES: ReadonlyArray<readonly string[]> = [
  ['anak balita terlantar', 'balita terlantar', 'balita telantar', 'balita yang terlantar', 'abt', 'neglected toddlers'],
  ['anak terlantar', 'yatim', 'anak yatim', 'yatim piatu', 'piatu', 'orphans', 'orphan'],
  ['anak yang berhadapan dengan hukum', 'anak berhadapan dengan hukum', 'anak berhadapan hukum', 'abh'],
  ['anak jalanan', 'anjal', 'street children'],
  ['anak dengan kedisabilitasan', 'anak disabilitas', 'anak difabel', 'anak berkebutuhan khusus', 'abk', 'adk'],
  ['anak korban tindak kekerasan', 'anak korban kekerasan', 'aktk'],
  ['anak yang memerlukan perlindungan khusus', 'anak memerlukan perlindungan khusus', 'anak perlu perlindungan khusus', 'ampk'],
  ['lanjut usia terlantar', 'lansia terlantar', 'lansia', 'lanjut usia', 'manula', 'jompo', 'elderly', 'simbah', 'mbah mbah', 'kakek nenek'],
  ['penyandang disabilitas', 'disabilitas', 'difabel', 'penyandang cacat', 'cacat', 'disabled', 'disability', 'people with disabilities'],
  ['tuna susila', 'tunasusila', 'wanita tuna susila', 'wts', 'psk', 'pekerja seks'],
  ['gelandangan', 'homeless'],
  ['pengemis', 'beggars', 'beggar'],
  ['pemulung', 'scavengers'],
  ['kelompok minoritas', 'minoritas', 'minority'],
  ['bekas warga binaan lembaga pemasyarakatan', 'bwblp', 'mantan napi', 'eks napi', 'bekas napi', 'mantan narapidana', 'warga binaan', 'former prisoners'],
  ['orang dengan hiv aids', 'odha', 'hiv', 'aids', 'hiv aids'],
  ['korban penyalahgunaan napza', 'korban napza', 'napza', 'korban narkoba', 'narkoba', 'drug users'],
  ['korban trafficking', 'trafficking', 'korban perdagangan orang', 'perdagangan orang', 'tppo'],
  ['korban tindak kekerasan', 'korban kekerasan', 'ktk', 'kdrt'],
  ['pekerja migran bermasalah sosial', 'pekerja migran bermasalah', 'pekerja migran', 'pmbs', 'tki', 'tkw', 'migrant workers'],
  ['korban bencana alam', 'korban bencana', 'bencana alam', 'korban banjir', 'korban gempa', 'korban longsor', 'disaster victims'],
  ['korban bencana sosial', 'bencana sosial', 'korban konflik', 'korban konflik sosial'],
  ['perempuan rawan sosial ekonomi', 'perempuan rawan', 'prse'],
  ['fakir miskin', 'miskin', 'fakir', 'keluarga miskin', 'warga miskin', 'gakin', 'dhuafa', 'duafa', 'kaum dhuafa', 'poor', 'the poor'],
  ['keluarga bermasalah sosial psikologis', 'keluarga bermasalah', 'kbsp'],
  ['komunitas adat terpencil', 'kat', 'masyarakat adat terpencil', 'suku terasing'],
];

/**
 * Age groups that are a PMKS category only when neglected (Permensos 8/2012: "anak balita
 * terlantar"): "30 balita" weighed at a posyandu are ordinary toddlers, and counting them as
 * neglected inflated the desa's PMKS figures. Named without "terlantar", the person is asked
 * to say so, or to choose none.
 */
const NEEDS_NEGLECT: ReadonlySet<string> = new Set(['balita', 'batita', 'toddler', 'toddlers', 'bayi', 'babies']);

const CATEGORY_OPTIONS: ReadonlyArray<ChoiceOption<string>> = PMKS_CODES.map((code) => ({
  id: String(code),
  words: ALIASES[code - 1] ?? [],
}));

// Words that only frame a pair: "kategori 8 jumlah 15 orang".
const FILLER = new Set([
  'kategori', 'kat.', 'kode', 'no', 'nomor', 'nmr', 'jumlah', 'jumlahnya', 'jml', 'sebanyak', 'ada', 'orang', 'org',
  'jiwa', 'people', 'persons', 'pmks', 'penerima',
]);

/** Words that say people were neglected: what makes an age group a PMKS category. */
const NEGLECTED = new Set(['terlantar', 'telantar', 'ditelantarkan', 'terlantarkan', 'neglected']);

/** Elderly as a PMKS category (lanjut usia terlantar). */
const ELDERLY_CODE = 8;

/** Anak terlantar, the category orphans are counted in (DOMAIN.md's 26 have none of their own). */
const NEGLECTED_CHILDREN_CODE = 2;
/** Words for orphans, also with "-nya" ("anak yatimnya"). */
const ORPHAN_WORD = /^(?:yatim|piatu|orphans?)(?:nya)?$/;

/**
 * PMKS code → number of people, from one or more pairs of a category and a count. With
 * `ordinaryElderly` (a health service: posyandu lansia, check-ups), elderly named without a
 * neglect word ("25 lansia") are ordinary elderly, `not_neglected_elderly`, not "lanjut usia
 * terlantar"; elsewhere (aid to the elderly) "lansia" reads as that category, as it always did.
 */
export function parseBeneficiaries(text: string, options: { readonly ordinaryElderly?: boolean } = {}): ParseResult<Record<number, number>, BeneficiaryError> {
  const read = readAllPairs(text, options, false);
  return 'error' in read ? fail(read.error) : ok(read.counts);
}

/**
 * How many of the people an answer counts as Anak terlantar it named as orphans ("20 anak
 * yatim", "yatim piatu 5") without a word of neglect: counted there all the same (santunan anak
 * yatim goes to children in need), and said back so the leader can undo it. 0 when none.
 */
export function orphansCountedNeglected(text: string): number {
  let orphans = 0;
  for (const pair of splitPairs(peopleOfFamilies(simplify(text)))) {
    const read = readPair(pair);
    if (typeof read === 'string' || read.code !== NEGLECTED_CHILDREN_CODE) continue;
    if (pair.some((token) => ORPHAN_WORD.test(token)) && !pair.some((token) => NEGLECTED.has(token))) orphans += read.count;
  }
  return orphans;
}

/** People of an age group served as usual, which no PMKS category counts ("30 balita" weighed, "25 lansia" checked). */
export type OrdinaryPeople = 'not_neglected' | 'not_neglected_elderly';

/**
 * The PMKS counts of an answer that also names people served as usual ("ada tiga puluh balita
 * sama dua anak disabilitas"): the categories read, and which ordinary people were left out.
 * Null unless some were left out, something else was read, and nothing else failed: the
 * answer is then read by {@link parseBeneficiaries} alone (was refused whole, the 2 anak
 * disabilitas lost unless typed again).
 */
export function beneficiariesBesidesOrdinary(
  text: string,
  options: { readonly ordinaryElderly?: boolean } = {},
): { readonly counts: Record<number, number>; readonly left: OrdinaryPeople } | null {
  const read = readAllPairs(text, options, true);
  if ('error' in read || read.left === undefined || Object.keys(read.counts).length === 0) return null;
  return { counts: read.counts, left: read.left };
}

/** Reads each pair; with `skipOrdinary`, pairs of people served as usual are left out and noted in `left`. */
function readAllPairs(
  text: string,
  options: { readonly ordinaryElderly?: boolean },
  skipOrdinary: boolean,
): { readonly counts: Record<number, number>; readonly left?: OrdinaryPeople } | { readonly error: BeneficiaryError } {
  const pairs = splitPairs(peopleOfFamilies(simplify(text)));
  if (pairs.length === 0) return { error: 'not_understood' };
  const counts: Record<number, number> = {};
  let left: OrdinaryPeople | undefined;
  for (const pair of pairs) {
    const read = readPair(pair);
    const named = pair.some((token) => /[a-z]/.test(token));
    const ordinaryElderly = typeof read !== 'string' && options.ordinaryElderly === true && read.code === ELDERLY_CODE && named && !pair.some((token) => NEGLECTED.has(token));
    const error: BeneficiaryError | null = typeof read === 'string' ? read : ordinaryElderly ? 'not_neglected_elderly' : null;
    if (error === 'not_neglected' || error === 'not_neglected_elderly') {
      if (!skipOrdinary) return { error };
      left ??= error;
      continue;
    }
    if (error !== null || typeof read === 'string') return { error: error ?? 'not_understood' };
    const total = (counts[read.code] ?? 0) + read.count;
    if (total > MAX_BENEFICIARIES) return { error: 'bad_count' };
    counts[read.code] = total;
  }
  return left === undefined ? { counts } : { counts, left };
}

/**
 * Families with the people in them: "satu keluarga fakir miskin, isinya empat orang" is 4
 * fakir miskin (beneficiaries are counted in people: the people count is kept, the families'
 * dropped). Left as it is when no people count follows.
 */
function peopleOfFamilies(text: string): string {
  return text.replace(
    /(?:^|(?<=[,;]\s*))[a-z0-9]+(?: [a-z]+)?\s+(?:keluarga|kk|rumah tangga)\s+([a-z ]+?)\s*(?:,|\(|\s-\s)\s*(?:isinya|isi|berisi|anggotanya|anggota|total|totalnya|jumlahnya|semuanya|ada)?\s*([a-z0-9 .]+?)\s*(?:orang|org|jiwa)\)?(?=$|[,;])/g,
    (whole, name: string, people: string) => (isCount(people) ? `${name} ${people}` : whole),
  );
}

/** Token lists of each pair. */
function splitPairs(text: string): string[][] {
  const framed = text
    .replace(/,\s*(?=(?:jumlah|jml|sebanyak)(?![a-z]))/g, ' ') // "kategori 8, jumlah 15" is one pair
    .replace(/(\d)\s*-\s*(?=\d)/g, '$1 '); // "8-15"
  return joinedParts(framed, FILLER).flatMap((tokens) =>
    // "8 15 24 30": numbers only, read two at a time.
    tokens.length > 2 && tokens.length % 2 === 0 && tokens.every((t) => /^\d+$/.test(t))
      ? Array.from({ length: tokens.length / 2 }, (_, i) => tokens.slice(2 * i, 2 * i + 2))
      : splitByPosition(tokens),
  );
}

function readPair(tokens: readonly string[]): { code: number; count: number } | BeneficiaryError {
  // Code first: "8 15", "8 ± 15"; or a count before a name: "15 lansia".
  if (/^\d+$/.test(tokens[0]!)) {
    const code = Number(tokens[0]);
    const rest = tokens.slice(1).join(' ');
    if (rest === '') return 'not_understood';
    if (isCount(rest)) {
      return code >= 1 && code <= PMKS_CODES.length ? readCount(rest, code) : 'unknown_category';
    }
    const named = /[a-z]/.test(rest) ? categoryNamed(rest) : null;
    if (named !== null) return readCount(tokens[0]!, Number(named));
    if (tokens.slice(1).some((word) => NEEDS_NEGLECT.has(word))) return 'not_neglected';
    // "3 janda", "30 pengrajin": a count of people no category names (was "the count must be a
    // number", as if "3" were a category's number).
    if (/[a-z]/.test(rest) && !QUANTITY_WORDS.has(rest)) return 'not_pmks';
    // "8 banyak": a valid code with something that is not a count.
    return code >= 1 && code <= PMKS_CODES.length ? 'bad_count' : 'not_understood';
  }
  // Name then count ("lansia terlantar 15"), or count then name ("15 lansia"): the longest
  // run of words at either end that reads as a number is the count.
  for (let cut = 1; cut < tokens.length; cut++) {
    const tail = tokens.slice(cut).join(' ');
    if (isCount(tail)) return readNamed(tokens.slice(0, cut).join(' '), tail);
    const head = tokens.slice(0, tokens.length - cut).join(' ');
    if (isCount(head)) return readNamed(tokens.slice(tokens.length - cut).join(' '), head);
  }
  return 'not_understood';
}

function readNamed(name: string, count: string): { code: number; count: number } | BeneficiaryError {
  // A name has letters: "8" or "2.5" must never be read as a category by its number.
  if (!/[a-z]/.test(name)) return 'not_understood';
  const id = categoryNamed(name);
  if (id === null) return name.split(/\s+/).some((word) => NEEDS_NEGLECT.has(word)) ? 'not_neglected' : 'not_pmks';
  return readCount(count, Number(id));
}

/** Words for an amount, not for people: "8 banyak" is a category's number with no count. */
const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'banyak', 'beberapa', 'sedikit', 'puluhan', 'ratusan', 'ribuan', 'banyak sekali', 'many', 'some', 'several', 'few', 'a few', 'lots',
]);

/**
 * The category a name says, also with "-nya" on its words ("anak yatimnya cuma 4",
 * "lansianya 20"): tried as typed first, so a name is never changed when it already reads.
 */
function categoryNamed(name: string): string | null {
  const id = matchChoice(name, CATEGORY_OPTIONS);
  if (id !== null) return id;
  const plain = name.replace(/([a-z]{3,})nya\b/g, '$1');
  return plain === name ? null : matchChoice(plain, CATEGORY_OPTIONS);
}

function isCount(text: string): boolean {
  return parseCount(text, { min: 0, max: Number.MAX_SAFE_INTEGER }).ok;
}

function readCount(text: string, code: number): { code: number; count: number } | BeneficiaryError {
  const count = parseCount(text, { min: 1, max: MAX_BENEFICIARIES });
  return count.ok ? { code, count: count.value } : 'bad_count';
}
