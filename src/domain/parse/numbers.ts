/**
 * Counts and years as people type them in chat: "± 30 orang", "kurang lebih 40", "1.200",
 * "dua puluh lima", "2,5 rb", "th 2015".
 */
import { todayIn } from './calendar.js';
import { fail, ok, type ParseResult } from './result.js';
import { simplify } from './text.js';
import { ownEntry } from '../../core/record.js';
import { dropTrailingParticles } from './particles.js';

export type CountError = 'not_a_number' | 'too_small' | 'too_large';
export type YearError = 'not_a_year' | 'future' | 'too_old';

/** "Not sure" ("gatau", "kurang tahu", "ga yakin"): before an estimate a hedge, alone no count ({@link saysNotSure}). */
const NOT_SURE = [
  'gatau', 'gatahu', 'ga tau', 'gak tau', 'nggak tau', 'ngga tau', 'ga tahu', 'gak tahu', 'nggak tahu', 'tidak tahu', 'kurang tau', 'kurang tahu',
  'ga yakin', 'gak yakin', 'kurang yakin', 'not sure',
];

/** Whether `text` only says the person does not know ("gatau", "ga tau min", "kurang tahu"): no count, but no refusal either. */
export function saysNotSure(text: string): boolean {
  const typed = dropTrailingParticles(simplify(text).replace(/[^a-z\s]/g, ' ').split(' ').filter(Boolean), { keep: 1, just: true }).join(' ');
  return NOT_SURE.includes(typed);
}

// Hedges in front of a count: the count is an estimate anyway, so they are dropped.
const HEDGES = [
  '±', '+/-', '+-', '~', 'kurang lebih', 'kurang lbh', 'krg lebih', 'krg lbh', 'kurleb', 'kl',
  'lebih kurang', 'lbh krg', 'kira kira', 'kira2', 'kira', 'sekitar', 'sekitaran', 'skitar', 'sktr',
  'lebih dari', 'lbh dari', 'lbh dr', 'hampir', 'ada', 'jumlahnya', 'jumlah', 'jml', 'total',
  'sebanyak', 'about', 'around', 'approximately', 'approx', 'roughly', 'some', 'almost',
  'more than', 'over', 'ca', 'hmm', 'hm', 'eh', 'ya', 'mungkin', 'paling', 'palingan', 'kisaran', 'kurang lebihnya',
  // Javanese and Sundanese.
  'kurang luwih', 'kurang langkung', 'watara', 'kinten kinten', 'sakitar', 'kirang langkung',
  // Sundanese as typed in chat ("kinten2 35 urang", "aya 40"): the doubled forms before the single word.
  'kinten-kinten', 'kinten2', 'kinten', 'kurang leuwih', 'kirang leuwih', 'aya',
  // "Not sure" before the estimate ("gatau, kira2 40an"): the count that follows is the answer.
  ...NOT_SURE, 'pasti',
  // "Well then" before settling on a figure ("ya udah 30 aja"; "ya" may go first, leaving "udah").
  'ya udah', 'yaudah', 'ya sudah', 'yasudah', 'yowis', 'yo wis', 'udah', 'sudah',
];
// Units and "or more" after a count: "25 orang", "30 lebih", "40an", "50+".
const TAILS = [
  'orang', 'org', 'jiwa', 'anggota', 'peserta', 'warga', 'kepala keluarga', 'kk', 'people',
  'persons', 'person', 'members', 'member', 'lebih', 'lbh', 'an', '+', 'lah', 'aja', 'saja', 'deh', 'kayaknya', 'mungkin', 'kurang lebih',
  // Javanese and Sundanese "people" ("urang" after a count), and "nggih" ending a polite answer.
  'wong', 'uwong', 'tiyang', 'jalma', 'jalmi', 'urang', 'nggih',
  // "More or less" said after the count, as "kurang lebih" is ("40 urang kirang langkung").
  'kurang luwih', 'kurang langkung', 'kirang langkung', 'kurang leuwih', 'kirang leuwih',
];

