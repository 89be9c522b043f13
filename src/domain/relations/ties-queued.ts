/**
 * Several groups named at once where a tie's group is asked ("dua2nya", "dua-duanya",
 * "semuanya"): a tie is between two groups, so they are recorded one at a time. The first is
 * taken and the others queued; once a tie is recorded, the next is offered (the same kind, one
 * tap to record it). Was refused with "Yang saya perlukan: salah satu kelompok…".
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { GroupRef } from '../groups/group-ref.js';
import { saysAllOfThem, saysBoth } from '../parse/all-of-them.js';

/** The groups still to be offered, and which side of the tie they take: the person's own group, or the partner. */
export interface QueuedTies {
  readonly side: 'own' | 'other';
  readonly groups: readonly GroupRef[];
}

/**
 * All of `groups` typed for (`text`): the first to take now, the rest queued on `side`, and the
 * line that says so. 'unclear' for "both" with more than two listed (which two is not said); null
 * when `text` names no such set.
 */
export function allTyped(text: string, groups: readonly GroupRef[], side: QueuedTies['side']): { readonly first: GroupRef; readonly queued: QueuedTies; readonly said: OutboundMessage } | 'unclear' | null {
  if (!saysAllOfThem(text) || groups.length < 2) return null;
  if (saysBoth(text) && groups.length > 2) return 'unclear';
  const [first, ...rest] = groups;
  const said = say(t('relations:oneAtATimeTaken', { first: first!.name, next: rest.map((group) => group.name).join(', ') }));
  return { first: first!, queued: { side, groups: rest }, said };
}

/**
 * The next tie to offer after one between `own` and `other` was recorded: the queued group on its
 * side, the other side kept; a pair that is no tie (a group with itself, two desa) is passed over.
 * Null when none is left.
 */
export function nextTie(own: GroupRef, other: GroupRef, queued: QueuedTies | undefined): { readonly own: GroupRef; readonly other: GroupRef; readonly queued: QueuedTies } | null {
  const groups = [...(queued?.groups ?? [])];
  while (queued !== undefined && groups.length > 0) {
    const group = groups.shift()!;
    const pair = queued.side === 'own' ? { own: group, other } : { own, other: group };
    if (pair.own.id !== pair.other.id && pair.own.villageCode === pair.other.villageCode) return { ...pair, queued: { side: queued.side, groups } };
  }
  return null;
}
