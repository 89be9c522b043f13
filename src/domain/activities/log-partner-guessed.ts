/**
 * A partner guessed from the words typed at the kind's question ("kerja bakti sama pkk",
 * "senam lansia bareng karang taruna"), looked up once the desa's groups are listed. Those
 * words were never an answer to "which groups?", and "sama"/"dengan" name people as often as
 * groups ("sama pak RT", "dengan warga"): they are taken only when each names a kind of group
 * ("pkk", "ibu2 pkk", "majelis taklim al-ikhlas") or a group's own name, with or without its
 * kind ("tunas muda" for Karang Taruna Tunas Muda). A word merely found in a group's name is
 * not enough: "warga" is not Paguyuban Warga Glugo.
 */
import { type GroupRef, ownNames } from '../groups/group-ref.js';
import { GROUP_TYPE_WORDS } from '../parse/choice.js';
import { normalizeName } from '../parse/group-name.js';
import { type TypedPartners, partsOf, typedPartners } from './log-partners-typed.js';

/** A text's words as names are compared ("ibu2 pkk": "ibu ibu pkk"). */
function wordsOf(text: string): string[] {
  const plain = normalizeName(text);
  return plain === '' ? [] : plain.split(' ');
}

/** The phrases naming a kind of group (not "Lainnya"), as names are compared: their words. */
const KIND_PHRASES: readonly (readonly string[])[] = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other')
  .flatMap((option) => option.words)
  .map((phrase) => wordsOf(phrase))
  .filter((phrase) => phrase.length > 0);

/** Whether a kind's phrase starts at word `at` of `words`. */
function kindStartsAt(words: readonly string[], at: number): readonly string[] | undefined {
  return KIND_PHRASES.find((phrase) => phrase.every((word, i) => words[at + i] === word));
}

/** Whether `text` names a kind of group among its words ("majelis taklim al-ikhlas", "ibu2 pkk"). */
export function namesGroupKind(text: string): boolean {
  return kindAt(wordsOf(text)) >= 0;
}

/** The first word of `words` where a kind's phrase starts, or -1. */
function kindAt(words: readonly string[]): number {
  return words.findIndex((_, i) => kindStartsAt(words, i) !== undefined);
}

/**
 * The partners the words after "bareng"/"sama"/"dengan" at the kind's question name among the
 * desa's groups (as {@link typedPartners} reads them), or null when any part of them is no
 * kind of group and no group's own name: then the partner question is asked as usual.
 */
export function guessedPartners(said: string, candidates: readonly GroupRef[]): TypedPartners | null {
  const parts: string[] = [];
  for (const part of partsOf(said)) {
    const words = wordsOf(part);
    // "ibu2 pkk": the people before the kind are no part of its name.
    const at = kindAt(words);
    const named = at >= 0 ? words.slice(at).join(' ') : words.join(' ');
    if (at < 0 && !candidates.some((group) => ownNames(group).includes(named))) return null;
    parts.push(named);
  }
  return parts.length > 0 ? typedPartners(parts.join(', '), candidates) : null;
}
