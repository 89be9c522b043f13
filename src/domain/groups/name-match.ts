/**
 * What a group name typed at registration finds among the desa's groups: the same group
 * (the same normalised name), or a group whose name is the same but for an RT/RW that only
 * one of the two carries ("Karang Taruna Tunas Bangsa" and "Karang Taruna Tunas Bangsa RW XI"),
 * which the person is asked about rather than a second record made silently. Two RT/RW that
 * differ ("… RW 11" and "… RW 12") are different groups.
 */
import type { AreaUnit, NamedGroup } from '../model/groups.js';
import { splitAreaSuffix } from '../parse/group-name.js';

/**
 * A group found by name: the same name, or the same but for the RT/RW one of them carries
 * (`areaSuffix`, asked about; also a name the same but for the word of its dusun: see
 * {@link matchWithoutTierWord}).
 */
export type NameMatch =
  | { readonly kind: 'same'; readonly id: string; readonly name: string }
  | { readonly kind: 'areaSuffix'; readonly id: string; readonly name: string; readonly unit: AreaUnit };

/**
 * The oldest group of `found` (oldest first, as {@link GroupRepository.findNamedFrom} lists
 * them) named `norm`; else the oldest named the same but for an RT/RW that only one of the
 * two names carries, unless the two are known to be in different RW; else null. A group's
 * RW is its name's, else its area's; the new group's is its name's, else `knownRw` (the RW
 * the person already gave, 0 when none).
 */
export function matchName(norm: string, found: readonly NamedGroup[], knownRw = 0): NameMatch | null {
  const same = found.find((group) => group.nameNorm === norm);
  if (same) return { kind: 'same', id: same.id, name: same.name };
  const typed = splitAreaSuffix(norm);
  const typedRw = rwOf(typed.suffix) || knownRw;
  const near = found.find((group) => {
    const theirs = splitAreaSuffix(group.nameNorm);
    if (theirs.base !== typed.base || (theirs.suffix === '') === (typed.suffix === '')) return false;
    // "… RW 11" and a group of that name in RW 12 are two groups: nothing to ask.
    const theirRw = rwOf(theirs.suffix) || group.unit.rw;
    return typedRw === 0 || theirRw === 0 || typedRw === theirRw;
  });
  return near ? { kind: 'areaSuffix', id: near.id, name: near.name, unit: near.unit } : null;
}

/** The RW number of a name's RT/RW suffix ("rt 3 rw 11" → 11), 0 without one. */
function rwOf(suffix: string): number {
  const rw = /(?:^| )rw (\d+)/.exec(suffix);
  return rw ? Number(rw[1]) : 0;
}

/** Words naming the tier below a desa inside a group's name ("PKK *Dusun* Glugo"), in their normalised form. */
const TIER_WORDS: ReadonlySet<string> = new Set(['dusun', 'dukuh', 'padukuhan', 'pedukuhan', 'banjar', 'lingkungan', 'kampung']);

/**
 * What {@link matchWithoutTierWord} compares, for a store to find the groups it may match:
 * `norm` without the tier words, and those words; null when under two words are left (one
 * word alone, "glugo", names no group).
 */
export function looseName(norm: string): { readonly loose: string; readonly ignoring: readonly string[] } | null {
  const loose = withoutTierWords(norm);
  return loose.split(' ').length < 2 ? null : { loose, ignoring: [...TIER_WORDS] };
}

/** A normalised name without the tier words ("pkk dusun glugo" → "pkk glugo"). */
function withoutTierWords(norm: string): string {
  return norm.split(' ').filter((word) => !TIER_WORDS.has(word)).join(' ');
}

/**
 * The oldest of `groups` whose normalised name is `norm`'s but for a tier word ("PKK Glugo" and
 * "PKK Dsn Glugo", "PKK Dusun Glugo"): the same group typed a second time without the word,
 * which the person is asked about (`areaSuffix`, the group's own dusun shown) rather than a
 * second record made (it counted twice in the desa's status). Null when none is, or when the
 * two names are the same (that is {@link matchName}'s).
 */
export function matchWithoutTierWord(norm: string, groups: readonly NamedGroup[]): NameMatch | null {
  const loose = looseName(norm)?.loose;
  if (loose === undefined) return null;
  const near = groups.find((group) => group.nameNorm !== norm && withoutTierWords(group.nameNorm) === loose);
  return near ? { kind: 'areaSuffix', id: near.id, name: near.name, unit: near.unit } : null;
}
