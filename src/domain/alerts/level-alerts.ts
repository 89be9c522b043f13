/**
 * Refreshing an area's level and alerting the officers of the desa when it went up or
 * down (to Dorman included). Every effect that changes an area's facts refreshes through
 * here, so a change is alerted in the same transaction that records it. The first record
 * of an area is not a change; a change of the provisional flag alone is not alerted.
 */
import { z } from 'zod';
import type { EffectHandler } from '../../core/effect-registry.js';
import type { AreaRef } from '../model/status.js';
import type { OverrideNote } from '../status/status-message.js';
import { refreshStatus, STATUS_CHECK_EFFECT, type RefreshOptions, type RefreshResult } from '../status/status-service.js';
import type { AreaStatus, StatusThresholds } from '../status/status.js';
import type { DomainTx } from '../model/tx.js';
import { levelChangedAlert } from './alert-messages.js';
import { levelDropWarning } from './drop-warning.js';
import { noticeGroupLeaders } from './leader-notices.js';
import { noticeLeadersOfLevelChange } from './level-notices.js';
import { alertOfficersOfVillage } from './officer-alerts.js';

/** The outbox kind of the drop warning to a desa's leaders. */
export const LEVEL_DROP_NOTICE_KIND = 'leader.levelDrop';

/** The facts of `area` changed: recompute, record and alert a change of a desa's level. */
export async function refreshWithAlerts(
  tx: Pick<DomainTx, 'status' | 'officers' | 'outbox' | 'regions' | 'groups' | 'privacy'>,
  area: AreaRef,
  now: Date,
  thresholds: StatusThresholds,
  options: RefreshOptions = {},
): Promise<RefreshResult> {
  const result = await refreshStatus(tx.status, area, now, thresholds, options);
  const { previous, status } = result;
  // Officers follow whole desa; RW figures are a leader's planning aid.
  const wholeDesa = area.rw === undefined || area.rw === 0;
  const namesOf = async () => {
    const village = await tx.regions.village(area.villageCode);
    return village
      ? { villageName: village.name, districtName: village.districtName, regencyName: village.regencyName }
      : { villageName: area.villageCode, districtName: '', regencyName: '' };
  };
  if (wholeDesa && result.dropStarted && status.pendingDrop) {
    // Warned once per drop: the moment it was first seen names it.
    const warning = levelDropWarning(await namesOf(), status.level, status.pendingDrop);
    const dedupe = `level.drop:${area.villageCode}:${result.dropStarted.since.getTime()}`;
    await alertOfficersOfVillage(tx, area.villageCode, 'level.changed', warning, dedupe, now);
    for (const group of await tx.groups.listInVillage(area.villageCode, [])) {
      if (group.active) await noticeGroupLeaders(tx, group.id, LEVEL_DROP_NOTICE_KIND, warning, dedupe, now);
    }
  }
  if (wholeDesa && result.changed && previous && previous.level !== status.level) {
    const names = await namesOf();
    await alertOfficersOfVillage(
      tx,
      area.villageCode,
      'level.changed',
      levelChangedAlert(names, previous.level, status.level),
      // The previous record's moment names this change uniquely.
      `level.changed:${area.villageCode}:${previous.at.getTime()}:${status.level}`,
      now,
    );
    // The desa's leaders hear it too, with what it means for them (issue #11).
    await noticeLeadersOfLevelChange(tx, area.villageCode, names, previous.level, status, `leader.level:${area.villageCode}:${previous.at.getTime()}:${status.level}`, now);
  }
  return result;
}

/** The status reply's value: the computed status and the officer's override, if any. */
export type CheckedStatus = AreaStatus & { readonly override?: OverrideNote };

const checkSchema = z.object({
  villageCode: z.string().min(1).max(20),
  rw: z.number().int().min(1).max(999).nullish(),
});

/**
 * The `status.check` effect with level-change alerts and the officer's override: replaces
 * the status feature's own handler in the assistant, so that a change noticed by a check
 * (e.g. an area turning Dorman with time) is alerted like any other.
 */
export function statusCheckWithAlerts<Tx extends DomainTx>(thresholds: StatusThresholds): Record<typeof STATUS_CHECK_EFFECT, EffectHandler<Tx>> {
  return {
    [STATUS_CHECK_EFFECT]: async (effect, { tx, now }): Promise<CheckedStatus> => {
      const input = checkSchema.parse(effect.payload);
      const area: AreaRef = input.rw ? { villageCode: input.villageCode, rw: input.rw } : { villageCode: input.villageCode };
      const { status } = await refreshWithAlerts(tx, area, now, thresholds);
      const override = await tx.officers.levelOverride(area);
      return override ? { ...status, override: { level: override.level, reason: override.reason } } : status;
    },
  };
}
