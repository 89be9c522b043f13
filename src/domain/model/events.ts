/**
 * The domain events: what features tell the rest of the bot, in the transaction of the
 * change. Emitters (effects, officers' verdicts, jobs) call `ctx.emit(EVENT, payload)`;
 * subscribers (officer alerts, leader notices, the area's status) are registered in
 * `domain/assistant.ts` (see core/events.ts). A feature never imports the features that react.
 */
import { defineEvent } from '../../core/events.js';
import type { GroupView } from './groups.js';
import type { RelationKind } from './relations.js';
import type { AreaRef } from './status.js';

/** Who registered or changed a group, as the officers' verification alert names them. */
export interface GroupLeader {
  readonly name: string;
  readonly phone: string | null;
}

/** A group was registered (its desa's officers verify it). */
export const GROUP_REGISTERED = defineEvent<{ readonly group: GroupView; readonly leader: GroupLeader; readonly actorId: string }>('group.registered');

/** A group's desa or ketua changed (its desa's officers verify it again). */
export const GROUP_CHANGED = defineEvent<{ readonly group: GroupView; readonly leader: GroupLeader; readonly actorId: string }>('group.changed');

/** Someone asked to co-lead a group (its leaders answer in their inbox). */
export const CO_LEADER_REQUESTED = defineEvent<{ readonly group: GroupView; readonly requesterName: string | null; readonly actorId: string }>(
  'group.coLeaderRequested',
);

/** An activity was logged (officers verify it; partner groups confirm taking part). */
export const ACTIVITY_LOGGED = defineEvent<{ readonly activityId: string; readonly partnerGroupIds: readonly string[]; readonly actorId: string }>(
  'activity.logged',
);

/** A rejected activity was corrected (officers verify it again). */
export const ACTIVITY_CORRECTED = defineEvent<{ readonly activityId: string; readonly actorId: string }>('activity.corrected');

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
 * a verdict): its status is refreshed, and a change of level alerted. `immediate`: a drop
 * takes effect now instead of after the grace period (a rejected or removed record).
 */
export const AREA_FACTS_CHANGED = defineEvent<{ readonly area: AreaRef; readonly immediate?: boolean }>('area.factsChanged');
