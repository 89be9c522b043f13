/**
 * Where in a desa/kelurahan a group is: RT/RW numbers ("RT 05/RW 03", "rw03 rt05",
 * "RW XI") or a dusun-level name ("dusun Krajan", "banjar Kaja", "jorong Koto"), or the
 * whole village ("-", "tidak ada", "seluruh desa").
 *
 * Conventions:
 * - A bare pair "a/b" is RT a, RW b: the order of the KTP field "RT/RW 005/003" and of
 *   most written addresses; so is "rt 5/3". "rt/rw 5/3" and "rw/rt 3/5" name the order explicitly.
 * - A single bare number is not understood (it may be a menu answer, and RT or RW is unclear).
 * - Numbers are 1..999, in digits or canonical Roman numerals (RW XI = 11); 0 or more than
 *   999 is `out_of_range`. Unused parts are 0 (RT 7 alone is rw 0, rt 7).
 * - A name needs its kind word in front ("dusun Krajan"): a bare word could be anything.
 *   Only the name is kept, title-cased; every kind (dukuh, banjar, jorong, lingkungan,
 *   kampung…) sits at the same tier below the desa and is shown as "Dusun".
 */
import type { AreaUnit } from '../model/groups.js';
import { fail, ok, type ParseResult } from './result.js';
import { notWordsPattern } from './negation.js';
import { dropTrailingParticles } from './particles.js';
import { parseNumber } from './numbers.js';
import { simplify } from './text.js';

export type AreaUnitError = 'not_understood' | 'out_of_range';


const WHOLE_VILLAGE = new Set([
  'tidak ada', 'tdk ada', 'tak ada', 'gak ada', 'ga ada', 'gk ada', 'nggak ada', 'ngga ada', 'enggak ada',
  'tidak', 'tdk', 'tidak pakai', 'tidak pakai rt', 'tidak ada rt', 'tidak ada rt rw', 'none', 'no', 'nothing',
  'seluruh desa', 'seluruh kelurahan', 'seluruh desa kelurahan', 'seluruh', 'seluruhnya', 'sedesa', 'se desa',
  'satu desa', 'semua', 'semuanya', 'semua rt', 'semua warga', 'semua rt rw', 'seluruh warga', 'desa', 'all',
  'whole', 'whole village', 'the whole village', 'entire village', 'all of the village',
  // Sundanese and Javanese: "sadesa" (the whole desa), "sadayana" (all of it), "sak desa".
  'sadesa', 'sa desa', 'sakdesa', 'sak desa', 'sadayana', 'sadaya', 'sakabeh', 'sakumna', 'sedoyo', 'sakdesa kabeh',
]);

// Words for the tier below a desa; Bali has banjar, West Sumatra jorong/korong, towns lingkungan.
const NAME_KINDS = [
  'padukuhan', 'pedukuhan', 'dukuh', 'dkh', 'dusun', 'dsn', 'banjar', 'br', 'jorong', 'korong',
  'lingkungan', 'lingk', 'ling', 'lk', 'kampung', 'kampong', 'kp', 'kmp',
];
/** Words that say where a group is before its RT/RW or dusun ("kami di", "we are in", "lokasinya"). */
const SAYS_WHERE = /^\s*(?:(?:kami|kita|saya|kelompok\s+kami|we|we're|are|is|it's|its|it|lokasi(?:nya)?|tempat(?:nya)?|alamat(?:nya)?|posisi(?:nya)?|ada|adanya)\s+)*(?:(?:di|in|at)\s+)?/u;
/**
 * The group itself said first with "-nya" ("pengajiannya seluruh desa mas", "kelompoknya di rt 3"):
 * no part of the answer (it made "seluruh desa" unreadable). Not "semuanya"/"seluruhnya" (the
 * whole desa themselves) nor "rtnya"/"rwnya" (the numbers' own words).
 */
const SUBJECT_FIRST = /^\s*(?!(?:semua|seluruh|sadaya|rt|rw)nya\b)(?!r[tw])[a-z]{3,}nya\s+(?=\S)/u;
/**
 * The RT said to be several beside the RW ("rw 12 aja kak, rt nya campur", "rtnya beda2, rw 4"):
 * the group spans RTs of that RW, so the RW alone is kept (the answer was refused).
 */
const MIXED_RT = /(?:^|[,;]|\s)\s*rt\s*(?:nya)?\s+(?:campur(?:an)?|macem(?:2|-macem)?|macam(?:2|-macam)?|beda(?:2|-beda)?|banyak|gabungan|semua(?:nya)?|bermacam(?:2)?|lintas|ada\s+beberapa)\b[^,;]*/u;
const NAME_KIND = new RegExp(`(?:^|[\\s,;/])(?:${NAME_KINDS.join('|')})(?:\\.\\s*|\\s+)(.+)$`);

