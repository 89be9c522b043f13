/**
 * Claiming due alerts for one dispatcher, and loading what it needs to send them: the
 * recipient's identities (most recently active first), language and quiet hours.
 */
import type { ChannelName } from '../../core/messages.js';
import type { ClaimedAlert, DeliveryTarget, QuietHours } from '../../core/outbox/ports.js';
import { quietHoursFor } from '../../core/outbox/quiet-hours.js';
import { VERIFY_ALERT_PREFIXES } from '../../domain/alerts/verify-alert-keys.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { clientSql } from '../unit-of-work/client-sql.js';
import { utc } from '../unit-of-work/sql.js';
import { messagesOf } from './payload.js';

/** An identity as the claim's JSON carries it: times as milliseconds since the epoch (UTC). */
interface IdentityJson {
  readonly channel: ChannelName;
  readonly externalId: string;
  readonly createdMs: number;
  /** Null when the identity never wrote (no conversation). */
  readonly lastActiveMs: number | null;
}

/** A claimed alert's row as {@link CLAIM} returns it. */
interface ClaimedRow {
  readonly id: string;
  readonly kind: string;
  readonly personId: string;
  readonly officerId: string | null;
  readonly payload: unknown;
  readonly attempts: number;
  readonly locale: string;
  readonly identities: readonly IdentityJson[];
  readonly quietStartMin: number | null;
  readonly quietEndMin: number | null;
}

/** The record id of a verification alert's key: its second part (verify-alert-keys.ts). */
const RECORD_ID = `split_part(a."dedupeKey", ':', 2)`;

/** A uuid as text: anything else is never cast (a failed cast would fail the whole claim). */
const UUID_TEXT = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

/**
 * True for an alert asking to verify a record that no longer awaits a verdict (verified,
 * rejected or gone since it was recorded: held by quiet hours, say); a key whose record id is
 * no uuid is never taken for one (the alert is sent as before). The prefixes are
 * constants of verify-alert-keys.ts, so they are written into the statement as literals.
 */
const STALE = `(CASE ${Object.entries(VERIFY_ALERT_PREFIXES)
  .map(([table, prefixes]) => {
    const listed = prefixes.map((prefix) => `'${prefix}'`).join(', ');
    return `WHEN split_part(a."dedupeKey", ':', 1) IN (${listed}) AND ${RECORD_ID} ~ ${UUID_TEXT}
      THEN NOT EXISTS (SELECT 1 FROM "${table}" r WHERE r."id" = ${RECORD_ID}::uuid AND r."verification" = 'pending')`;
  })
  .join(' ')} ELSE false END)`;

/**
 * The claim and the read of what the dispatcher needs, as one statement (one round trip,
 * autocommitted: the claim is its only write). $1 now, $2 the limit, $3 the lease's end.
 * The outer query's joins see the tables as they were before the statement, which is all
 * they read (people, identities, conversations, officers); the claimed rows come from the
 * UPDATE's RETURNING, as updated. Times come back as epoch milliseconds: `timestamp(3)`
 * holds UTC wall time, which a driver would read in the process's zone. A due alert asking
 * to verify a record decided meanwhile ({@link STALE}) is deleted in the same statement
 * instead of claimed: "waiting for verification" would no longer be true, and its buttons
 * would only say it was decided. Such rows still count towards the limit.
 */
