/**
 * Merging a group registered twice ("PKK Glugo" and "PKK Dusun Glugo", by two leaders who
 * did not know of each other) into the one that stays, by an officer covering its desa or
 * the admin: its leaders, its part in activities and its ties move over, and the duplicate
 * is deleted, so the desa's status counts the group once. The group that stays keeps its
 * own name, type, verification and members; it takes the duplicate's ketua, year and
 * meetings only where it has none. Checked as a verdict is: an active officer whose areas
 * cover the desa, who leads neither group. Both groups must be of one desa (a group of
 * another desa is another group), and the one that stays must not be rejected or ended
 * (everything would move to a group that no longer counts: merge the other way round).
 * Audited as `group.merge`; the leaders are told (GROUP_MERGED) and the desa refreshed.
 */
import type { Emit } from '../../core/events.js';
import { AREA_FACTS_CHANGED, GROUP_MERGED } from '../model/events.js';
import type { GroupMergeCounts, GroupView } from '../model/groups.js';
import type { DomainTx } from '../model/tx.js';
import { officerCovers } from './coverage.js';
import type { Decider } from './verification.js';

/** Which group goes and which stays. */
export interface MergeRequest {
  /** The duplicate: deleted once everything of it has moved. */
  readonly fromId: string;
  /** The group that stays. */
  readonly intoId: string;
}

/** What came of a merge. */
export type MergeOutcome =
  | { readonly kind: 'merged'; readonly from: GroupView; readonly into: GroupView; readonly moved: GroupMergeCounts }
  /** Both ids name the same group (one that exists and the decider may see). */
  | { readonly kind: 'same' }
  /** No such group, or (for an officer) not one of their areas: `which` says which of the two. */
  | { readonly kind: 'gone'; readonly which: 'from' | 'into' }
  /** Not an active officer. */
  | { readonly kind: 'forbidden' }
  /** The decider leads one of the two groups: someone else must merge them. */
  | { readonly kind: 'own' }
  | { readonly kind: 'otherDesa'; readonly from: GroupView; readonly into: GroupView }
  /** The group that stays was rejected or ended by its leader. */
  | { readonly kind: 'intoNotCounted'; readonly why: 'rejected' | 'ended' };

/** Checks, merges, audits and emits the merge's events, in the caller's transaction. */
export async function mergeGroupsAs(tx: DomainTx, decider: Decider, request: MergeRequest, now: Date, emit: Emit, via: string): Promise<MergeOutcome> {
  const officer = decider.kind === 'officer' ? await tx.officers.byPerson(decider.personId) : null;
  if (decider.kind === 'officer' && !officer?.active) return { kind: 'forbidden' };
  const [from, into] = await Promise.all([tx.groups.get(request.fromId), tx.groups.get(request.intoId)]);
  // Outside an officer's areas a group is not theirs to see: "no such group", as the API answers elsewhere.
  const seen = (group: GroupView | null): group is GroupView => group !== null && (!officer || officerCovers(officer, group.villageCode));
  if (!seen(from)) return { kind: 'gone', which: 'from' };
  if (!seen(into)) return { kind: 'gone', which: 'into' };
  // After the look-ups: a group not found (or not the officer's) is "no such group" even merged into itself.
  if (from.id === into.id) return { kind: 'same' };
  if (decider.personId !== null) {
    const roles = await Promise.all([tx.groups.leaderRole(from.id, decider.personId), tx.groups.leaderRole(into.id, decider.personId)]);
    if (roles.some((role) => role !== null)) return { kind: 'own' };
  }
  if (from.villageCode !== into.villageCode) return { kind: 'otherDesa', from, into };
  if (into.verification === 'rejected') return { kind: 'intoNotCounted', why: 'rejected' };
  if (!into.active) return { kind: 'intoNotCounted', why: 'ended' };

  const moved = await tx.groups.mergeInto(from.id, into.id, now);
  // Both were read in this transaction and are locked by the merge: only a merge racing this one finds one gone.
  if (!moved) return { kind: 'gone', which: 'from' };
  await tx.audit.record(
    {
      actorKind: decider.kind,
      actorId: decider.personId,
      action: 'group.merge',
      targetType: 'group',
      targetId: into.id,
      details: { villageCode: into.villageCode, fromId: from.id, fromName: from.name, ...moved },
      via,
    },
    now,
  );
  await emit(GROUP_MERGED, { from, into, moved, officerKind: officer?.kind ?? null, officerName: officer?.name ?? null, deciderId: decider.personId });
  // The duplicate stops counting at once, as a rejected record does: no grace period for a drop it causes.
  await emit(AREA_FACTS_CHANGED, { area: { villageCode: into.villageCode }, immediate: true });
  return { kind: 'merged', from, into, moved };
}