/** Words that say no RT/RW is used ("gak pake rt", "engga ada RW", "teu aya RT", "we don't use RT"): every chat "not" and a few more. */
const NO_RT_RW = new RegExp(`\\b(?:${notWordsPattern(['tak', 'no', 'not', 'dont', "don't", 'without', 'tanpa', 'bukan'])})\\b`);

// Canonical Roman numerals from I to CMXCIX (1..999).
const ROMAN = /^(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500 };

/** Reads RT/RW numbers, a dusun name, both, or "whole village" ({ rw: 0, rt: 0, dusun: '' }). */
export function parseAreaUnit(text: string): ParseResult<AreaUnit, AreaUnitError> {
  // "kami di rt 3 rw 7", "we are in RT 3 RW 7", "lokasinya di dusun krajan": said as a sentence.
  const simple = simplify(text);
  const rwOnly = simple.replace(MIXED_RT, ' ');
  const said = rwOnly !== simple && /\brw\s*\.?\s*\d/u.test(rwOnly) ? rwOnly.replace(/^[\s,;]+|[\s,;]+$/gu, '') : simple;
  const cleaned = withoutTrailingParticles(said.replace(SUBJECT_FIRST, '').replace(SAYS_WHERE, ''));
  if (cleaned === '') return fail('not_understood');
  // "sedesa aja", "seluruh desa deh": the particles after it change nothing.
  const words = dropTrailingParticles(cleaned.replace(/[^a-z]+/g, ' ').trim().split(' '), { keep: 1, just: true }).join(' ');
  if (/^[-\s]+$/.test(cleaned) || WHOLE_VILLAGE.has(words)) {
    return ok({ rw: 0, rt: 0, dusun: '' });
  }
  let rest = cleaned;
  let dusun = '';
  const named = NAME_KIND.exec(cleaned);
  if (named) {
    // The name runs to the end, or up to RT/RW written after it ("dusun Krajan RT 3").
    const numbersAt = named[1]!.search(/(?:^|[\s,])r\.?\s*[tw](?![a-z])/);
    const name = numbersAt < 0 ? named[1]! : named[1]!.slice(0, numbersAt);
    const after = numbersAt < 0 ? '' : named[1]!.slice(numbersAt);
    dusun = titleCase(name.replace(/[\s,;.]+$/, ''));
    if (dusun === '' || !/^[\p{L}\d][\p{L}\d '\-.]{0,59}$/u.test(dusun)) return fail('not_understood');
    rest = `${cleaned.slice(0, named.index)} ${after}`.trim();
  }
  if (rest === '') return ok({ rw: 0, rt: 0, dusun });
  const numbers = readNumbers(rest);
  // "gak pake RT, dusun Krajan", "we don't use RT, it's dusun Kaligondang": the words beside the
  // dusun say, with no number, that no RT/RW is used ("rt lima, dusun krajan" is still refused).
  if (numbers === 'not_understood' && dusun !== '' && !/\d/.test(rest) && NO_RT_RW.test(rest)) return ok({ rw: 0, rt: 0, dusun });
  if (typeof numbers === 'string') return fail(numbers);
  return ok({ ...numbers, dusun });
}

/**
 * "RT 005 / RW 003", "RW 011", "RT 007", "Dusun Krajan", "RT 005 / RW 003, Dusun Krajan",
 * or '' for the whole village (the flow shows its own words for that).
 */
export function formatAreaUnit(unit: AreaUnit): string {
  const pad = (n: number): string => String(n).padStart(3, '0');
  const numbers = [unit.rt > 0 ? `RT ${pad(unit.rt)}` : '', unit.rw > 0 ? `RW ${pad(unit.rw)}` : ''].filter(Boolean).join(' / ');
  return [numbers, unit.dusun ? `Dusun ${unit.dusun}` : ''].filter(Boolean).join(', ');
}

/**
 * The answer without the particles and forms of address that end it ("RT 5 RW 3 nggih",
 * "rw 4 mas", "dusun krajan ya"): read as part of the numbers or the dusun's name, they made
 * the answer unreadable or the dusun "Krajan Ya". The word after a kind word or RT/RW stays
 * ("dusun mas" is a dusun's name).
 */
function withoutTrailingParticles(text: string): string {
  const tokens = text.split(' ');
  // "rw 12 aja": "just" too (was unreadable).
  const kept = dropTrailingParticles(tokens, { keep: 1, just: true });
  while (kept.length < tokens.length && KEEPS_NEXT.has(kept.at(-1)!.replace(/[.:]+$/, ''))) kept.push(tokens[kept.length]!);
  return kept.join(' ').replace(/[\s,;.!]+$/, '');
}

/** Words a name or number follows: the word after them is never a particle ("dusun mas"). */
const KEEPS_NEXT: ReadonlySet<string> = new Set([...NAME_KINDS, 'rt', 'rw', 'rtrw', 'rt/rw']);

/**
 * Numbers in words as digits ("rt lima rw tiga", "rt dua belas rw 3", "rw sebelas"): the
 * longest run of words from each point that reads as one number. Roman numerals are no
 * number words and stay as they are ("rw xi").
 */
function numberWordsAsDigits(text: string): string {
  const tokens = text.split(/\s+/);
  const out: string[] = [];
  for (let start = 0; start < tokens.length; ) {
    let taken = 0;
    let value: number | null = null;
    for (let end = tokens.length; end > start; end--) {
      const run = tokens.slice(start, end);
      if (!run.every((token) => /^[a-z]+$/.test(token))) continue;
      value = parseNumber(run.join(' '));
      if (value !== null) {
        taken = end - start;
        break;
      }
    }
    if (taken > 0 && value !== null) {
      out.push(String(value));
      start += taken;
    } else {
      out.push(tokens[start]!);
      start += 1;
    }
  }
  return out.join(' ');
}

function readNumbers(text: string): { rw: number; rt: number } | AreaUnitError {
  const hadSlash = text.includes('/');
  const spaced = text
    .replace(/\br\s*\.\s*([tw])(?![a-z])\.?/g, 'r$1 ') // "R.T." → "rt"
    .replace(/\b(rt|rw)\s*(?:nya|ne)\b/g, '$1 ') // "rt nya 04", "rwnya 5", Javanese "rt ne 3": the word's "-nya" says nothing
    .replace(/\brt\s*\/\s*rw\b/g, ' rtrw ')
    .replace(/\brw\s*\/\s*rt\b/g, ' rwrt ')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    // "rwxi" → "rw xi"; a glued numeral needs an I, V or X, so that a typo like "rwc" or
    // "rtd" is not read as RW 100 or RT 500 (a spaced "rw c" still is).
    .replace(/\b(rt|rw)(?=[ivxlcd]*[ivx][ivxlcd]*\b)/g, '$1 ')
    .replace(/[/.:=#,;_\-()]+/g, ' ')
    .trim();
  const tokens = numberWordsAsDigits(spaced)
    .split(/\s+/)
    .filter((token) => token !== '' && !['di', 'no', 'nomor', 'nmr', 'nomer'].includes(token));
  const [first, a, second, b] = tokens;
  let pairs: Array<[kind: 'rt' | 'rw', value: string]>;
  if (tokens.length === 4 && (first === 'rt' || first === 'rw') && (second === 'rt' || second === 'rw') && first !== second) {
    pairs = [[first, a!], [second, b!]];
  } else if (tokens.length === 3 && (first === 'rtrw' || first === 'rwrt')) {
    pairs = first === 'rtrw' ? [['rt', a!], ['rw', second!]] : [['rw', a!], ['rt', second!]];
  } else if (tokens.length === 3 && first === 'rt' && hadSlash) {
    // "rt 3/5", "RT 03/05": the KTP's "RT/RW 003/005" typed with its first label only.
    pairs = [['rt', a!], ['rw', second!]];
  } else if (tokens.length === 2 && (first === 'rt' || first === 'rw')) {
    pairs = [[first, a!]];
  } else if (tokens.length === 2 && hadSlash) {
    pairs = [['rt', first!], ['rw', a!]];
  } else {
    return 'not_understood';
  }
  const unit = { rw: 0, rt: 0 };
  for (const [kind, raw] of pairs) {
    const value = readNumber(raw);
    if (value === null) return 'not_understood';
    if (value < 1 || value > 999) return 'out_of_range';
    unit[kind] = value;
  }
  return unit;
}

/** An RT/RW number in digits or a canonical Roman numeral ("xi" = 11), or null when it is neither. */
export function readNumber(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  if (token === '' || !ROMAN.test(token)) return null;
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const value = ROMAN_VALUES[token[i]!]!;
    const next = ROMAN_VALUES[token[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** "krajan lor" → "Krajan Lor"; small Roman numerals stay upper case ("dusun ii" → "Dusun II"). */
function titleCase(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (/^[ivx]+$/.test(word) && ROMAN.test(word) ? word.toUpperCase() : word.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase())))
    .join(' ');
}
