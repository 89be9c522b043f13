/**
 * Redeeming an officer invite: one use per code, even when the code is sent twice at the
 * same moment (the invite row is locked for the rest of the transaction).
 */
import { prefixCovers, type OfficerView, type RedeemInviteResult } from '../../domain/model/officers.js';
import type { PrismaTx } from '../transaction-runner.js';
import { OFFICER_SELECT, toOfficerView } from './officer-views.js';

interface InviteRow {
  kind: OfficerView['kind'];
  areaPrefixes: string[];
  expiresAt: Date;
  usedAt: Date | null;
}

/**
 * Makes the person an officer of the invite's kind and areas. An active officer keeps
 * their kind and gains the invite's areas that none of theirs covers already; when there
 * is none, nothing changes and the code stays unused (it may have been meant for a
 * colleague). A withdrawn (inactive) role starts afresh with the invite's kind and areas
 * only, since its old areas were withdrawn with it.
 */
export async function redeemInvite(tx: PrismaTx, code: string, personId: string, now: Date): Promise<RedeemInviteResult> {
  const rows = await tx.$queryRaw<InviteRow[]>`
    SELECT "kind"::text AS "kind", "areaPrefixes", "expiresAt", "usedAt"
    FROM "OfficerInvite" WHERE "code" = ${code} FOR UPDATE`;
  const invite = rows[0];
  if (!invite) return { kind: 'invalid' };
  if (invite.usedAt) return { kind: 'used' };
  if (invite.expiresAt.getTime() <= now.getTime()) return { kind: 'expired' };

  const existing = await tx.officer.findUnique({
    where: { personId },
    select: { id: true, active: true, areas: { select: { codePrefix: true } } },
  });
  let officerId: string;
  let added: string[] | null = null;
  if (!existing) {
    officerId = (await tx.officer.create({ data: { personId, kind: invite.kind, createdAt: now }, select: { id: true } })).id;
  } else {
    officerId = existing.id;
    if (existing.active) {
      const held = existing.areas.map((area) => area.codePrefix);
      added = invite.areaPrefixes.filter((code) => !held.some((prefix) => prefixCovers(prefix, code)));
      if (added.length === 0) return { kind: 'alreadyCovered', officer: await officerView(tx, officerId) };
    } else {
      await tx.officerArea.deleteMany({ where: { officerId } });
      await tx.officer.update({ where: { id: officerId }, data: { active: true, kind: invite.kind } });
    }
  }
  await tx.officerArea.createMany({
    data: (added ?? invite.areaPrefixes).map((codePrefix) => ({ officerId, codePrefix })),
    skipDuplicates: true,
  });
  await tx.officerInvite.update({ where: { code }, data: { usedAt: now, usedByPersonId: personId } });
  const officer = await officerView(tx, officerId);
  return added ? { kind: 'areasAdded', officer, added } : { kind: 'enrolled', officer };
}

async function officerView(tx: PrismaTx, id: string): Promise<OfficerView> {
  return toOfficerView(await tx.officer.findUniqueOrThrow({ where: { id }, select: OFFICER_SELECT }));
}
