/**
 * The Cloud API channel's records ({@link CloudStore}): the last inbound time per channel
 * identity (the platform's 24-hour window) and the message ids alerts went out as, so that
 * status webhooks land on their outbox row (Alert.deliveryStatus, or dead / pending again
 * after a failure).
 */
import { isDeliveryStatus, type CloudStore, type DeliveryStatus, type StatusOutcome, type StatusReport } from '../../core/channel-stores.js';
import type { PrismaClient } from '../generated/prisma/client.js';

/** Reasons held alerts carry (the dispatcher prefixes the channel): released when the person writes. */
export const HELD_REASON_PREFIX = 'whatsapp: waiting';

const RANK: Record<DeliveryStatus, number> = { sent: 1, delivered: 2, read: 3, failed: 4 };
const MAX_ERROR_LENGTH = 500;

/** {@link CloudStore} over Prisma. */
export function createCloudStore(prisma: PrismaClient): CloudStore {
  const identity = (externalId: string) =>
    prisma.channelIdentity.findUnique({
      where: { channel_externalId: { channel: 'whatsapp', externalId } },
      select: { id: true, personId: true, person: { select: { locale: true } }, cloudWindow: { select: { lastInboundAt: true } } },
    });
  return {
    async touch(externalId, at) {
      const found = await identity(externalId);
      if (!found) return 0;
      // Never backwards: a webhook Meta delivers again late carries an older time.
      await prisma.$executeRaw`
        INSERT INTO "WhatsAppCloudWindow" ("identityId", "lastInboundAt") VALUES (${found.id}::uuid, ${at})
        ON CONFLICT ("identityId") DO UPDATE SET "lastInboundAt" = GREATEST("WhatsAppCloudWindow"."lastInboundAt", EXCLUDED."lastInboundAt")`;
      const { count } = await prisma.alert.updateMany({
        where: { personId: found.personId, status: 'pending', lastError: { startsWith: HELD_REASON_PREFIX } },
        data: { nextAttemptAt: at },
      });
      return count;
    },

    async contact(externalId) {
      const found = await identity(externalId);
      return {
        ...(found?.cloudWindow && { lastInboundAt: found.cloudWindow.lastInboundAt }),
        ...(found && { locale: found.person.locale }),
      };
    },

    async localeOf(externalId) {
      return (await identity(externalId))?.person.locale;
    },

    async remember(wamid, alertId, at) {
      await prisma.whatsAppCloudMessage.upsert({ where: { wamid }, create: { wamid, alertId, createdAt: at }, update: {} });
    },

    async recordStatus(report: StatusReport): Promise<StatusOutcome> {
      const message = await prisma.whatsAppCloudMessage.findUnique({
        where: { wamid: report.wamid },
        select: { alert: { select: { id: true, deliveryStatus: true } } },
      });
      if (!message) return 'unknown';
      const { alert } = message;
      if (report.status === 'failed' && report.failure) {
        const reason = clip(`whatsapp: failed: ${report.failure.reason}`);
        // Only an alert the dispatcher handed over (or is handing over): never one retried since.
        const sent = { id: alert.id, status: { in: ['sent' as const, 'sending' as const] } };
        if (report.failure.retryable) {
          const { count } = await prisma.alert.updateMany({
            where: sent,
            data: { status: 'pending', nextAttemptAt: new Date(report.at.getTime() + (report.failure.retryAfterMs ?? 60_000)), lastError: reason, deliveryStatus: 'failed', deliveryStatusAt: report.at, claimedUntil: null },
          });
          return count > 0 ? 'retry' : 'recorded';
        }
        const { count } = await prisma.alert.updateMany({
          where: sent,
          data: { status: 'dead', lastError: reason, deliveryStatus: 'failed', deliveryStatusAt: report.at, claimedUntil: null },
        });
        return count > 0 ? 'dead' : 'recorded';
      }
      const current = alert.deliveryStatus;
      // Webhooks may arrive out of order: "read" is never turned back into "delivered".
      if (current !== null && (isDeliveryStatus(current) ? RANK[current] : 0) >= RANK[report.status]) return 'recorded';
      await prisma.alert.updateMany({
        where: { id: alert.id, OR: [{ deliveryStatus: null }, { deliveryStatus: current }] },
        data: { deliveryStatus: report.status, deliveryStatusAt: report.at },
      });
      return 'recorded';
    },
  };
}

function clip(text: string): string {
  return text.length <= MAX_ERROR_LENGTH ? text : `${text.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}
