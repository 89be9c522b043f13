/**
 * Issued web chat sessions (WebchatSession), stored by the SHA-256 of their userId. A use
 * refreshes `lastSeenAt` at most hourly (one read per message, a write only now and then);
 * the retention job deletes sessions unused for longer than DATA_RETENTION.
 */
import type { WebchatSessionStore } from '../../core/channel-stores.js';
import type { PrismaClient } from '../generated/prisma/client.js';

/** How stale `lastSeenAt` may get before a use writes it again. */
const TOUCH_RESOLUTION_MS = 60 * 60 * 1000;

/** A {@link WebchatSessionStore} on the database. */
export function createWebchatSessionStore(prisma: PrismaClient): WebchatSessionStore {
  return {
    async create(idHash, now) {
      await prisma.webchatSession.create({ data: { idHash, createdAt: now, lastSeenAt: now } });
    },
    async touch(idHash, now) {
      const row = await prisma.webchatSession.findUnique({ where: { idHash }, select: { lastSeenAt: true } });
      if (row === null) return false;
      if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_RESOLUTION_MS) {
        await prisma.webchatSession.updateMany({ where: { idHash }, data: { lastSeenAt: now } });
      }
      return true;
    },
  };
}
