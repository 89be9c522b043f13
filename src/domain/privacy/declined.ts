/**
 * A "no" typed at the confirmation of a deletion or withdrawal ("tidak", "no, keep it",
 * "gak usah", "jangan dihapus"): the person keeps things as they are. Said in words, it would
 * otherwise be refused as an unknown answer, and the warning shown again.
 */
import { yesOrNo } from '../parse/yes-no.js';
import { words } from '../parse/text.js';

/** Declining phrases besides a plain no; "usah" is "need" ("gak usah": no need). */
const DECLINES: ReadonlySet<string> = new Set([
  'jangan', 'jangan dihapus', 'jangan hapus', 'jangan ditarik', 'jangan dulu', 'tidak usah', 'tdk usah', 'gak usah', 'ga usah', 'gk usah',
  'nggak usah', 'ngga usah', 'ndak usah', 'no thanks', 'no thank you', 'dont', 'keep it', 'keep my data', 'not now',
]);

/** Whether `text` declines the confirmation asked. */
export function declinesConfirmation(text: string): boolean {
  if (yesOrNo(text) === 'no') return true;
  return DECLINES.has(words(text).join(' '));
}
