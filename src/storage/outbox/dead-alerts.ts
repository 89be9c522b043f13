/** Admin access to alerts the dispatcher gave up on: list them, send one again. */
import type { DeadAlert, OutboxAdmin } from '../../core/outbox/ports.js';
import type { PrismaClient } from '../generated/prisma/client.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** {@link OutboxAdmin} over Prisma. */
export function createOutboxAdmin(prisma: PrismaClient): OutboxAdmin {
  return {
    async listDead(limit: number): Promise<DeadAlert[]> {
      return prisma.alert.findMany({
        where: { status: 'dead' },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: Math.max(0, Math.min(limit, 1_000)),
        select: { id: true, kind: true, personId: true, officerId: true, attempts: true, lastError: true, createdAt: true },
      });
    },

    async retryDead(id: string, now: Date): Promise<boolean> {
      // An id from an admin request may be anything; PostgreSQL would reject a non-uuid.
      if (!UUID.test(id)) return false;
      const { count } = await prisma.alert.updateMany({
        where: { id, status: 'dead' },
        // lastError stays: it tells why it died, until the next attempt says otherwise.
        data: { status: 'pending', attempts: 0, nextAttemptAt: now, claimedUntil: null },
      });
      return count === 1;
    },
  };
}
