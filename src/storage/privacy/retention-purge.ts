/**
 * One batch of the retention purge: at most `limit` rows of a table older than the cutoff,
 * picked by key through an index and deleted by key, so a large backlog is removed in
 * bounded statements instead of one DELETE over the whole table.
 */
import type { RetentionTable } from '../../domain/privacy/ports.js';
import type { PrismaTx } from '../transaction-runner.js';

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
        DELETE FROM "ProcessedMessage" WHERE ("channel", "messageId") IN (
          SELECT "channel", "messageId" FROM "ProcessedMessage" WHERE "processedAt" < ${cutoff}
          ORDER BY "processedAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
    case 'webchatInbox':
      return tx.$executeRaw`
        DELETE FROM "WebchatInbox" WHERE "id" IN (
          SELECT "id" FROM "WebchatInbox" WHERE "deliveredAt" < ${cutoff}
          ORDER BY "deliveredAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
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
