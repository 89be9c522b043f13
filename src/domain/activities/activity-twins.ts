/**
 * Two activities of Kegiatan saya's list on one day and of one kind looked the same ("5
 * Desember 2026 · Kesehatan/posyandu" twice): what tells each apart is added to its line,
 * the other groups when theirs differ, else the start of its description, short enough for a
 * phone's screen.
 */
import { t, verbatim, type Text } from '../../core/text.js';
import type { LeaderActivity } from '../model/activities.js';
import { andListText } from '../model/message-parts.js';
import { otherGroups } from './activity-named.js';

/** How many letters of a description a line shows, at most (cut at a word, with "…"). */
const WORDS_SHOWN = 28;

/** The start of a description, cut at a word when it is longer than a line shows. */
function startOf(description: string): string {
  const words = description.trim().replace(/\s+/g, ' ');
  if (words.length <= WORDS_SHOWN + 4) return words;
  const cut = words.slice(0, WORDS_SHOWN + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut.slice(0, WORDS_SHOWN)).replace(/[\s,.;:]+$/u, '')}…`;
}

/** The other groups as one comparable key. */
const groupsKey = (item: LeaderActivity) => [...otherGroups(item)].sort().join('\n');

/**
 * What tells `item` apart from the others of `items` on its day and of its kind; null when
 * no other listed has both.
 */
export function apartText(item: LeaderActivity, items: readonly LeaderActivity[]): Text | null {
  const twins = items.filter((other) => other !== item && other.date === item.date && other.category === item.category);
  if (twins.length === 0) return null;
  const others = otherGroups(item);
  if (others.length > 0 && twins.every((twin) => groupsKey(twin) !== groupsKey(item))) return t('activities:mine.apartWith', { partners: andListText(others) });
  return t('activities:mine.apartWords', { words: verbatim(startOf(item.description)) });
}
