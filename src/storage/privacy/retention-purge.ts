/**
 * One batch of the retention purge: at most `limit` rows of a table older than the cutoff,
 * picked by key through an index and deleted by key, so a large backlog is removed in
 * bounded statements instead of one DELETE over the whole table.
 */
import type { RetentionTable } from '../../domain/model/privacy.js';
import type { PrismaTx } from '../transaction-runner.js';
import { CHANNEL_KINDS } from '../whatsapp/channel-kinds.js';

/** Deletes one batch; returns how many rows went. */
export async function purgeBatch(tx: PrismaTx, table: RetentionTable, cutoff: Date, limit: number): Promise<number> {
  switch (table) {
    case 'conversations':
      // SKIP LOCKED: a conversation being handled right now is not old, and is not waited for.
      return tx.$executeRaw`
        DELETE FROM "Conversation" WHERE "identityId" IN (
          SELECT "identityId" FROM "Conversation" WHERE "lastActiveAt" < ${cutoff}
          ORDER BY "lastActiveAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
    case 'processedMessages':
      return tx.$executeRaw`
        DELETE FROM "ProcessedMessage" WHERE ("channel", "senderId", "messageId") IN (
          SELECT "channel", "senderId", "messageId" FROM "ProcessedMessage" WHERE "processedAt" < ${cutoff}
          ORDER BY "processedAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
    case 'webchatInbox':
      return tx.$executeRaw`
        DELETE FROM "WebchatInbox" WHERE "id" IN (
          SELECT "id" FROM "WebchatInbox" WHERE "deliveredAt" < ${cutoff}
          ORDER BY "deliveredAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
    case 'unreadWebchatInbox':
      // Never fetched: the session that could fetch it is purged after the same time, so the
      // notice (a ketua's name and number, say) would otherwise wait for no one, for ever.
      return tx.$executeRaw`
        DELETE FROM "WebchatInbox" WHERE "id" IN (
          SELECT "id" FROM "WebchatInbox" WHERE "deliveredAt" IS NULL AND "createdAt" < ${cutoff}
          LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
    case 'replies':
      // A sent reply's row is deleted at once; what is left this long was given up on (kept
      // with its reason for an admin) or waits for a channel that no longer runs.
      return tx.$executeRaw`
        DELETE FROM "Reply" WHERE "seq" IN (
          SELECT "seq" FROM "Reply" WHERE "createdAt" < ${cutoff}
          ORDER BY "seq" LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
    case 'whatsappChatLists':
      // The last numbered list sent to a WhatsApp chat, keyed by the chat's id (the number):
      // a list this old is answered by no one.
      return tx.$executeRaw`
        DELETE FROM "WhatsAppState" WHERE ("session", "kind", "key") IN (
          SELECT "session", "kind", "key" FROM "WhatsAppState" WHERE "kind" = ${CHANNEL_KINDS.chatList} AND "updatedAt" < ${cutoff}
          LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
    case 'webchatSessions':
      return purgeIdleSessions(tx, cutoff, limit);
    case 'alerts':
      // Only finished alerts: sent, or given up on (dead letters an admin had 90 days to retry).
      return tx.$executeRaw`
        DELETE FROM "Alert" WHERE "id" IN (
          SELECT "id" FROM "Alert" WHERE "status" IN ('sent', 'dead') AND "createdAt" < ${cutoff}
          ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
    case 'rejectedActivityPhotos':
      // Evidence of an activity an officer rejected, once the rejection is older than the cutoff.
      return tx.$executeRaw`
        DELETE FROM "ActivityPhoto" WHERE "id" IN (
          SELECT p."id" FROM "ActivityPhoto" p JOIN "Activity" a ON a."id" = p."activityId"
          WHERE a."verification" = 'rejected' AND a."verifiedAt" < ${cutoff}
          LIMIT ${limit} FOR UPDATE OF p SKIP LOCKED)`;
    case 'draftPhotos':
      // Photos of an activity that was never saved (the flow was left).
      return tx.$executeRaw`
        DELETE FROM "ActivityPhoto" WHERE "id" IN (
          SELECT "id" FROM "ActivityPhoto" WHERE "activityId" IS NULL AND "createdAt" < ${cutoff}
          ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
  }
}

/**
 * One batch of idle people: anonymous chat users (and people erased without a group) who
 * have no group membership, no officer or admin role, no consent record and no API token,
 * created before the cutoff and with no conversation active since. Their identities and
 * conversations go with them (cascade), as do their web chat inbox rows and issued sessions'
 * unread messages. SKIP LOCKED: a person being changed right now is left for the next run.
 */
export async function purgeIdlePeople(tx: PrismaTx, cutoff: Date, limit: number): Promise<number> {
  const victims = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT p."id"::text AS "id" FROM "Person" p
    WHERE p."createdAt" < ${cutoff} AND p."isAdmin" = false
      AND NOT EXISTS (SELECT 1 FROM "GroupLeader" gl WHERE gl."personId" = p."id")
      AND NOT EXISTS (SELECT 1 FROM "Officer" o WHERE o."personId" = p."id")
      AND NOT EXISTS (SELECT 1 FROM "Consent" c WHERE c."personId" = p."id")
      AND NOT EXISTS (SELECT 1 FROM "ApiToken" t WHERE t."personId" = p."id")
      AND NOT EXISTS (
        SELECT 1 FROM "ChannelIdentity" i JOIN "Conversation" cv ON cv."identityId" = i."id"
        WHERE i."personId" = p."id" AND cv."lastActiveAt" >= ${cutoff})
    ORDER BY p."createdAt" LIMIT ${limit}
    FOR UPDATE OF p SKIP LOCKED`;
  if (victims.length === 0) return 0;
  const ids = victims.map((victim) => victim.id);
  const webchat = await tx.channelIdentity.findMany({ where: { personId: { in: ids }, channel: 'webchat' }, select: { externalId: true } });
  if (webchat.length > 0) await tx.webchatInbox.deleteMany({ where: { externalId: { in: webchat.map((identity) => identity.externalId) } } });
  const deleted = await tx.person.deleteMany({ where: { id: { in: ids } } });
  return deleted.count;
}

/** One batch of web chat sessions unused since the cutoff (the page asks for a new one). */
export async function purgeIdleSessions(tx: PrismaTx, cutoff: Date, limit: number): Promise<number> {
  return tx.$executeRaw`
    DELETE FROM "WebchatSession" WHERE "idHash" IN (
      SELECT "idHash" FROM "WebchatSession" WHERE "lastSeenAt" < ${cutoff}
      ORDER BY "lastSeenAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
}