/**
 * A whole number in a typed answer, within [min, max]. Hedges ("±", "sekitar"), units
 * ("orang", "jiwa") and "-an"/"lebih" are ignored. Dots and commas followed by exactly
 * three digits group thousands ("1.200", "1,200"); a decimal is only accepted before
 * "ribu"/"rb"/"juta" when the result is whole ("1,5 rb" = 1500). Number words in
 * Indonesian ("dua puluh lima", "seratus") and English ("twenty five") are understood.
 */
export function parseCount(
  text: string,
  range: { readonly min: number; readonly max: number },
): ParseResult<number, CountError> {
  const stripped = stripHedgesAndTails(simplify(text));
  const value = parseNumber(stripped);
  // "-5": a number below zero is a number still, too small for any count (not "write it in digits").
  if (value === null) return /^-\d/.test(stripped) && parseNumber(stripped.slice(1)) !== null ? fail('too_small') : fail('not_a_number');
  if (value < range.min) return fail('too_small');
  if (value > range.max) return fail('too_large');
  return ok(value);
}

/**
 * A four-digit year, optionally after "th", "thn", "tahun", "sejak" or "year"
 * ("th 2015", "tahun 2015"). Two-digit years ("'15") are refused: too easy to misread.
 * `future` when after the current year in `timeZone`; `too_old` when before `min`.
 */
export function parseYear(
  text: string,
  now: Date,
  options: { readonly min?: number; readonly timeZone?: string } = {},
): ParseResult<number, YearError> {
  const { min = 1900, timeZone = 'Asia/Jakarta' } = options;
  let cleaned = simplify(text).replace(/[.!]+$/, '');
  // "sejak tahun 2015", "thn.2015", "th2015": prefix words may be glued or stacked.
  for (let before = ''; before !== cleaned; ) {
    before = cleaned;
    cleaned = cleaned.replace(/^(?:sejak|since|dari|pada|in|year|tahun|thn|th)(?![a-z])[.:\s]*/, '');
  }
  const match = /^(\d{4})$/.exec(cleaned);
  if (!match) return fail('not_a_year');
  const year = Number(match[1]);
  if (year > todayIn(now, timeZone).year) return fail('future');
  if (year < min) return fail('too_old');
  return ok(year);
}

/** Removes hedges in front and units/"-an"/"lebih" behind, repeatedly ("± 30an orang"). */
function stripHedgesAndTails(text: string): string {
  let current = text.replace(/[.!?]+$/, '').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const hedge of HEDGES) {
      const stripped = stripFront(current, hedge);
      if (stripped !== null) {
        current = stripped;
        changed = true;
      }
    }
    for (const tail of TAILS) {
      const stripped = stripBack(current, tail);
      if (stripped !== null) {
        current = stripped;
        changed = true;
      }
    }
  }
  return current;
}

function stripFront(text: string, hedge: string): string | null {
  if (!text.startsWith(hedge) || text.length === hedge.length) return null;
  const rest = text.slice(hedge.length);
  // A word hedge must end at a word boundary ("ada" is not the start of "adalah").
  if (/[a-z]$/.test(hedge) && /^[a-z]/.test(rest)) return null;
  return rest.replace(/^[\s.,:-]+/, '');
}

function stripBack(text: string, tail: string): string | null {
  if (!text.endsWith(tail) || text.length === tail.length) return null;
  const rest = text.slice(0, text.length - tail.length);
  // "an" only ever follows a number: digits ("40an", "40-an") or words ("dua puluh lima an"); word units need a space before them.
  if (tail === 'an') return /\d[\s-]*$/.test(rest) || (/[\s-]$/.test(rest) && parseNumber(rest.replace(/[\s-]+$/, '')) !== null) ? rest.replace(/[\s-]+$/, '') : null;
  // Word units follow a space or a digit ("25 orang", "25orang"), never part of a word.
  if (/^[a-z]/.test(tail) && !/[\s\d]$/.test(rest)) return null;
  return rest.trim();
}

