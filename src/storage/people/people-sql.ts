/**
 * The person's contact details and last desa as plain SQL on the unit of work: the
 * registration flow reads and writes them on most of its steps.
 */
import { utc, type Sql } from '../unit-of-work/sql.js';

/**
 * Sets the display name and, unless null ("not given this time"), the phone; fails when
 * there is no such person (as an update of a missing row always did). `updatedAt` is the
 * time of writing, as Prisma's @updatedAt sets it.
 */
export async function setContact(sql: Sql, personId: string, displayName: string, phoneE164: string | null): Promise<void> {
  const rows = await sql.rows(
    `UPDATE "Person" SET "displayName" = $2, "phoneE164" = COALESCE($3::text, "phoneE164"), "updatedAt" = $4::timestamp(3)
     WHERE "id" = $1::uuid RETURNING 1`,
    [personId, displayName, phoneE164, utc(new Date())],
  );
  if (rows.length === 0) throw new Error(`setContact: no person ${personId}`);
}

/** Remembers the desa of the person's last status check (nothing when the person is gone). */
export async function setLastVillage(sql: Sql, personId: string, villageCode: string): Promise<void> {
  await sql.write(`UPDATE "Person" SET "lastVillageCode" = $2, "updatedAt" = $3::timestamp(3) WHERE "id" = $1::uuid`, [personId, villageCode, utc(new Date())]);
}

/** The desa of the person's last status check, or null. */
export async function lastVillage(sql: Sql, personId: string): Promise<string | null> {
  const rows = await sql.rows<{ lastVillageCode: string | null }>(`SELECT "lastVillageCode" FROM "Person" WHERE "id" = $1::uuid`, [personId]);
  return rows[0]?.lastVillageCode ?? null;
}
