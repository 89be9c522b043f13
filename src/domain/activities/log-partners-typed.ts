/**
 * Partner groups read from words: "1 3", "pkk sama majelis taklim", "karang taruna aja",
 * "pkk juga".
 */
import { groupsNamed, itemNamed, type GroupRef } from '../groups/group-ref.js';
import { saysAllOfThem } from '../parse/all-of-them.js';

/** Partners typed: the groups picked, and any name that fits several groups ("karang taruna"), whose groups are offered. */
export interface TypedPartners {
  readonly picked: readonly string[];
  readonly which: readonly GroupRef[];
}

/**
 * The partners a typed answer (or the request) names: "1 3", "pkk sama majelis taklim",
 * "dua-duanya", "karang taruna aja" (a group by its name or its kind, see {@link groupsNamed});
 * null when a part names no group of the desa.
 */
export function typedPartners(text: string, candidates: readonly GroupRef[]): TypedPartners | null {
  // "semua" with no group listed picks nothing: not an answer ("✅ Kelompok lain: ." was said).
  if (saysAllOfThem(text)) return candidates.length > 0 ? { picked: candidates.map((group) => group.id), which: [] } : null;
  // A name holding a number ("tunas bangsa rw 11", "Posyandu Melati 3") is one group, not a name and a list number.
  const whole = /\p{L}/u.test(text) ? itemNamed(candidates, text) : undefined;
  if (whole) return { picked: [whole.id], which: [] };
  const parts = partsOf(text);
  const picked = new Set<string>();
  const which = new Map<string, GroupRef>();
  for (const part of parts) {
    const named = /^\d{1,2}\.?$/.test(part.trim()) ? [candidates[Number.parseInt(part, 10) - 1]].filter((group) => group !== undefined) : groupsNamed(candidates, part);
    if (named.length === 0) return null;
    if (named.length === 1) picked.add(named[0]!.id);
    else for (const group of named) which.set(group.id, group);
  }
  return picked.size + which.size > 0 ? { picked: [...picked], which: [...which.values()].filter((group) => !picked.has(group.id)) } : null;
}

/** The parts of a list of groups typed: "pkk, karang taruna", "pkk sama majelis taklim", "1 3". */
export function partsOf(text: string): string[] {
  // A number right after RT/RW ("rw 11", "RW. 11") is part of a name, not a list number.
  return text.split(/\s*(?:,|&|\+|\bdan\b|\bsama\b|\bserta\b|\band\b)\s*|(?<!\s|\br\.?\s?[tw]\.?)\s+(?=\d)/i).filter((part) => part.trim() !== '');
}

/**
 * "pkk juga", "tambah takmir masjid", "plus the youth group too": the groups named without the
 * words that say they are added to the ones chosen; null when no such word is there.
 */
export function addedPartners(text: string): string | null {
  const named = text
    .trim()
    .replace(/^(?:tambah(?:in|kan)?|ditambah|plus|and also|also|add)\s+/i, '')
    .replace(/\s+(?:juga|jg|also|too)$/i, '')
    .trim();
  return named !== text.trim() && named !== '' ? named : null;
}
