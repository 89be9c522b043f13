/**
 * The transactional outbox on the Alert table: {@link createOutbox} records alerts inside
 * the caller's transaction (the domain's side); {@link createOutboxStore} is the
 * dispatcher's side (claims with a lease, outcomes) plus the admin's (dead alerts).
 */
import type { ChannelName } from '../../core/messages.js';
import type { Lease, OutboxAdmin, OutboxStore } from '../../core/outbox/ports.js';
import { firstDueAt } from '../../core/outbox/quiet-hours.js';
import type { Outbox, OutboxEntry } from '../../domain/model/outbox.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { PrismaTx } from '../transaction-runner.js';
import { clientSql } from '../unit-of-work/client-sql.js';
import { prismaSql, utc, type Sql } from '../unit-of-work/sql.js';
import { AlertSentMarks } from './alert-sent-marks.js';
import { claimDue } from './claim.js';
import { createOutboxAdmin } from './dead-alerts.js';
import { toPayloadJson } from './payload.js';
import { uuidV7 } from './uuid-v7.js';

/** Longest `lastError` kept: reasons are short, but a channel may quote a long description. */
const MAX_ERROR_LENGTH = 500;

/**
 * The domain's {@link Outbox} in a transaction, as plain SQL: `sql` is the unit of work's
 * (by default the same transaction through Prisma). Recorded alerts commit or roll back with
 * the event.
 */
export function createOutbox(tx: PrismaTx, sql: Sql = prismaSql(tx)): Outbox {
  return {
    async enqueue(entry: OutboxEntry, now: Date): Promise<boolean> {
      return (await insertAlerts(sql, [entry], now)) > 0;
    },
    async enqueueAll(entries: readonly OutboxEntry[], now: Date): Promise<number> {
      let recorded = 0;
      for (let start = 0; start < entries.length; start += MAX_ROWS_PER_INSERT) recorded += await insertAlerts(sql, entries.slice(start, start + MAX_ROWS_PER_INSERT), now);
      return recorded;
    },
  };
}

/** Rows of one INSERT (8 parameters each, far below PostgreSQL's 65,535). */
const MAX_ROWS_PER_INSERT = 500;

/**
 * Inserts the entries in one statement; returns how many were inserted. Ids are
 * time-ordered and made in the entries' order: alerts of one transaction share `createdAt`,
 * and the dispatcher sends them in id order, so the cause (a new group) leaves before its
 * effect (a level). ON CONFLICT rather than catching a unique violation: a failed statement
 * would abort the caller's whole transaction. A concurrent insert of the same key waits for
 * the other transaction and then does nothing if it committed; a key repeated among the
 * entries is inserted once, for its first entry (the later row conflicts with it).
 */
async function insertAlerts(sql: Sql, entries: readonly OutboxEntry[], now: Date): Promise<number> {
  if (entries.length === 0) return 0;
  const values: unknown[] = [];
  const rows = entries.map((entry) => {
    const at = values.length;
    values.push(uuidV7(now.getTime()), entry.personId, entry.officerId ?? null, entry.kind, toPayloadJson(entry.messages), entry.dedupeKey, utc(firstDueAt(entry, now)));
    return `($${at + 1}::uuid, $${at + 2}::uuid, $${at + 3}::uuid, $${at + 4}, $${at + 5}::jsonb, $${at + 6}, 'pending', 0, $${at + 7}::timestamp(3), $CREATED::timestamp(3))`;
  });
  values.push(utc(now));
  const created = `$${values.length}`;
  const inserted = await sql.rows(
    `INSERT INTO "Alert" ("id", "personId", "officerId", "kind", "payload", "dedupeKey", "status", "attempts", "nextAttemptAt", "createdAt")
     VALUES ${rows.map((row) => row.replace('$CREATED', created)).join(', ')}
     ON CONFLICT ("dedupeKey") DO NOTHING
     RETURNING 1 AS "inserted"`,
    values,
  );
  return inserted.length;
}

/** The dispatcher's {@link OutboxStore} and the admin's {@link OutboxAdmin} in one. */
export type PrismaOutboxStore = OutboxStore & OutboxAdmin;

/**
 * Every update after the claim, fenced by its lease (see Lease): it changes the alert only
 * while this claim still holds it. $1 and $2 are the lease's id and attempts.
 */
const FENCED = `"claimedUntil" = NULL WHERE "id" = $1::uuid AND "status" = 'sending' AND "attempts" = $2::int RETURNING 1`;

/**
 * The dispatcher's and admin's side of the outbox, each call its own short transaction. The
 * dispatcher's outcomes are plain SQL on the pool, one statement each (the dispatcher records
 * each alert's right after its send): through Prisma each would cost its query compiler and
 * result shaping (client-sql.ts). The "sent" marks go through `sentMarks`
 * (alert-sent-marks.ts): the app's ride in a message's COMMIT round trip when one comes soon;
 * a store of its own (none carries them) writes each within a few milliseconds.
 */
export function createOutboxStore(prisma: PrismaClient, sentMarks: AlertSentMarks = new AlertSentMarks(prisma)): PrismaOutboxStore {
  const sql = clientSql(prisma);
  /** Runs one fenced update; false when the lease was lost (nothing changed). */
  const update = async (lease: Lease, text: string, values: readonly unknown[]): Promise<boolean> =>
    (await sql.rows(`UPDATE "Alert" SET ${text}, ${FENCED}`, [lease.id, lease.attempts, ...values])).length === 1;
  return {
    claim: (limit, now, leaseMs) => claimDue(prisma, limit, now, leaseMs),
    markSent: (lease, channel: ChannelName, now) => sentMarks.mark(lease, channel, now),
    reschedule: (lease, at, error) => update(lease, `"status" = 'pending', "nextAttemptAt" = $3::timestamp(3), "lastError" = $4`, [utc(at), clip(error)]),
    markDead: (lease, reason) => update(lease, `"status" = 'dead', "lastError" = $3`, [clip(reason)]),
    // No reason given: the last one is kept.
    deferWithoutAttempt: (lease, at, reason) =>
      update(lease, `"status" = 'pending', "nextAttemptAt" = $3::timestamp(3), "attempts" = "attempts" - 1, "lastError" = COALESCE($4::text, "lastError")`, [
        utc(at),
        reason === undefined ? null : clip(reason),
      ]),
    ...createOutboxAdmin(prisma),
  };
}

function clip(text: string): string {
  return text.length <= MAX_ERROR_LENGTH ? text : `${text.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}
