/**
 * An activity of Kegiatan saya's list named in words instead of its number: by its kind ("yang
 * kerja bakti"), its date ("yang tgl 3", "sabtu lalu"), or the other group it was done with
 * ("kegiatan sama karang taruna kemarin", "yang dengan posyandu anggrek"), the kind and the day
 * said beside the group narrowing it down), or words of its description ("yg selokan"). Only
 * when exactly one listed fits: several still need the number or button.
 */
import type { LeaderActivity } from '../model/activities.js';
import { activitiesNamed, dayNamed, kindNamed } from '../parse/described.js';
import { normalizeName } from '../parse/group-name.js';
import { ownNames } from '../groups/group-ref.js';

/** An activity's partner groups, whatever their answer (confirmed, waiting, declined). */
export function partnersOf(item: LeaderActivity): string[] {
  return [...item.confirmedPartners, ...item.pendingPartners, ...(item.declinedPartners ?? [])];
}

/** The other groups of an activity: its partners, and the group that reported it when that is not the person's. */
export function otherGroups(item: LeaderActivity): string[] {
  const partners = partnersOf(item);
  return item.mine || item.reportingGroup === null ? partners : [item.reportingGroup.name, ...partners];
}

/**
 * How a group's name may be said, as compared words: whole, without the kind it starts with
 * ("tunas muda"), or that kind alone ("karang taruna" for Karang Taruna Tunas Muda).
 */
function sayings(name: string): string[] {
  const [whole = '', ...bare] = ownNames({ name });
  const kinds = bare.map((rest) => whole.slice(0, whole.length - rest.length).trim());
  return [whole, ...bare, ...kinds].filter((saying) => saying !== '');
}

/** Whether `words` (compared words, space-padded) hold `saying` as whole words. */
const holds = (words: string, saying: string) => words.includes(` ${saying} `);

/** The groups of `names` that `words` name, and `words` without what named them. */
function groupsSaid(words: string, names: readonly string[]): { readonly named: string[]; readonly rest: string } {
  let rest = words;
  const named = names.filter((name) => {
    const said = sayings(name).filter((saying) => holds(words, saying));
    for (const saying of said) rest = rest.replace(` ${saying} `, ' ');
    return said.length > 0;
  });
  return { named, rest };
}

/**
 * The activities of `items` the words name by a group they were done with, narrowed by the kind
 * and day said beside it; when several still fit, the one done with exactly the groups named
 * and no other ("yang dengan posyandu anggrek", not the one with Posyandu Anggrek and Karang
 * Taruna). Null when the words name none of their groups.
 */
function byGroup(text: string, items: readonly LeaderActivity[], now: Date): GroupNamed | null {
  const names = [...new Set(items.flatMap(otherGroups))];
  const { named, rest } = groupsSaid(` ${normalizeName(text)} `, names);
  if (named.length === 0) return null;
  let fits = items.filter((item) => named.every((name) => otherGroups(item).includes(name)));
  const kind = kindNamed(rest);
  if (kind !== null) fits = fits.filter((item) => item.category === kind);
  // The day read in the words as typed: "3/12" is no date once compared as a name's words.
  const date = dayNamed(text, now);
  if (date !== null) fits = fits.filter((item) => item.date === date);
  const exactly = fits.filter((item) => otherGroups(item).length === named.length);
  return { named, fits: fits.length > 1 && exactly.length === 1 ? exactly : fits };
}

/** The groups words named, and the listed activities done with them. */
export interface GroupNamed {
  readonly named: readonly string[];
  readonly fits: readonly LeaderActivity[];
}

/** The words as an activity is named, without the "yang" before them. */
const bare = (text: string) => text.trim().replace(/^(?:yang|yg|the one|the)\s+/i, '');

/**
 * The groups `text` names and the activities of `items` done with them (see {@link byGroup}):
 * with several, the list says which numbers fit. Null when it names none of their groups.
 */
export function groupNamedIn(text: string, items: readonly LeaderActivity[], now: Date): GroupNamed | null {
  const said = bare(text);
  return said === '' ? null : byGroup(said, items, now);
}

/**
 * The activity named in words in the list: by the other group it was done with (see
 * {@link byGroup}), else by its day, kind or description words ({@link activitiesNamed}, as
 * 📥 Konfirmasi reads them), when exactly one listed fits.
 */
export function activityNamed(text: string | null, items: readonly LeaderActivity[], now: Date): LeaderActivity | undefined {
  if (text === null) return undefined;
  const said = bare(text);
  if (said === '') return undefined;
  const withGroup = byGroup(said, items, now);
  if (withGroup !== null) return withGroup.fits.length === 1 ? withGroup.fits[0] : undefined;
  // Its day, its kind or words of its description, read as 📥 Konfirmasi reads them.
  const fits = activitiesNamed(said, items, now);
  return fits.length === 1 ? fits[0] : undefined;
}
