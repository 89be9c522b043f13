/**
 * What people type before what they mean to say: an apology ("maaf telat bales, …", "mohon maaf
 * baru sempat lapor. …") or a call for attention ("halo min, …"), ended by a comma or a full
 * stop. A reader of free words that are kept as typed (an activity's description) drops it, so
 * the officers read the activity, not the apology.
 */
import { isAnyCall } from './chatter.js';
import { APOLOGY_WORDS } from './lexicon.js';

/** A clause at the start, up to the comma, full stop, "!" or ";" that ends it, and the rest. */
const FIRST_CLAUSE = /^\s*([^,.!;\n]+)[,.!;\n]+\s*(\S[\s\S]*)$/u;

/** The most words a lead-in has: a longer clause says something of its own. */
const MOST_WORDS = 8;

/** Words that ask pardon before the apology itself ("mohon maaf", "nyuwun sewu"). */
const BEFORE_APOLOGY = new Set(['mohon', 'nyuwun', 'minta', 'so', 'im', 'i', 'am']);

/** Whether the clause's words (lower case) are a lead-in: an apology first, or only calls ("halo min"). */
function isLeadIn(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > MOST_WORDS) return false;
  const first = words.findIndex((word) => !BEFORE_APOLOGY.has(word));
  if (first >= 0 && APOLOGY_WORDS.has(words[first]!)) return true;
  return words.every((word) => isAnyCall(word));
}

/**
 * `text` without the apologies and calls that lead it ("maaf telat bales, kemarin kami gotong
 * royong" → "kemarin kami gotong royong"); as typed when there is none, or when what is left
 * would be shorter than `min` characters (the words were all there was to say).
 */
export function withoutLeadIn(text: string, min: number): string {
  let rest = text;
  for (let found = FIRST_CLAUSE.exec(rest); found !== null; found = FIRST_CLAUSE.exec(rest)) {
    const words = found[1]!.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
    if (!isLeadIn(words) || found[2]!.trim().length < min) break;
    rest = found[2]!;
  }
  return rest.trim();
}
