/**
 * Claiming due alerts for one dispatcher, and loading what it needs to send them: the
 * recipient's identities (most recently active first), language and quiet hours.
 */
import type { ChannelName } from '../../core/messages.js';
import type { ClaimedAlert, DeliveryTarget, QuietHours } from '../../core/outbox/ports.js';
import { quietHoursFor } from '../../core/outbox/quiet-hours.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { TRANSACTION_OPTIONS, type PrismaTx } from '../transaction-runner.js';
import { messagesOf } from './payload.js';

/**
 * Claims up to `limit` due alerts until `now + leaseMs` (see OutboxStore.claim). One short
 * transaction: the UPDATE takes row locks with SKIP LOCKED, so two dispatchers claiming at
 * once get disjoint batches, and a row another has just claimed no longer matches (PostgreSQL
 * re-checks the WHERE clause on the locked row's newest version).
 */
export function claimDue(prisma: PrismaClient, limit: number, now: Date, leaseMs: number): Promise<ClaimedAlert[]> {
  const until = new Date(now.getTime() + leaseMs);
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<Array<{ id: string }>>`
      WITH "due" AS (
        SELECT "id" FROM "Alert"
        WHERE ("status" = 'pending' AND "nextAttemptAt" <= ${now})
           OR ("status" = 'sending' AND "claimedUntil" < ${now})
        ORDER BY "nextAttemptAt", "createdAt", "id"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "Alert" AS "a"
      SET "status" = 'sending', "claimedUntil" = ${until}, "attempts" = "a"."attempts" + 1
      FROM "due" WHERE "a"."id" = "due"."id"
      RETURNING "a"."id"::text AS "id"`;
    if (claimed.length === 0) return [];
    return loadClaimed(tx, claimed.map((row) => row.id));
  }, TRANSACTION_OPTIONS);
}

async function loadClaimed(tx: PrismaTx, ids: string[]): Promise<ClaimedAlert[]> {
  const rows = await tx.alert.findMany({
    where: { id: { in: ids } },
    orderBy: [{ nextAttemptAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      kind: true,
      personId: true,
      officerId: true,
      payload: true,
      attempts: true,
      person: {
        select: {
          locale: true,
          identities: { select: { channel: true, externalId: true, createdAt: true, conversation: { select: { lastActiveAt: true } } } },
        },
      },
      officer: { select: { quietStartMin: true, quietEndMin: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    personId: row.personId,
    officerId: row.officerId,
    messages: messagesOf(row.payload),
    attempts: row.attempts,
    locale: row.person.locale,
    targets: byRecentActivity(row.person.identities),
    quietHours: quietHoursFor(row.kind, quietHoursOf(row.officer)),
  }));
}

interface IdentityRow {
  readonly channel: ChannelName;
  readonly externalId: string;
  readonly createdAt: Date;
  readonly conversation: { readonly lastActiveAt: Date } | null;
}

/** Identities with the most recently active conversation first; never-used ones last, newest first. */
function byRecentActivity(identities: readonly IdentityRow[]): DeliveryTarget[] {
  const activity = (identity: IdentityRow) => identity.conversation?.lastActiveAt.getTime() ?? 0;
  return [...identities]
    .sort((a, b) => activity(b) - activity(a) || b.createdAt.getTime() - a.createdAt.getTime())
    .map((identity) => ({ channel: identity.channel, externalId: identity.externalId }));
}

function quietHoursOf(officer: { quietStartMin: number | null; quietEndMin: number | null } | null): QuietHours | null {
  if (!officer || officer.quietStartMin === null || officer.quietEndMin === null) return null;
  return { startMin: officer.quietStartMin, endMin: officer.quietEndMin };
}
