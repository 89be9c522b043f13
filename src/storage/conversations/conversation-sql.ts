/**
 * The statements of one inbound message's unit of work on the conversation aggregate (the
 * processed-message claim, the conversation with its identity and person, and the replies
 * it queues): plain SQL, combined so that a message costs two statements besides BEGIN and
 * COMMIT. Each statement's comment says why its parts can share one statement.
 */
import type { ChannelName, RenderedMessage } from '../../core/messages.js';
import { utc, type Sql } from '../unit-of-work/sql.js';

/** The conversation and its person as the opening statement returns them. */
export interface ConversationRow {
  readonly identityId: string;
  readonly state: unknown;
  /** Milliseconds since the epoch (UTC). */
  readonly lastActiveMs: number;
  readonly personId: string;
  readonly locale: string;
  readonly localeChosen: boolean;
  readonly displayName: string | null;
  readonly phoneE164: string | null;
}

/** What {@link claimAndOpen} found: whether the id was new, and the sender's conversation if they have one. */
export interface ClaimAndOpen {
  readonly claimed: boolean;
  readonly conversation: ConversationRow | null;
  /** False when the statement waited for a newer version of the conversation: read it again. */
  readonly current: boolean;
}

const CONVERSATION_COLUMNS = `c."identityId"::text AS "identityId", c."state", (EXTRACT(EPOCH FROM c."lastActiveAt") * 1000)::float8 AS "lastActiveMs",
       p."id"::text AS "personId", p."locale", p."localeChosenAt" IS NOT NULL AS "localeChosen", p."displayName", p."phoneE164"`;

/**
 * The claim of message id $3 of sender $2 on channel $1 at $4, as a statement's part: one row
 * when the id is new, none when it was seen (or a concurrent claim of it committed).
 */
export const CLAIM = `INSERT INTO "ProcessedMessage" ("channel", "senderId", "messageId", "processedAt")
       VALUES ($1::"Channel", $2, $3, $4::timestamp(3))
       ON CONFLICT ("channel", "senderId", "messageId") DO NOTHING
       RETURNING 1`;

/** The conversation of sender $2 on channel $1 with its identity (i) and person (p), the conversation (c) locked: a FROM clause. */
export const SENDER_CONVERSATION = `FROM "ChannelIdentity" i
       JOIN "Conversation" c ON c."identityId" = i."id"
       JOIN "Person" p ON p."id" = i."personId"
       WHERE i."channel" = $1::"Channel" AND i."externalId" = $2
       FOR UPDATE OF c`;

/**
 * Claims the message id and loads the sender's conversation, locked until the transaction
 * ends, in one statement.
 *
 * The claim: ON CONFLICT rather than catching a unique violation (a failed statement would
 * abort the transaction); a concurrent claim of the same id waits until the other
 * transaction ends, and counts as duplicate only if that one committed. The sender is part
 * of the key: an id another sender used is a new message for this one.
 *
 * The lock: FOR UPDATE of the conversation serialises one conversation's messages across app
 * instances. A statement that waited for it reads the conversation as the previous holder
 * committed it (READ COMMITTED re-reads a locked row that changed), but the person it joins
 * as it was before the wait: then `current` is false (the locked row version is not one the
 * statement's snapshot sees) and the caller reads the conversation again in a statement of
 * its own, which sees everything committed (a language the previous message chose).
 */
export async function claimAndOpen(sql: Sql, channel: ChannelName, senderId: string, messageId: string, now: Date): Promise<ClaimAndOpen> {
  const rows = await sql.rows<{ claimed: boolean; current: boolean } & Partial<ConversationRow>>(
    `WITH "claim" AS (
       ${CLAIM}
     ), "open" AS (
       SELECT c."ctid"::text AS "version", ${CONVERSATION_COLUMNS}
       ${SENDER_CONVERSATION}
     )
     SELECT EXISTS (SELECT 1 FROM "claim") AS "claimed",
            "open"."version" IS NULL OR EXISTS (SELECT 1 FROM "Conversation" x WHERE x."ctid" = "open"."version"::tid) AS "current",
            "open".*
     FROM (SELECT 1) AS "one" LEFT JOIN "open" ON true`,
    [channel, senderId, messageId, utc(now)],
  );
  const row = rows[0];
  if (!row) throw new Error('claimAndOpen: no row');
  // The LEFT JOIN fills every column of "open" or none: with its key present the row is whole.
  return { claimed: row.claimed, current: row.current, conversation: row.identityId ? (row as ConversationRow) : null };
}

