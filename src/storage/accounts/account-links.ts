/**
 * Link codes and the merge of two people into one. The merge moves every row that
 * belongs to the person who redeems the code onto the person who made it, then removes
 * the emptied person, all inside the message's transaction.
 */
import type { AccountLinks, RedeemResult } from '../../domain/model/accounts.js';
import type { PrismaTx } from '../transaction-runner.js';

/** Storage of link codes over one transaction. */
export function createAccountLinks(tx: PrismaTx): AccountLinks {
  return {
    async createCode(personId, code, expiresAt, now) {
      const inserted = await tx.$executeRaw`
        INSERT INTO "LinkCode" ("code", "personId", "createdAt", "expiresAt")
        VALUES (${code}, ${personId}::uuid, ${now}, ${expiresAt})
        ON CONFLICT ("code") DO NOTHING`;
      return inserted > 0;
    },

    async redeem(code, personId, now): Promise<RedeemResult> {
      // The row lock makes a code usable once even when sent twice at the same moment.
      const rows = await tx.$queryRaw<Array<{ personId: string; expiresAt: Date; usedAt: Date | null }>>`
        SELECT "personId"::text AS "personId", "expiresAt", "usedAt" FROM "LinkCode" WHERE "code" = ${code} FOR UPDATE`;
      const row = rows[0];
      if (!row || row.usedAt) return { kind: 'invalid' };
      if (row.expiresAt.getTime() < now.getTime()) return { kind: 'expired' };
      if (row.personId === personId) return { kind: 'self' };
      await mergePeople(tx, personId, row.personId);
      await tx.linkCode.update({ where: { code }, data: { usedAt: now } });
      return { kind: 'linked' };
    },
  };
}

/** Moves everything of `from` onto `into` and deletes `from`. */
async function mergePeople(tx: PrismaTx, from: string, into: string): Promise<void> {
  await tx.$executeRaw`UPDATE "ChannelIdentity" SET "personId" = ${into}::uuid WHERE "personId" = ${from}::uuid`;
  // Memberships: where both lead the same group, the surviving person keeps theirs.
  await tx.$executeRaw`
    DELETE FROM "GroupLeader" g WHERE g."personId" = ${from}::uuid
      AND EXISTS (SELECT 1 FROM "GroupLeader" o WHERE o."groupId" = g."groupId" AND o."personId" = ${into}::uuid)`;
  await tx.$executeRaw`UPDATE "GroupLeader" SET "personId" = ${into}::uuid WHERE "personId" = ${from}::uuid`;
  await tx.$executeRaw`UPDATE "Activity" SET "reporterId" = ${into}::uuid WHERE "reporterId" = ${from}::uuid`;
  await tx.$executeRaw`UPDATE "GroupRelation" SET "declaredById" = ${into}::uuid WHERE "declaredById" = ${from}::uuid`;
  await tx.$executeRaw`UPDATE "GroupRelation" SET "confirmedById" = ${into}::uuid WHERE "confirmedById" = ${from}::uuid`;
  // Who confirmed a group's part in an activity ("dikonfirmasi oleh pelapor sendiri" reads it).
  await tx.$executeRaw`UPDATE "ActivityParticipant" SET "confirmedById" = ${into}::uuid WHERE "confirmedById" = ${from}::uuid`;
  // Photos sent as an activity's evidence: deleted with their sender otherwise (a cascade meant for erasure).
  await tx.$executeRaw`UPDATE "ActivityPhoto" SET "senderId" = ${into}::uuid WHERE "senderId" = ${from}::uuid`;
  // An admin's API tokens keep working for the same person (they were revoked silently).
  await tx.$executeRaw`UPDATE "ApiToken" SET "personId" = ${into}::uuid WHERE "personId" = ${from}::uuid`;
  await tx.$executeRaw`UPDATE "Consent" SET "personId" = ${into}::uuid WHERE "personId" = ${from}::uuid`;
  await tx.$executeRaw`UPDATE "LinkCode" SET "personId" = ${into}::uuid WHERE "personId" = ${from}::uuid`;
  // Alerts and notices still to be sent follow the person.
  await tx.$executeRaw`UPDATE "Alert" SET "personId" = ${into}::uuid WHERE "personId" = ${from}::uuid`;
  // An officer role follows the person, unless the surviving person has one already.
  await tx.$executeRaw`
    UPDATE "Officer" SET "personId" = ${into}::uuid WHERE "personId" = ${from}::uuid
      AND NOT EXISTS (SELECT 1 FROM "Officer" WHERE "personId" = ${into}::uuid)`;
  // Details the surviving person lacks are taken over; its own are kept.
  await tx.$executeRaw`
    UPDATE "Person" p SET
      "displayName" = COALESCE(p."displayName", f."displayName"),
      "phoneE164" = COALESCE(p."phoneE164", f."phoneE164"),
      "isAdmin" = p."isAdmin" OR f."isAdmin"
    FROM "Person" f WHERE p."id" = ${into}::uuid AND f."id" = ${from}::uuid`;
  await tx.person.delete({ where: { id: from } });
}
