/**
 * The domain events: what features tell the rest of the bot, in the transaction of the
 * change. Emitters (effects, officers' verdicts, jobs) call `ctx.emit(EVENT, payload)`;
 * subscribers (officer alerts, leader notices, the area's status) are registered in
 * `domain/assistant.ts` (see core/events.ts). A feature never imports the features that react.
 */
import { defineEvent } from '../../core/events.js';
import type { Text } from '../../core/text.js';
import type { ActivitySummary } from './activities.js';
import type { InboxItem } from './confirmations.js';
import type { GroupMergeCounts, GroupView, Verdict } from './groups.js';
import type { OfficerKind, OverrideChange } from './officers.js';
import type { RelationKind } from './relations.js';
import type { AreaRef, AreaStatus, LevelRecord, WksbmLevel } from './status.js';

/** Who registered or changed a group, as the officers' verification alert names them. */
export interface GroupLeader {
  readonly name: string;
  readonly phone: string | null;
}

/** A group was registered (its desa's officers verify it). */
export const GROUP_REGISTERED = defineEvent<{ readonly group: GroupView; readonly leader: GroupLeader; readonly actorId: string }>('group.registered');

/**
 * A group goes back to its desa's officers to be verified again: a fact they verified changed
 * (`changed`: name, type, desa or ketua), or its leader fixed a rejected group and sent it back
 * (`resubmitted`, with the officer's earlier reason).
 */
export const GROUP_CHANGED = defineEvent<GroupChanged>('group.changed');

/** The payload of {@link GROUP_CHANGED}. */
export interface GroupChanged {
  readonly group: GroupView;
  readonly leader: GroupLeader;
  readonly actorId: string;
  readonly why: 'changed' | 'resubmitted';
  /** The reason the group had been rejected with, when `resubmitted`. */
  readonly earlierReason?: string | null;
  /** Resubmitted with nothing changed since the rejection (the leader pressed 📤 twice). */
  readonly unchanged?: boolean;
  /** The group before the change, when `changed`: the officers see what changed from what. */
  readonly before?: GroupView;
}

/**
 * One of a group's leaders changed its data or ended it: the group's other leaders are told
 * what, and by whom (a co-leader's change of the ketua's phone reaches the ketua).
 */
export const GROUP_EDITED = defineEvent<{
  readonly group: GroupView;
  /** The fields changed (GroupChanges keys), or "deactivated". */
  readonly fields: readonly string[];
  readonly actorId: string;
  /** The name the actor goes by, when known. */
  readonly actorName: string | null;
}>('group.edited');

/**
 * A group registered twice was merged into the one that stays by an officer or the admin
 * (`from` is deleted; its leaders now lead `into`): the leaders are told. The merger emits
 * {@link AREA_FACTS_CHANGED} after it.
 */
export const GROUP_MERGED = defineEvent<GroupMerged>('group.merged');

/** The payload of {@link GROUP_MERGED}. */
export interface GroupMerged {
  readonly from: GroupView;
  readonly into: GroupView;
  readonly moved: GroupMergeCounts;
  /** The merging officer's kind; null when the admin merged. */
  readonly officerKind: OfficerKind | null;
  /** The officer's own name, told to the leaders; null when not known (or the admin merged). */
  readonly officerName: string | null;
  /** Who merged (not told); null for the ADMIN_TOKEN holder. */
  readonly deciderId: string | null;
}

/** Someone asked to co-lead a group (its leaders answer in their inbox). */
export const CO_LEADER_REQUESTED = defineEvent<{ readonly group: GroupView; readonly requesterName: string | null; readonly actorId: string }>(
  'group.coLeaderRequested',
);

/** An activity was logged (officers verify it; partner groups confirm taking part). */
export const ACTIVITY_LOGGED = defineEvent<{
  readonly activityId: string;
  readonly partnerGroupIds: readonly string[];
  readonly actorId: string;
  /** Whether photos were attached as it was saved (a new activity has no others): without, the alert reads none. */
  readonly withPhotos: boolean;
}>('activity.logged');