/** Loads and locks a known sender's conversation (null when they have none yet): as {@link claimAndOpen}, without the claim. */
export async function openBySender(sql: Sql, channel: ChannelName, externalId: string): Promise<ConversationRow | null> {
  const rows = await sql.rows<ConversationRow>(
    `SELECT ${CONVERSATION_COLUMNS}
     ${SENDER_CONVERSATION}`,
    [channel, externalId],
  );
  return rows[0] ?? null;
}

/** The replies kept for a message already processed (null when none were). */
export async function storedReplies(sql: Sql, channel: ChannelName, senderId: string, messageId: string): Promise<unknown> {
  const rows = await sql.rows<{ replies: unknown }>(
    `SELECT "replies" FROM "ProcessedMessage" WHERE "channel" = $1::"Channel" AND "senderId" = $2 AND "messageId" = $3`,
    [channel, senderId, messageId],
  );
  return rows[0]?.replies ?? null;
}

/** What the first contact of a sender creates: ids made by the caller, and its times. */
export interface FirstContact {
  readonly channel: ChannelName;
  readonly externalId: string;
  /** The ids of the identity and person, used only when the sender is new. */
  readonly identityId: string;
  readonly personId: string;
  readonly locale: string;
  /** The app's clock: "first contact" in /datasaya is this day. */
  readonly now: Date;
  /** The person row's `updatedAt`: the time of writing, as Prisma's @updatedAt sets it. */
  readonly writtenAt: Date;
  /** `lastActiveAt` of the new conversation (see NEVER_ACTIVE). */
  readonly neverActive: Date;
}

/**
 * Creates what the sender is missing (person, identity, conversation) and returns the new
 * conversation, locked (its row is this transaction's own until it ends), in one statement;
 * null when another transaction got there first, or the conversation exists already: then
 * {@link openBySender} finds it.
 *
 * The person is inserted only with the identity that names it (its foreign key is checked at
 * the end of the statement), so an identity that lost a race leaves no orphan person. Two
 * first messages from one new sender may be handled at once (two instances, or a channel
 * retry): ON CONFLICT waits for the other transaction and then does nothing instead of
 * failing (a failed statement would abort the transaction), and the next statement sees the
 * other's committed identity and conversation (the conversation's ON CONFLICT likewise). An
 * identity without a conversation (the retention job deletes idle ones) gets a new one. The
 * row returned is built from what the inserts return: a statement's parts share its snapshot
 * and do not see each other's rows.
 */
export async function createFirstContact(sql: Sql, contact: FirstContact): Promise<ConversationRow | null> {
  const rows = await sql.rows<ConversationRow>(
    `WITH "known" AS (
       SELECT "id", "personId" FROM "ChannelIdentity" WHERE "channel" = $1::"Channel" AND "externalId" = $2
     ), "identity" AS (
       INSERT INTO "ChannelIdentity" ("id", "channel", "externalId", "personId", "createdAt")
       SELECT $3::uuid, $1::"Channel", $2, $4::uuid, $6::timestamp(3) WHERE NOT EXISTS (SELECT 1 FROM "known")
       ON CONFLICT ("channel", "externalId") DO NOTHING
       RETURNING "id", "personId"
     ), "person" AS (
       INSERT INTO "Person" ("id", "locale", "isAdmin", "createdAt", "updatedAt")
       SELECT "personId", $5, false, $6::timestamp(3), $7::timestamp(3) FROM "identity"
       RETURNING "id", "locale", "localeChosenAt", "displayName", "phoneE164"
     ), "identities" AS (
       SELECT "id", "personId" FROM "known" UNION ALL SELECT "id", "personId" FROM "identity"
     ), "conversation" AS (
       INSERT INTO "Conversation" ("identityId", "state", "lastActiveAt", "updatedAt")
       SELECT "id", 'null'::jsonb, $8::timestamp(3), $6::timestamp(3) FROM "identities"
       ON CONFLICT ("identityId") DO NOTHING
       RETURNING "identityId", "state", "lastActiveAt"
     )
     SELECT ${CONVERSATION_COLUMNS}
     FROM "conversation" c
     JOIN "identities" i ON i."id" = c."identityId"
     JOIN (SELECT "id", "locale", "localeChosenAt", "displayName", "phoneE164" FROM "Person" WHERE "id" = (SELECT "personId" FROM "known")
           UNION ALL SELECT "id", "locale", "localeChosenAt", "displayName", "phoneE164" FROM "person") p ON p."id" = i."personId"`,
    [contact.channel, contact.externalId, contact.identityId, contact.personId, contact.locale, utc(contact.now), utc(contact.writtenAt), utc(contact.neverActive)],
  );
  return rows[0] ?? null;
}