const MULTIPLIERS: Readonly<Record<string, number>> = {
  ribu: 1_000, rb: 1_000, rbu: 1_000, k: 1_000, thousand: 1_000, juta: 1_000_000, jt: 1_000_000, million: 1_000_000,
};

/**
 * A non-negative whole number written in digits or words, or null. No hedges or units:
 * callers strip those. Exported for the other parsers ("dua hari lalu", PMKS counts).
 */
export function parseNumber(text: string): number | null {
  const cleaned = simplify(text);
  if (/^\d+$/.test(cleaned)) return safe(Number(cleaned));
  // Indonesian writes 1.200 for twelve hundred; some phones and English speakers 1,200.
  if (/^\d{1,3}(?:\.\d{3})+$/.test(cleaned) || /^\d{1,3}(?:,\d{3})+$/.test(cleaned)) {
    return safe(Number(cleaned.replace(/[.,]/g, '')));
  }
  const scaled = /^(\d+)(?:[.,](\d+))?\s*([a-z]+)$/.exec(cleaned);
  if (scaled) {
    const multiplier = MULTIPLIERS[scaled[3]!];
    if (multiplier === undefined) return null;
    const fraction = scaled[2] ?? '';
    // "1.200 rb" groups thousands (three digits after the mark); "1,5 rb" is a decimal.
    const base = fraction.length === 3 ? Number(scaled[1]! + fraction) : Number(`${scaled[1]!}.${fraction || '0'}`);
    const value = Math.round(base * multiplier * 1000) / 1000;
    return Number.isInteger(value) ? safe(value) : null;
  }
  return parseNumberWords(cleaned);
}

function safe(value: number): number | null {
  return Number.isSafeInteger(value) ? value : null;
}

type NumberWord =
  | { readonly kind: 'unit'; readonly value: number }
  | { readonly kind: 'add'; readonly value: number } // English teens and tens: "twelve", "twenty"
  | { readonly kind: 'belas' | 'puluh' | 'ratus' }
  | { readonly kind: 'big'; readonly value: number };

