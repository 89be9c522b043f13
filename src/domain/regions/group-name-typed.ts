/**
 * A group's name typed where a desa is asked ("PKK Dusun Glugo", "karang taruna tunas
 * harapan"): led by a word for a kind of group. Searched as a desa it found none ("desa “PKK
 * Dusun Glugo” tidak ditemukan") or far-away look-alikes (Desa Karang, Desa Harapan); the
 * picker says it is a group's name instead, once the search named no desa exactly (a desa may
 * be called like such a word: Desa Tani, Desa Taruna). A kind alone, typed there, is the kind.
 */
import { GROUP_TYPE_WORDS } from '../parse/choice.js';
import { words } from '../parse/text.js';

/** The phrases that name a kind of group, as word lists ("karang taruna" → ["karang", "taruna"]), with the kind's id. */
const KIND_PHRASES: readonly { readonly id: string; readonly phrase: readonly string[] }[] = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other').flatMap((option) =>
  option.words.map((phrase) => ({ id: option.id, phrase: words(phrase) })),
);

/** Whether `typed` starts with a kind of group and names one after it (a kind alone is no name). */
export function leadsWithGroupKind(typed: string): boolean {
  const said = words(typed);
  return KIND_PHRASES.some(({ phrase }) => phrase.length > 0 && said.length > phrase.length && phrase.every((word, at) => said[at] === word));
}

/**
 * The kind of group `typed` names and nothing else ("arisan", "Karang Taruna", "kelompok tani"),
 * or undefined: typed where a registration asks the desa, mostly right after "mau daftar kelompok",
 * it answers the question of the kind. Searched as a desa it listed look-alikes (Arisan Musi,
 * Ambarisan, Barisan …) far from the person.
 */
export function groupKindAlone(typed: string): string | undefined {
  const said = words(typed);
  return KIND_PHRASES.find(({ phrase }) => phrase.length > 0 && said.length === phrase.length && phrase.every((word, at) => said[at] === word))?.id;
}