/** Sets the person's reply language; `chosen` also records when they chose it. */
export async function setLocale(sql: Sql, personId: string, locale: string, chosen: boolean, now: Date): Promise<void> {
  await sql.write(
    `UPDATE "Person" SET "locale" = $2, "localeChosenAt" = CASE WHEN $3::boolean THEN $4::timestamp(3) ELSE "localeChosenAt" END, "updatedAt" = $4::timestamp(3)
     WHERE "id" = $1::uuid`,
    [personId, locale, chosen, utc(now)],
  );
}

/** The end of a message: its conversation's new state and its replies. */
export interface Turn {
  readonly channel: ChannelName;
  readonly senderId: string;
  readonly messageId: string;
  readonly conversation: { readonly identityId: string; readonly state: unknown; readonly lastActiveAt: Date };
  readonly replies: readonly RenderedMessage[];
  /** Where the replies go; absent: kept for duplicates only, not queued. */
  readonly chat?: string;
  /** The instance that will send them, and until when it holds them; absent: recovery sends them. */
  readonly owner?: { readonly id: string; readonly until: Date };
  /** The state as JSON text, when the caller has it already (it keeps the text it writes). */
  readonly stateText?: string;
}

/** The conversation's person and row versions as the turn's statement left them (conversation-memory.ts keeps them). */
export interface TurnSeen {
  readonly personId: string;
  readonly locale: string;
  readonly localeChosen: boolean;
  readonly displayName: string | null;
  readonly phoneE164: string | null;
  /** remembered-sql.ts VERSIONS after the turn's writes; null when the conversation row is gone. */
  readonly versions: string | null;
}

/** What {@link saveTurn} wrote: the reply row it queued (null: none), and what it saw of the conversation. */
export interface SavedTurn {
  readonly queued: { readonly id: string; readonly live: boolean } | null;
  /** Null when the identity or person is gone (a WhatsApp erasure in the turn deletes the identity). */
  readonly seen: TurnSeen | null;
}

/**
 * Saves the conversation's state, keeps the replies for a retried delivery, and queues them
 * in the reply outbox, in one statement: committed with the state that produced them, sent
 * at least once. The new reply row is held by this instance (sent right after commit)
 * unless an older reply to the chat still waits elsewhere: then it is left for recovery,
 * which keeps the order. Web chat's replies always stay with the writer: its HTTP answer
 * carries them anyway. The message's last statement: COMMIT may go out with it
 * ({@link Sql.lastRows}). It also reads back the person and the row versions as they stand
 * after every write of the unit of work (a statement sees its transaction's earlier ones), for
 * the instance to remember the conversation once committed.
 */
