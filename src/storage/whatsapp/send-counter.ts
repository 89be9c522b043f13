/**
 * Outgoing WhatsApp messages per day in the `WhatsAppState` table (kind "wksbm:sent", key
 * the Jakarta date). The count is in the database rather than in memory so that a restart
 * loop cannot send past the daily cap, and instances sharing a number share its cap.
 */
import type { SendCounter } from '../../core/channel-stores.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { CHANNEL_KINDS } from './channel-kinds.js';

/** Days of counts kept (for a look in psql); older rows are deleted as days go by. */
const KEEP_DAYS = 30;

/** A {@link SendCounter} on the database. */
export function createDatabaseSendCounter(prisma: PrismaClient, session: string): SendCounter {
  const kind = CHANNEL_KINDS.sent;
  let prunedFor: string | undefined;
  return {
    async tryReserve(day, cap) {
      // One statement: insert the day's first count, or add one while below the cap. When
      // the cap is reached the WHERE clause updates nothing and no row comes back. Atomic,
      // so two instances never both take the last message of the day.
      const rows = await prisma.$queryRaw<Array<{ value: string }>>`
        INSERT INTO "WhatsAppState" ("session", "kind", "key", "value", "updatedAt")
        VALUES (${session}, ${kind}, ${day}, '1', now())
        ON CONFLICT ("session", "kind", "key") DO UPDATE
          SET "value" = ("WhatsAppState"."value"::int + 1)::text, "updatedAt" = now()
          WHERE "WhatsAppState"."value"::int < ${cap}
        RETURNING "value"`;
      if (prunedFor !== day) {
        prunedFor = day;
        const oldest = new Date(Date.parse(`${day}T00:00:00Z`) - KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);
        await prisma.whatsAppState.deleteMany({ where: { session, kind, key: { lt: oldest } } });
      }
      // A cap of 0 would still let the first insert through; the channel never asks for it.
      return rows.length > 0 && Number(rows[0]!.value) <= cap;
    },
  };
}
