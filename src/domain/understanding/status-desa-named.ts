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
