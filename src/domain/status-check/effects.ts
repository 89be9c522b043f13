/**
 * The handler of the status check's effect (../status/status-check-effect.ts): the level of a
 * desa or one RW of it, refreshed first (a change it notices, e.g. a desa turning Dorman with
 * time, is recorded and alerted like any other, through the status feature's events), with the
 * officer's override of the desa if one is set. The one handler of `status.check`.
 */
import type { EffectContext } from '../../core/effect-context.js';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import type { AreaRef } from '../model/status.js';
import type { DomainTx } from '../model/tx.js';
import { refreshArea } from '../status/refresh-area.js';
import { STATUS_CHECK, type CheckedStatus } from '../status/status-check-effect.js';
import type { StatusThresholds } from '../status/status.js';

/** What the status check needs of a transaction. */
export type StatusCheckTx = Pick<DomainTx, 'status' | 'officers'>;

/** Builds the status check's effect handler. */
export function statusCheckEffects<Tx extends StatusCheckTx>(thresholds: StatusThresholds): EffectEntry<Tx>[] {
  return [
    handleEffect(STATUS_CHECK, async ({ villageCode, rw }, ctx: EffectContext<Tx>): Promise<CheckedStatus> => {
      const area: AreaRef = rw ? { villageCode, rw } : { villageCode };
      const { status } = await refreshArea(ctx, area, thresholds);
      const override = await ctx.tx.officers.levelOverride(area);
      return override ? { ...status, override: { level: override.level, reason: override.reason, officerName: override.officerName } } : status;
    }),
  ];
}
