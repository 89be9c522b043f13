/**
 * The desa a status question names, typed where a desa is asked: "status desa panggungharjo
 * gimana" at the status check's list of Sidomulyo, "is sidomulyo village registered?" at its
 * question. The desa it names is the one meant (a new search), not a question to refuse nor
 * words to search whole.
 */
import { understandRequestAlone } from './understand.js';

/** Chat words after a status request that name no desa ("cek status aja", "cek status dulu dong"). */
const NAMES_NO_DESA: ReadonlySet<string> = new Set(['aja', 'saja', 'wae', 'dulu', 'deh', 'dong', 'nih', 'sih', 'kok', 'lah', 'yuk', 'ae', 'mawon', 'only', 'just']);

/** Whether a status request's `query` is only chat ("aja", "dulu dong"), naming no desa. */
export function namesNoDesa(query: string): boolean {
  return query.split(' ').every((word) => NAMES_NO_DESA.has(word));
}

/**
 * The words of the desa a status question in `text` names ("panggungharjo", "sidomulyo
 * bantul"), or null: no status question, or one of no desa ("desa saya udah wksbm belum",
 * "cek status aja").
 */
export function desaOfStatusQuestion(text: string): string | null {
  // No date is read here (only the desa is wanted): any instant will do.
  const request = understandRequestAlone(text, new Date(0));
  return request?.kind === 'status' && request.query !== undefined && !namesNoDesa(request.query) ? request.query : null;
}

/** "rw 3", "RW. 03", "rw03", "rw iii": an RW named in a status answer, and where it stands. */
const RW_SAID = /\brw\.?\s*(0*[1-9]\d{0,2}|[ivxl]+)\b/iu;
/** Words around an RW typed at the list that name no desa ("yang RW 03", "the one in rw 3 please"). */
const AROUND_RW: ReadonlySet<string> = new Set([...NAMES_NO_DESA, 'yang', 'yg', 'the', 'one', 'di', 'in', 'at', 'untuk', 'utk', 'for', 'khusus', 'cuma', 'hanya', 'please', 'pls', 'ya', 'min', 'kak']);
/** Roman numerals as some forms write an RW ("RW XI"), up to the few dozen a desa has. */
const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50 };

/** The number of "03", "3" or "iii" (Roman, as some forms write it); NaN when none. */
function rwNumber(said: string): number {
  if (/^\d+$/.test(said)) return Number(said);
  let total = 0;
  for (let at = 0; at < said.length; at++) {
    const value = ROMAN[said[at]!] ?? NaN;
    total += value < (ROMAN[said[at + 1] ?? ''] ?? 0) ? -value : value;
  }
  return total;
}

/**
 * What a status question typed at the status check's desa list or question names: the desa
 * (as {@link desaOfStatusQuestion}) and the RW ("status desa panggungharjo rw 5"), the desa
 * and the RW said plainly ("sidomulyo rw 3"), or the RW alone ("yang RW 03": the desa is the
 * one picked from the list). Null when it names neither: the picker reads it as it would.
 */
export function statusNamedAtList(text: string): { readonly desa?: string; readonly rw?: number } | null {
  const request = understandRequestAlone(text, new Date(0));
  if (request?.kind === 'status') {
    const desa = request.query !== undefined && !namesNoDesa(request.query) ? { desa: request.query } : {};
    const rw = request.rw === undefined ? {} : { rw: request.rw };
    return 'desa' in desa || 'rw' in rw ? { ...desa, ...rw } : null;
  }
  const found = RW_SAID.exec(text);
  const rw = found ? rwNumber(found[1]!.toLowerCase()) : NaN;
  if (!found || !(rw >= 1 && rw <= 999)) return null;
  const rest = `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word !== '' && !AROUND_RW.has(word));
  return rest.length === 0 ? { rw } : { desa: rest.join(' '), rw };
}
