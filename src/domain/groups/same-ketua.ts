/**
 * "Sama kayak ketua MT", "sama dengan ketua posyandu", "same as the arisan's chair": typed at the
 * registration's ketua question instead of tapping a "👤 Sama dengan ketua …" button. Read as that
 * button, so that "sama kayak" is never stored as the ketua's name.
 */
import { itemNamed } from './group-ref.js';

/** A ketua the person already gave for one of their groups (the flow's buttons). */
export interface KnownKetuaRef {
  readonly groupId: string;
  readonly group: string;
  readonly name: string;
}

/**
 * "sama", "sama kayak", "podo karo", "same as", with "ketua"/"kelompok" after it: the words that
 * follow name the group (or the ketua). No name starts so ("Samadi" is a word of its own).
 */
const SAME_AS =
  /^(?:(?:ketua(?:nya|ne)?|leader|chair)\s+)?(?:sama|podo|padha|same)(?:[\s,]+(?:aja|saja|kayak|kaya|kyk|kek|kayok|dengan|dgn|dg|seperti|spt|karo|as|like|ama))*(?:[\s,]+(?:yang|yg|di|ketua(?:nya)?|kelompok|klp|the|leader|chair|of|group|one|punya|nya))*(?:[\s,]+(.*))?$/iu;

/**
 * What a "same ketua as …" typed points at: the known ketua it names (by the group's name or
 * words of it, or the ketua's own name), the only one when none is named; `'unclear'` when it
 * is such an answer but names none of them (or several); null when it is no such answer.
 */
export function sameKetuaTyped<K extends KnownKetuaRef>(typed: string, known: readonly K[]): K | 'unclear' | null {
  const found = SAME_AS.exec(typed.trim().replace(/[.!,]+$/u, ''));
  if (!found) return null;
  // The button's label typed whole: "… MT Nurul Iman (bu Siti)" names the group before the brackets.
  const rest = (found[1] ?? '').replace(/\(.*\)/u, '').trim();
  if (rest === '') return known.length === 1 ? known[0]! : 'unclear';
  const byGroup = itemNamed(known.map((ketua) => ({ ketua, name: ketua.group })), rest)?.ketua;
  const byName = itemNamed(known.map((ketua) => ({ ketua, name: ketua.name })), rest)?.ketua;
  return byGroup ?? byName ?? 'unclear';
}
