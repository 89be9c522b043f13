/**
 * One batch of the retention purge: at most `limit` rows of a table older than the cutoff,
 * picked by key through an index and deleted by key, so a large backlog is removed in
 * bounded statements instead of one DELETE over the whole table.
 */
import type { RetentionTable } from '../../domain/model/privacy.js';
import { Prisma } from '../generated/prisma/client.js';
import type { PrismaTx } from '../transaction-runner.js';
import { CHANNEL_KINDS } from '../whatsapp/channel-kinds.js';

/**
 * A table purged by age: rows matching `where` (given the cutoff) are picked by `key`,
 * oldest first by `orderBy` when there is an index to walk, and deleted by key.
 * SKIP LOCKED: a row being handled right now is not waited for; the next run takes it.
 */
interface AgedRows {
  readonly table: string;
  /** The key column(s). */
  readonly key: readonly string[];
  readonly where: (cutoff: Date) => Prisma.Sql;
  readonly orderBy?: string;
}

/** The tables purged by age alone; identifiers are constants here, never input. */
const AGED_ROWS: Readonly<Record<Exclude<RetentionTable, 'rejectedActivityPhotos'>, AgedRows>> = {
  // A conversation being handled right now is not old, and is not waited for.
  conversations: { table: 'Conversation', key: ['identityId'], where: (cutoff) => Prisma.sql`"lastActiveAt" < ${cutoff}`, orderBy: '"lastActiveAt"' },
  processedMessages: {
    table: 'ProcessedMessage',
    key: ['channel', 'senderId', 'messageId'],
    where: (cutoff) => Prisma.sql`"processedAt" < ${cutoff}`,
    orderBy: '"processedAt"',
  },
  webchatInbox: { table: 'WebchatInbox', key: ['id'], where: (cutoff) => Prisma.sql`"deliveredAt" < ${cutoff}`, orderBy: '"deliveredAt"' },
  // Never fetched: the session that could fetch it is purged after the same time, so the
  // notice (a ketua's name and number, say) would otherwise wait for no one, for ever.
  unreadWebchatInbox: { table: 'WebchatInbox', key: ['id'], where: (cutoff) => Prisma.sql`"deliveredAt" IS NULL AND "createdAt" < ${cutoff}` },
  // A sent reply's row is deleted at once; what is left this long was given up on (kept
  // with its reason for an admin) or waits for a channel that no longer runs.
  replies: { table: 'Reply', key: ['seq'], where: (cutoff) => Prisma.sql`"createdAt" < ${cutoff}`, orderBy: '"seq"' },
  // The last numbered list sent to a WhatsApp chat, keyed by the chat's id (the number):
  // a list this old is answered by no one.
  whatsappChatLists: {
    table: 'WhatsAppState',
    key: ['session', 'kind', 'key'],
    where: (cutoff) => Prisma.sql`"kind" = ${CHANNEL_KINDS.chatList} AND "updatedAt" < ${cutoff}`,
  },
  // Web chat sessions unused since the cutoff (the page asks for a new one).
  webchatSessions: { table: 'WebchatSession', key: ['idHash'], where: (cutoff) => Prisma.sql`"lastSeenAt" < ${cutoff}`, orderBy: '"lastSeenAt"' },
  // Only finished alerts: sent, or given up on (dead letters an admin had 90 days to retry).
  alerts: { table: 'Alert', key: ['id'], where: (cutoff) => Prisma.sql`"status" IN ('sent', 'dead') AND "createdAt" < ${cutoff}`, orderBy: '"createdAt"' },
  // Photos of an activity that was never saved (the flow was left).
  draftPhotos: { table: 'ActivityPhoto', key: ['id'], where: (cutoff) => Prisma.sql`"activityId" IS NULL AND "createdAt" < ${cutoff}`, orderBy: '"createdAt"' },
  // Codes expired (used or not) longer ago than the retention: nothing can redeem them any
  // more, and each still ties a person (or the officer who used an invite) to a time.
  linkCodes: { table: 'LinkCode', key: ['code'], where: (cutoff) => Prisma.sql`"expiresAt" < ${cutoff}` },
  signInCodes: { table: 'SignInCode', key: ['id'], where: (cutoff) => Prisma.sql`"expiresAt" < ${cutoff}` },
  officerInvites: { table: 'OfficerInvite', key: ['code'], where: (cutoff) => Prisma.sql`"expiresAt" < ${cutoff}` },
  // Dashboard tokens revoked or expired that long ago open nothing; the audit log keeps
  // that they were issued and revoked.
  apiTokens: { table: 'ApiToken', key: ['id'], where: (cutoff) => Prisma.sql`("revokedAt" < ${cutoff} OR "expiresAt" < ${cutoff})` },
};

/** Deletes one batch; returns how many rows went. */
export async function purgeBatch(tx: PrismaTx, table: RetentionTable, cutoff: Date, limit: number): Promise<number> {
  switch (table) {
    case 'rejectedActivityPhotos':
      // Evidence of an activity an officer rejected, once the rejection is older than the cutoff.
      return tx.$executeRaw`
        DELETE FROM "ActivityPhoto" WHERE "id" IN (
          SELECT p."id" FROM "ActivityPhoto" p JOIN "Activity" a ON a."id" = p."activityId"
          WHERE a."verification" = 'rejected' AND a."verifiedAt" < ${cutoff}
          LIMIT ${limit} FOR UPDATE OF p SKIP LOCKED)`;
    default: {
      const rows = AGED_ROWS[table];
      const from = Prisma.raw(`"${rows.table}"`);
      const columns = rows.key.map((column) => `"${column}"`).join(', ');
      const order = rows.orderBy ? Prisma.raw(`ORDER BY ${rows.orderBy}`) : Prisma.empty;
      return tx.$executeRaw`
        DELETE FROM ${from} WHERE (${Prisma.raw(columns)}) IN (
          SELECT ${Prisma.raw(columns)} FROM ${from} WHERE ${rows.where(cutoff)}
          ${order} LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
    }
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
