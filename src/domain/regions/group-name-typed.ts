/**
 * A group's name typed where a desa is asked ("PKK Dusun Glugo", "karang taruna tunas
 * harapan"): led by a word for a kind of group. Searched as a desa it found none ("desa “PKK
 * Dusun Glugo” tidak ditemukan") or far-away look-alikes (Desa Karang, Desa Harapan); the
 * picker says it is a group's name instead, once the search named no desa exactly (a desa may
 * be called like such a word: Desa Tani, Desa Taruna).
 */
import { GROUP_TYPE_WORDS } from '../parse/choice.js';
import { words } from '../parse/text.js';

/** The phrases that name a kind of group, as word lists ("karang taruna" → ["karang", "taruna"]). */
const KIND_PHRASES: readonly (readonly string[])[] = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other').flatMap((option) => option.words.map((phrase) => words(phrase)));

/** Whether `typed` starts with a kind of group and names one after it (a kind alone is no name). */
export function leadsWithGroupKind(typed: string): boolean {
  const said = words(typed);
  return KIND_PHRASES.some((phrase) => phrase.length > 0 && said.length > phrase.length && phrase.every((word, at) => said[at] === word));
}
