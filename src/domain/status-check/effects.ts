/**
 * The status check's effect: the level of a desa or one RW of it, refreshed first (a
 * change it notices, e.g. a desa turning Dorman with time, is recorded and alerted like any
 * other, through the status feature's events), with the officer's override of the desa if
 * one is set. The one handler of `status.check`.
 */
import { z } from 'zod';
import type { EffectContext } from '../../core/effect-context.js';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import type { AreaRef, AreaStatus } from '../model/status.js';
import type { DomainTx } from '../model/tx.js';
import { refreshArea } from '../status/refresh-area.js';
import type { OverrideNote } from '../status/status-message.js';
import type { StatusThresholds } from '../status/status.js';

/** The status reply's value: the computed status and the officer's override, if any. */
export type CheckedStatus = AreaStatus & { readonly override?: OverrideNote };

/** Refreshes and returns the status of a desa, or of one RW of it. */
export const STATUS_CHECK = defineEffect<CheckedStatus>()(
  'status.check',
  z.object({
    villageCode: z.string().min(1).max(20),
    // Absent (or null, as older steps sent it) for the whole desa.
    rw: z.number().int().min(1).max(999).nullish(),
  }),
);

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
