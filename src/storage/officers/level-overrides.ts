/**
 * Officers' level overrides (AreaLevelOverride): the one in force for an area is its
 * newest row not withdrawn. Setting a new one withdraws the previous, so at most one is in
 * force and the history of decisions is kept. (Reading the one in force is officer-sql.ts
 * levelOverride.)
 */
import type { LevelOverride } from '../../domain/model/officers.js';
import type { AreaRef } from '../../domain/model/status.js';
import type { PrismaTx } from '../transaction-runner.js';

/** RW 0 (or none) is the whole desa, as in AreaLevelHistory. */
function rwOf(area: AreaRef): number {
  return area.rw !== undefined && area.rw > 0 ? area.rw : 0;
}

/** Withdraws the override in force (if any) and records a new one. */
export async function setLevelOverride(tx: PrismaTx, area: AreaRef, override: Omit<LevelOverride, 'createdAt' | 'officerName'>, now: Date): Promise<void> {
  await clearLevelOverride(tx, area, now);
  await tx.areaLevelOverride.create({
    data: { villageCode: area.villageCode, rw: rwOf(area), level: override.level, reason: override.reason, officerId: override.officerId, createdAt: now },
  });
}

/** Withdraws the override in force; false when there was none. */
export async function clearLevelOverride(tx: PrismaTx, area: AreaRef, now: Date): Promise<boolean> {
  const { count } = await tx.areaLevelOverride.updateMany({
    where: { villageCode: area.villageCode, rw: rwOf(area), clearedAt: null },
    data: { clearedAt: now },
  });
  return count > 0;
}
