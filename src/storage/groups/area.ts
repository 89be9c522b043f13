/** The `Area` row of a place below a village, created on first use. */
import { randomUUID } from 'node:crypto';
import type { AreaUnit } from '../../domain/model/groups.js';
import type { PrismaTx } from '../transaction-runner.js';

/**
 * The id of the area (village, RW, RT, dusun), inserting it when new. Two registrations in
 * the same new area may run at once: ON CONFLICT makes the second wait for the first and
 * then do nothing (rather than raise a unique violation, which would abort the PostgreSQL
 * transaction), and the select that follows sees the committed row.
 */
export async function findOrCreateArea(tx: PrismaTx, villageCode: string, unit: AreaUnit): Promise<string> {
  const id = randomUUID();
  const inserted = await tx.$executeRaw`
    INSERT INTO "Area" ("id", "villageCode", "rw", "rt", "dusun")
    VALUES (${id}::uuid, ${villageCode}, ${unit.rw}, ${unit.rt}, ${unit.dusun})
    ON CONFLICT ("villageCode", "rw", "rt", "dusun") DO NOTHING`;
  if (inserted > 0) return id;
  const existing = await tx.area.findUniqueOrThrow({
    where: { villageCode_rw_rt_dusun: { villageCode, rw: unit.rw, rt: unit.rt, dusun: unit.dusun } },
    select: { id: true },
  });
  return existing.id;
}