export async function saveTurn(sql: Sql, turn: Turn, now: Date): Promise<SavedTurn> {
  const send = sql.lastRows.bind(sql);
  const values: unknown[] = [];
  /** The placeholder of a new parameter. */
  const param = (value: unknown): string => `$${values.push(value)}`;
  const channel = param(turn.channel);
  const replies = param(JSON.stringify(turn.replies));
  const message = param(turn.messageId);
  const ctes: string[] = [
    `"saved" AS (
       UPDATE "ProcessedMessage" SET "replies" = ${replies}::jsonb
       WHERE "channel" = ${channel}::"Channel" AND "senderId" = ${param(turn.senderId)} AND "messageId" = ${message}
     )`,
  ];
  const at = param(utc(now));
  const { identityId, state, lastActiveAt } = turn.conversation;
  const identity = param(identityId);
  ctes.push(`"state" AS (
     UPDATE "Conversation" SET "state" = ${param(turn.stateText ?? toJsonText(state))}::jsonb, "lastActiveAt" = ${param(utc(lastActiveAt))}::timestamp(3), "updatedAt" = ${at}::timestamp(3)
     WHERE "identityId" = ${identity}::uuid
     RETURNING "xmin"::text AS "version"
   )`);
  // The conversation's own version is its updated row's (RETURNING): the statement's snapshot still shows the row before.
  ctes.push(`"seen" AS (
     SELECT i."personId"::text AS "personId", p."locale", p."localeChosenAt" IS NOT NULL AS "localeChosen", p."displayName", p."phoneE164",
            (SELECT "version" FROM "state") || ':' || i."xmin"::text || ':' || p."xmin"::text AS "versions"
     FROM "ChannelIdentity" i JOIN "Person" p ON p."id" = i."personId"
     WHERE i."id" = ${identity}::uuid
   )`);
  if (turn.replies.length === 0 || turn.chat === undefined) {
    const rows = await send<TurnSeen>(sameText(turn, `WITH ${ctes.join(', ')} SELECT * FROM "seen"`), values);
    return { queued: null, seen: rows[0] ?? null };
  }
  const chat = param(turn.chat);
  const owner = param(turn.owner?.id ?? null);
  const until = param(turn.owner ? utc(turn.owner.until) : null);
  ctes.push(`"held" AS (
       SELECT ${channel}::text <> 'webchat' AND EXISTS (
         SELECT 1 FROM "Reply" WHERE "channel" = ${channel}::"Channel" AND "chat" = ${chat} AND "status" = 'pending'
           AND "claimedBy" IS DISTINCT FROM ${owner}::uuid
       ) AS "olderElsewhere"
     )`);
  ctes.push(`"queued" AS (
     INSERT INTO "Reply" ("channel", "chat", "messageId", "messages", "claimedBy", "claimedUntil", "createdAt")
     SELECT ${channel}::"Channel", ${chat}, ${message}, ${replies}::jsonb,
            CASE WHEN "olderElsewhere" THEN NULL ELSE ${owner}::uuid END,
            CASE WHEN "olderElsewhere" THEN NULL ELSE ${until}::timestamp(3) END, ${at}::timestamp(3)
     FROM "held"
     RETURNING "seq"::text AS "id", ("claimedBy" IS NOT NULL) AS "live"
   )`);
  const rows = await send<{ id: string; live: boolean } & Partial<TurnSeen>>(
    sameText(turn, `WITH ${ctes.join(', ')} SELECT q."id", q."live", s.* FROM "queued" q LEFT JOIN "seen" s ON true`),
    values,
  );
  const row = rows[0];
  if (!row) throw new Error('saveTurn: the reply was not queued');
  const { id, live, ...seen } = row;
  // The LEFT JOIN fills every column of "seen" or none.
  return { queued: { id, live }, seen: seen.personId ? (seen as TurnSeen) : null };
}

/**
 * The statement's text as first built for the turn's shape (with or without replies to
 * queue), the same string object every time: the text names its
 * prepared statement (unit-of-work/prepared.ts), and a string built anew is hashed whole for
 * that lookup on every message, while a kept one carries its hash. Only the shape changes the
 * text; the values are always parameters.
 */
function sameText(turn: Turn, built: string): string {
  const shape = turn.replies.length > 0 && turn.chat !== undefined ? 'replies' : 'state';
  const kept = TURN_TEXTS.get(shape);
  if (kept !== undefined) return kept;
  TURN_TEXTS.set(shape, built);
  return built;
}

const TURN_TEXTS = new Map<string, string>();

/** JSON text for a jsonb column; no state at all is stored as JSON `null` (the column is NOT NULL). */
export function toJsonText(value: unknown): string {
  return value === undefined ? 'null' : JSON.stringify(value);
}
