/**
 * The claim of a message whose conversation this instance remembers (conversation-memory.ts):
 * no statement of its own. It is held (Sql.write) and goes out ahead of the unit of work's next
 * statement, in that statement's round trip, so that a message without effects is one round
 * trip (BEGIN, claim, save, COMMIT) and one with effects saves the round trip of the claim.
 *
 * Since nobody reads its rows before the unit of work goes on, the statement checks itself: it
 * claims the id, locks the conversation, and fails (SQLSTATE WK001, the migration
 * 20261207205900_expect_function) unless the id was new and the conversation, its identity and
 * its person are the row versions the memory saw committed (their xmin). The failure aborts the
 * transaction before anything after it runs or commits; the runner's transactions then start the
 * message again on the claim that reads the conversation (remembering.ts).
 */
import type { ChannelName } from '../../core/messages.js';
import { utc, type Sql } from '../unit-of-work/sql.js';
import { CLAIM, SENDER_CONVERSATION } from './conversation-sql.js';

/** The SQLSTATE of the check's failure. */
export const REMEMBERED_MISSED = 'WK001';

/**
 * The row versions of a conversation, its identity and its person, as one text, in the
 * statements that read them: they change with every write to any of the three rows.
 */
export const VERSIONS = `c."xmin"::text || ':' || i."xmin"::text || ':' || p."xmin"::text`;

/**
 * Holds the claim of `messageId` and the lock of the sender's conversation, expected at
 * `versions`, for the unit of work's next round trip (see the module comment).
 */
export function claimRemembered(sql: Sql, channel: ChannelName, senderId: string, messageId: string, versions: string, now: Date): Promise<void> {
  return sql.write(
    `WITH "claim" AS (
       ${CLAIM}
     ), "open" AS (
       SELECT ${VERSIONS} AS "versions"
       ${SENDER_CONVERSATION}
     )
     SELECT "wksbm_expect"(EXISTS (SELECT 1 FROM "claim") AND (SELECT "versions" FROM "open") IS NOT DISTINCT FROM $5,
                           'a message seen already, or a conversation changed since this instance saved it')`,
    [channel, senderId, messageId, utc(now), versions],
  );
}