/** A rejected activity was corrected (officers verify it again). */
export const ACTIVITY_CORRECTED = defineEvent<{
  readonly activityId: string;
  readonly actorId: string;
  /** Partner groups whose confirmation was set back to pending (a new date or kind): asked again. */
  readonly reaskedGroupIds: readonly string[];
  /** Sent back with nothing changed, on the leader's second press. */
  readonly unchanged?: boolean;
  /** How many photos the correction attached (the newest of the activity's): the evidence as it is now. */
  readonly newPhotos?: number;
  /** The reason it had been rejected with (as for a resubmitted group): the officer checks what was asked. */
  readonly earlierReason?: string | null;
  /** The activity as it was before the correction: the officers see what changed from what. */
  readonly before?: ActivitySummary | null;
}>('activity.corrected');

/** A pending activity was withdrawn by its reporting group (the row is gone: `activity` is as it was). */
export const ACTIVITY_WITHDRAWN = defineEvent<{
  readonly activity: ActivitySummary;
  readonly actorId: string;
}>('activity.withdrawn');

/** A relation between two groups was declared (the other group's leaders confirm it). */
export const RELATION_DECLARED = defineEvent<{
  readonly relationId: string;
  readonly from: GroupView;
  readonly to: GroupView;
  readonly kind: RelationKind;
  readonly actorId: string;
}>('relation.declared');

/**
 * Something an area's level is computed from changed (a group, an activity, a confirmation,
 * a verdict): the status feature refreshes it, emitting {@link LEVEL_DROP_STARTED} or
 * {@link LEVEL_CHANGED} when it finds one. `immediate`: a drop takes effect now instead of
 * after the grace period (a rejected or removed record).
 */
export const AREA_FACTS_CHANGED = defineEvent<{ readonly area: AreaRef; readonly immediate?: boolean }>('area.factsChanged');

/**
 * An area's recorded level changed (its first record is no change): officers and leaders
 * of a whole desa are told. `previous` is the record before; `status` the one now recorded.
 */
export const LEVEL_CHANGED = defineEvent<{ readonly area: AreaRef; readonly previous: LevelRecord; readonly status: AreaStatus }>('status.levelChanged');

/**
 * An officer set an area's level, or withdrew the level they had set: `before` is the level
 * in force until then (the standing override's, else the last recorded), `change` what is in
 * force now. The desa's leaders are told when the level in force moved.
 */
export const LEVEL_OVERRIDE_CHANGED = defineEvent<{ readonly area: AreaRef; readonly before: WksbmLevel; readonly change: OverrideChange }>('officer.levelOverride');

/**
 * A drop of an area's level was first seen: the level `current` holds until the grace
 * period ends (`drop.on`), unless `drop.fix` is done. Emitted once per drop; `since` names it.
 */
export const LEVEL_DROP_STARTED = defineEvent<{
  readonly area: AreaRef;
  readonly current: WksbmLevel;
  readonly drop: NonNullable<AreaStatus['pendingDrop']>;
  readonly since: Date;
}>('status.levelDropStarted');

/** A group or activity an officer (or the admin) decided on, as its leaders are told. */
export interface DecidedRecord {
  readonly type: 'group' | 'activity';
  readonly id: string;
  readonly villageCode: string;
  /** The group that owns it (itself for a group; the reporting group for an activity), if any. */
  readonly groupId: string | null;
  /** What it is, for messages ("Kelompok Arisan Melati", "Kegiatan 12 November 2026 …"). */
  readonly label: Text;
}

/**
 * An officer's or the admin's verdict was stored (the group's leaders are told). The
 * decider emits {@link AREA_FACTS_CHANGED} after it: the record counts, or stops counting.
 */
export const VERIFICATION_DECIDED = defineEvent<{
  readonly record: DecidedRecord;
  readonly verdict: Verdict;
  /** The rejection's reason; null for a verification. */
  readonly reason: string | null;
  /** The deciding officer's kind; null when the admin decided. */
  readonly officerKind: OfficerKind | null;
  /** The deciding officer's own name, told to the leaders; null when not known (or the admin decided). */
  readonly officerName: string | null;
  /** Who decided (not told); null for the ADMIN_TOKEN holder. */
  readonly deciderId: string | null;
}>('verification.decided');

/** A leader answered a request in their confirmation inbox (whoever asked is told). */
export const CONFIRMATION_ANSWERED = defineEvent<{ readonly item: InboxItem; readonly accept: boolean; readonly deciderId: string }>(
  'confirmation.answered',
);
