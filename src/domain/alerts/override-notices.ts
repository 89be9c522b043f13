/**
 * Telling a desa's leaders that an officer set its level, or withdrew what they set, when
 * the level in force changes by it. The level in force is the officer's while an override
 * stands (the chat's status answer, the API and the exports all show it so); the computed
 * level's own changes are then not told to leaders (level-alerts.ts), so the two never
 * contradict each other in their chats.
 */
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { WksbmLevel } from '../model/status.js';
import type { OverrideChange } from '../model/officers.js';
import type { DomainTx } from '../model/tx.js';
import { villageText, type VillageNames } from '../model/message-parts.js';
import { levelName } from '../status/status-message.js';
import { noticeVillageLeaders } from './level-notices.js';

/**
 * Records the notice for the desa's leaders when `change` moves the level in force away from
 * `before`; nothing when it stays (a reason reworded, a level set to what the rules say).
 * Returns how many notices were recorded.
 */
export async function noticeLeadersOfOverride(
  tx: Pick<DomainTx, 'groups' | 'outbox' | 'privacy'>,
  villageCode: string,
  village: VillageNames,
  before: WksbmLevel,
  change: OverrideChange,
  now: Date,
): Promise<number> {
  const after = change.kind === 'set' ? change.level : change.computed;
  if (after === before) return 0;
  const area = villageText(village);
  // The officer is named when their name is known (the leaders know whom to ask); the named
  // text is a key of its own, so nameless notices (and events recorded before) read as before.
  const message =
    change.kind === 'cleared'
      ? say(t('officers:notice.overrideCleared', { area, from: levelName(before), level: levelName(change.computed) }))
      : change.officerName
        ? say(t('officers:notice.overrideSetNamed', { area, name: change.officerName, from: levelName(before), level: levelName(change.level), reason: change.reason }))
        : say(t('officers:notice.overrideSet', { area, from: levelName(before), level: levelName(change.level), reason: change.reason }));
  // The moment and the outcome name the change (a set and a withdrawal may share a moment).
  return noticeVillageLeaders(tx, villageCode, message, `leader.override:${villageCode}:${now.getTime()}:${change.kind}:${after}`, now);
}
