/**
 * RWs as people name them where one is asked ("rw 3", "RW III", "seluruh desa", "rw 3 dan 4")
 * and in a status question typed anywhere ("status panggungharjo rw 3 dan 4"): one reading for
 * the status check's RW question and the free-text request, so both take the same RWs.
 */
import { parseAreaUnit } from './area-unit.js';
import { words } from './text.js';

/** Said after the RW to the bot, not part of it: "rw 07 please", "rw 5 aja", "rw 7 ya". */
const AFTER_RW: ReadonlySet<string> = new Set(['please', 'pls', 'only', 'just', 'aja', 'saja', 'ya', 'min', 'kak', 'dong', 'deh', 'nih']);

/** The whole desa as said in English and in short, besides what the area reader takes ("seluruh desa", "all"). */
const WHOLE: ReadonlySet<string> = new Set(['whole desa', 'whole kelurahan', 'all of it', 'entire village', 'entire desa', 'everything', 'semua rw', 'all rw', 'all rws', 'seluruh rw']);

/** The words of an answer to the RW question, without what is said to the bot around it ("the", "ya", "please"). */
export function saidOfRw(typed: string): string[] {
  const said = words(typed);
  while (said.length > 1 && AFTER_RW.has(said.at(-1)!)) said.pop();
  if (said[0] === 'the' && said.length > 1) said.shift();
  return said;
}

/** Words joining RWs in a list: "rw 3 dan 4", "rw 1 sama rw 7", "3 and 4", Javanese "karo", Sundanese "jeung". */
const RW_JOINS: ReadonlySet<string> = new Set(['dan', 'and', 'sama', 'ama', 'serta', 'karo', 'kalih', 'jeung', 'atau', 'or']);
/** The most RWs shown for one answer: more is a list of the desa, which its whole status sums up. */
const MAX_RWS = 5;

/**
 * Two RWs or more named at once ("rw 3 dan 4", "RW 2, 5", "rw 1 sama rw 7"), each read as
 * {@link rwOfWords} reads one, in the order said and without repeats; null when the answer names
 * fewer than two, or a part of it is no RW.
 */
export function readRws(typed: string | null): number[] | null {
  if (!typed) return null;
  const parts: string[][] = [[]];
  // A comma, "&" or "+" joins as "dan" does ("RW 2, 5", "rw 3 & 4"); words() would drop them.
  for (const word of saidOfRw(typed.replace(/[,;+&]/g, ' dan '))) {
    if (RW_JOINS.has(word)) parts.push([]);
    else parts.at(-1)!.push(word);
  }
  const named = parts.filter((part) => part.length > 0);
  if (named.length < 2) return null;
  // "rw 3 dan 4": the "rw" of the first is the others' too.
  const rws = named.map((part) => rwOfWords(part));
  if (!rws.every((rw): rw is number => typeof rw === 'number')) return null;
  const unique = [...new Set(rws)];
  return unique.length >= 2 && unique.length <= MAX_RWS ? unique : null;
}

/**
 * The RW an answer's words name: "RW 3", "rw03", "3" and "RW III" are all RW 3; "seluruh desa",
 * "the whole desa" is the whole desa; null otherwise.
 */
export function rwOfWords(said: readonly string[]): number | 'whole' | null {
  const text = said.join(' ');
  if (WHOLE.has(text)) return 'whole';
  const unit = parseAreaUnit(text);
  // "seluruh desa", "sedesa aja", "semua", "-": the whole desa, as the registration reads it.
  if (unit.ok && unit.value.rt === 0 && unit.value.rw === 0 && unit.value.dusun === '') return 'whole';
  // "rw vii": an RW in Roman numerals, as some forms write it, read as registration reads it.
  if (unit.ok && unit.value.rt === 0 && unit.value.dusun === '' && unit.value.rw >= 1 && unit.value.rw <= 999) return unit.value.rw;
  const match = /^(?:rw\s*)?0*(\d{1,3})$/.exec(text);
  const rw = match ? Number(match[1]) : NaN;
  return rw >= 1 && rw <= 999 ? rw : null;
}

/** A list of RWs inside a longer text: "rw 3 dan 4", "RW 2, 5", "rw 1 sama rw 7" (joined as {@link RW_JOINS} join them). */
const RW_LIST = new RegExp(`\\brw\\.?\\s*0*\\d{1,3}(?:\\s*(?:[,;+&]|\\b(?:${[...RW_JOINS].join('|')})\\b)\\s*(?:rw\\.?\\s*)?0*\\d{1,3}\\b)+`, 'iu');

/**
 * The RWs a longer text names in a list ("status panggungharjo rw 3 dan 4 gimana"), read as
 * {@link readRws} reads an answer, with the words of the list (to be left out of a desa's name);
 * null when it names fewer than two.
 */
export function rwListIn(text: string): { readonly rws: readonly number[]; readonly words: readonly string[] } | null {
  const list = RW_LIST.exec(text)?.[0];
  const rws = list === undefined ? null : readRws(list);
  return rws && list !== undefined ? { rws, words: words(list.replace(/[,;+&]/g, ' ')) } : null;
}
