/**
 * Issued web chat sessions (WebchatSession), stored by the SHA-256 of their userId, as plain
 * SQL on the pool (each a statement of its own: client-sql.ts says why not Prisma). A use
 * refreshes `lastSeenAt` at most hourly (a read at most once a minute per session, a write
 * only now and then); the retention job deletes sessions unused for longer than DATA_RETENTION.
 */
import type { WebchatSessionStore } from '../../core/channel-stores.js';
import { RecentMap } from '../../core/recent-map.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { clientSql } from '../unit-of-work/client-sql.js';
import { utc } from '../unit-of-work/sql.js';

/** How stale `lastSeenAt` may get before a use writes it again. */
const TOUCH_RESOLUTION_MS = 60 * 60 * 1000;

/**
 * How long a session this process saw in the database (or issued) counts as known without
 * asking again: a chat in progress then costs no statement per message. Sessions are only
 * ever deleted by the retention job, for going unused for DATA_RETENTION (days); one used a
 * minute ago cannot be among them, so this never takes a deleted session for a live one.
 */
const KNOWN_FOR_MS = 60 * 1000;

/** Sessions remembered at most (the oldest forgotten first): a bound on the memory it takes. */
const MAX_KNOWN = 10_000;

/** A {@link WebchatSessionStore} on the database. */
export function createWebchatSessionStore(prisma: PrismaClient): WebchatSessionStore {
  const sql = clientSql(prisma);
  /** idHash → when (ms) this process last found it in the database or issued it. */
  const known = new RecentMap<string, number>(MAX_KNOWN);
  return {
    async create(idHash, now) {
      // No ON CONFLICT: an id issued twice (192 random bits) is a fault to fail loudly on.
      await sql.rows(`INSERT INTO "WebchatSession" ("idHash", "createdAt", "lastSeenAt") VALUES ($1, $2::timestamp(3), $2::timestamp(3))`, [idHash, utc(now)]);
      known.set(idHash, now.getTime());
    },
    async touch(idHash, now) {
      const seen = known.get(idHash);
      const age = seen === undefined ? Infinity : now.getTime() - seen;
      if (age >= 0 && age < KNOWN_FOR_MS) return true;
      // One statement: the row is found, and written only when its lastSeenAt is stale (a
      // data-modifying WITH runs whether or not the query reads it).
      const rows = await sql.rows<{ found: boolean }>(
        `WITH "touch" AS (UPDATE "WebchatSession" SET "lastSeenAt" = $2::timestamp(3)
                          WHERE "idHash" = $1 AND "lastSeenAt" < $3::timestamp(3))
         SELECT EXISTS (SELECT 1 FROM "WebchatSession" WHERE "idHash" = $1) AS "found"`,
        [idHash, utc(now), utc(new Date(now.getTime() - TOUCH_RESOLUTION_MS))],
      );
      const found = rows[0]?.found === true;
      if (found) known.set(idHash, now.getTime());
      else known.delete(idHash);
      return found;
    },
  };
}