const CLAIM = `WITH "due" AS (
    SELECT a."id", ${STALE} AS "stale" FROM "Alert" a
    WHERE (a."status" = 'pending' AND a."nextAttemptAt" <= $1::timestamp(3))
       OR (a."status" = 'sending' AND a."claimedUntil" < $1::timestamp(3))
    ORDER BY a."nextAttemptAt", a."createdAt", a."id"
    LIMIT $2::int
    FOR UPDATE OF a SKIP LOCKED
  ), "dropped" AS (
    DELETE FROM "Alert" AS "x" USING "due" WHERE "x"."id" = "due"."id" AND "due"."stale"
  ), "claimed" AS (
    UPDATE "Alert" AS "a"
    SET "status" = 'sending', "claimedUntil" = $3::timestamp(3), "attempts" = "a"."attempts" + 1
    FROM "due" WHERE "a"."id" = "due"."id" AND NOT "due"."stale"
    RETURNING "a"."id", "a"."kind", "a"."personId", "a"."officerId", "a"."payload", "a"."attempts", "a"."nextAttemptAt", "a"."createdAt"
  )
  SELECT c."id"::text AS "id", c."kind", c."personId"::text AS "personId", c."officerId"::text AS "officerId", c."payload", c."attempts",
         p."locale",
         (SELECT coalesce(jsonb_agg(jsonb_build_object('channel', i."channel"::text, 'externalId', i."externalId",
                   'createdMs', (EXTRACT(EPOCH FROM i."createdAt") * 1000)::float8,
                   'lastActiveMs', (EXTRACT(EPOCH FROM v."lastActiveAt") * 1000)::float8)), '[]'::jsonb)
          FROM "ChannelIdentity" i LEFT JOIN "Conversation" v ON v."identityId" = i."id"
          WHERE i."personId" = c."personId") AS "identities",
         o."quietStartMin", o."quietEndMin"
  FROM "claimed" c
  JOIN "Person" p ON p."id" = c."personId"
  LEFT JOIN "Officer" o ON o."id" = c."officerId"
  ORDER BY c."nextAttemptAt", c."createdAt", c."id"`;

/**
 * Claims up to `limit` due alerts until `now + leaseMs` (see OutboxStore.claim), with what
 * sending them needs, in one statement on the pool (client-sql.ts): through Prisma the nested
 * read cost its query compiler more CPU than the statements cost PostgreSQL. The UPDATE takes
 * row locks with SKIP LOCKED, so two dispatchers claiming at once get disjoint batches, and a
 * row another has just claimed no longer matches (PostgreSQL re-checks the WHERE clause on the
 * locked row's newest version).
 */
export async function claimDue(prisma: PrismaClient, limit: number, now: Date, leaseMs: number): Promise<ClaimedAlert[]> {
  const until = new Date(now.getTime() + leaseMs);
  const rows = await clientSql(prisma).rows<ClaimedRow>(CLAIM, [utc(now), limit, utc(until)]);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    personId: row.personId,
    officerId: row.officerId,
    messages: messagesOf(row.payload),
    attempts: row.attempts,
    locale: row.locale,
    targets: byRecentActivity(row.identities.map(identityRow)),
    quietHours: quietHoursFor(row.kind, quietHoursOf(row)),
  }));
}

interface IdentityRow {
  readonly channel: ChannelName;
  readonly externalId: string;
  readonly createdAt: Date;
  readonly conversation: { readonly lastActiveAt: Date } | null;
}

/** The identity with its times as dates, as Prisma's nested read gave them. */
function identityRow(identity: IdentityJson): IdentityRow {
  return {
    channel: identity.channel,
    externalId: identity.externalId,
    createdAt: new Date(identity.createdMs),
    conversation: identity.lastActiveMs === null ? null : { lastActiveAt: new Date(identity.lastActiveMs) },
  };
}

/** Identities with the most recently active conversation first; never-used ones last, newest first. */
function byRecentActivity(identities: readonly IdentityRow[]): DeliveryTarget[] {
  const activity = (identity: IdentityRow) => identity.conversation?.lastActiveAt.getTime() ?? 0;
  return [...identities]
    .sort((a, b) => activity(b) - activity(a) || b.createdAt.getTime() - a.createdAt.getTime())
    .map((identity) => ({ channel: identity.channel, externalId: identity.externalId }));
}

function quietHoursOf(officer: { quietStartMin: number | null; quietEndMin: number | null } | null): QuietHours | null {
  if (!officer || officer.quietStartMin === null || officer.quietEndMin === null) return null;
  return { startMin: officer.quietStartMin, endMin: officer.quietEndMin };
}