const UNITS: Readonly<Record<string, number>> = {
  se: 1, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const ADDS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * Javanese and Sundanese number words as the Indonesian ones they mean ("selawe" 25, "telung
 * puluh" 30, "seket" 50, "rolas" 12; Sundanese "tilu puluh" 30): older leaders count in them.
 * Whole words only; "lima", "dua", "tujuh" are the same in all three.
 */
const REGIONAL_NUMBER_WORDS: Readonly<Record<string, string>> = {
  // Javanese units, and their forms before a scale word ("telung puluh", "rong atus").
  siji: 'satu', loro: 'dua', telu: 'tiga', papat: 'empat', limo: 'lima', enem: 'enam', pitu: 'tujuh', wolu: 'delapan',
  sanga: 'sembilan', songo: 'sembilan', rong: 'dua', telung: 'tiga', patang: 'empat', limang: 'lima', pitung: 'tujuh',
  wolung: 'delapan', sangang: 'sembilan', songong: 'sembilan', atus: 'ratus', satus: 'seratus', ewu: 'ribu', sewu: 'seribu',
  // Javanese teens and the twenties said apart.
  sewelas: 'sebelas', rolas: 'dua belas', telulas: 'tiga belas', patbelas: 'empat belas', limalas: 'lima belas',
  limolas: 'lima belas', nembelas: 'enam belas', pitulas: 'tujuh belas', wolulas: 'delapan belas', sangalas: 'sembilan belas',
  songolas: 'sembilan belas', selikur: 'dua puluh satu', rolikur: 'dua puluh dua', telulikur: 'dua puluh tiga',
  patlikur: 'dua puluh empat', selawe: 'dua puluh lima', nemlikur: 'dua puluh enam', pitulikur: 'dua puluh tujuh',
  wolulikur: 'dua puluh delapan', sangalikur: 'dua puluh sembilan', songolikur: 'dua puluh sembilan',
  seket: 'lima puluh', sewidak: 'enam puluh',
  // Sundanese.
  hiji: 'satu', tilu: 'tiga', opat: 'empat', genep: 'enam', dalapan: 'delapan', salapan: 'sembilan', sapuluh: 'sepuluh',
  sabelas: 'sebelas', saratus: 'seratus', rebu: 'ribu', sarebu: 'seribu',
};

function classify(word: string): NumberWord | null {
  const unit = ownEntry(UNITS, word);
  if (unit !== undefined) return { kind: 'unit', value: unit };
  const add = ownEntry(ADDS, word);
  if (add !== undefined) return { kind: 'add', value: add };
  if (word === 'belas' || word === 'puluh' || word === 'ratus') return { kind: word };
  if (word === 'hundred') return { kind: 'ratus' };
  if (word === 'ribu' || word === 'thousand') return { kind: 'big', value: 1_000 };
  if (word === 'juta' || word === 'million') return { kind: 'big', value: 1_000_000 };
  return null;
}

/**
 * Number words, Indonesian or English. Scale words are split off when typed glued
 * ("duapuluh", "sepuluh" = se + puluh), so "se" works as one before any scale word.
 * Words must come in decreasing order of size; anything else is not a number.
 */
function parseNumberWords(typed: string): number | null {
  const text = typed.split(' ').map((word) => ownEntry(REGIONAL_NUMBER_WORDS, word) ?? word).join(' ');
  const tokens = text
    .replace(/(belas|puluh|ratus|ribu|juta)/g, ' $1 ')
    .replace(/[-,]/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== 'and' && word !== 'dan');
  // "dua belasan", "tiga puluhan": about that many, said with -an after the scale word.
  if (tokens.length > 2 && tokens.at(-1) === 'an' && /^(?:belas|puluh|ratus|ribu|juta)$/.test(tokens.at(-2)!)) tokens.pop();
  if (tokens.length === 0) return null;
  if (tokens.length === 1 && (tokens[0] === 'nol' || tokens[0] === 'kosong' || tokens[0] === 'zero')) return 0;
  let total = 0; // thousands and millions already closed
  let group = 0; // the part below a thousand
  let unit: number | null = null; // a digit word waiting for its scale word
  let lastBig = Number.POSITIVE_INFINITY;
  for (const token of tokens) {
    const word = classify(token);
    if (word === null) return null;
    if (token === 'se' && unit !== null) return null;
    switch (word.kind) {
      case 'unit':
        // A digit may follow hundreds or tens ("seratus lima", "dua puluh lima"), not teens.
        if (unit !== null || group % 10 !== 0 || (group % 100 > 0 && group % 100 < 20)) return null;
        unit = word.value;
        break;
      case 'add':
        if (unit !== null || group % 100 !== 0) return null;
        group += word.value;
        break;
      case 'belas':
      case 'puluh':
        if (unit === null || group % 100 !== 0) return null;
        group += word.kind === 'belas' ? 10 + unit : unit * 10;
        unit = null;
        break;
      case 'ratus':
        if (unit === null || group !== 0) return null;
        group = unit * 100;
        unit = null;
        break;
      case 'big': {
        const count = group + (unit ?? 0);
        if (count === 0 || word.value >= lastBig) return null;
        total += count * word.value;
        lastBig = word.value;
        group = 0;
        unit = null;
        break;
      }
    }
  }
  // "se" alone, or "a" alone, is not a number.
  if (tokens[tokens.length - 1] === 'se' || tokens[tokens.length - 1] === 'a') return null;
  return total + group + (unit ?? 0);
}
