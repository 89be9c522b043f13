/**
 * Issued web chat sessions (WebchatSession), stored by the SHA-256 of their userId, as plain
 * SQL on the pool (each a statement of its own: client-sql.ts says why not Prisma). A use
 * refreshes `lastSeenAt` at most hourly (one read per message, a write only now and then);
 * the retention job deletes sessions unused for longer than DATA_RETENTION.
 */
import type { WebchatSessionStore } from '../../core/channel-stores.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { clientSql } from '../unit-of-work/client-sql.js';
import { utc } from '../unit-of-work/sql.js';

/** How stale `lastSeenAt` may get before a use writes it again. */
const TOUCH_RESOLUTION_MS = 60 * 60 * 1000;

/** A {@link WebchatSessionStore} on the database. */
export function createWebchatSessionStore(prisma: PrismaClient): WebchatSessionStore {
  const sql = clientSql(prisma);
  return {
    async create(idHash, now) {
      // No ON CONFLICT: an id issued twice (192 random bits) is a fault to fail loudly on.
      await sql.rows(`INSERT INTO "WebchatSession" ("idHash", "createdAt", "lastSeenAt") VALUES ($1, $2::timestamp(3), $2::timestamp(3))`, [idHash, utc(now)]);
    },
    async touch(idHash, now) {
      // One statement: the row is found, and written only when its lastSeenAt is stale (a
      // data-modifying WITH runs whether or not the query reads it).
      const rows = await sql.rows<{ found: boolean }>(
        `WITH "touch" AS (UPDATE "WebchatSession" SET "lastSeenAt" = $2::timestamp(3)
                          WHERE "idHash" = $1 AND "lastSeenAt" < $3::timestamp(3))
         SELECT EXISTS (SELECT 1 FROM "WebchatSession" WHERE "idHash" = $1) AS "found"`,
        [idHash, utc(now), utc(new Date(now.getTime() - TOUCH_RESOLUTION_MS))],
      );
      return rows[0]?.found === true;
    },
  };
}
