/**
 * Consent records as plain SQL on the unit of work: the consent check runs before personal
 * data is asked for and before every notice to a person, so it is among the most frequent
 * reads of the chat flows.
 */
import { randomUUID } from 'node:crypto';
import type { ChannelName } from '../../core/messages.js';
import type { ConsentRecord, ConsentState, LeaderConsent } from '../../domain/model/privacy.js';
import { isUuid } from '../groups/uuid.js';
import { utc, type Sql } from '../unit-of-work/sql.js';

interface ConsentRow {
  readonly anonymised: boolean;
  readonly noticeVersion: string | null;
  readonly channel: ChannelName | null;
  /** Milliseconds since the epoch (UTC); null on the row of a person without consents. */
  readonly grantedMs: number | null;
  readonly withdrawnMs: number | null;
}

/**
 * The person's consents, newest first, and whether they were erased, in one statement (a
 * row per consent, or one without a consent); a missing person reads as erased. Times come
 * back as epoch milliseconds: `timestamp(3)` holds UTC wall time, which the driver would
 * read in the process's zone.
 */
export async function consentState(sql: Sql, personId: string): Promise<ConsentState> {
  const rows = await sql.rows<ConsentRow>(
    `SELECT p."anonymisedAt" IS NOT NULL AS "anonymised", c."noticeVersion", c."channel"::text AS "channel",
            (EXTRACT(EPOCH FROM c."grantedAt") * 1000)::float8 AS "grantedMs",
            (EXTRACT(EPOCH FROM c."withdrawnAt") * 1000)::float8 AS "withdrawnMs"
     FROM "Person" p
     LEFT JOIN "Consent" c ON c."personId" = p."id"
     WHERE p."id" = $1::uuid
     ORDER BY c."grantedAt" DESC`,
    [personId],
  );
  const first = rows[0];
  if (!first) return { consents: [], anonymised: true };
  return { anonymised: first.anonymised, consents: consentRecords(rows) };
}

/** The consent rows that hold a consent (the one row of a person without any holds none), as records. */
function consentRecords(rows: readonly Omit<ConsentRow, 'anonymised'>[]): ConsentRecord[] {
  const consents: ConsentRecord[] = [];
  for (const row of rows) {
    if (row.noticeVersion === null || row.channel === null || row.grantedMs === null) continue;
    consents.push({ noticeVersion: row.noticeVersion, channel: row.channel, grantedAt: new Date(row.grantedMs), withdrawnAt: row.withdrawnMs === null ? null : new Date(row.withdrawnMs) });
  }
  return consents;
}

/**
 * The groups' active leaders, group by group in the order given and within a group in
 * leaderIds' order (group-sql.ts), each with the consent state {@link consentState} would
 * read, in one statement: a notice to a group's leaders (or to every group of a desa) checks
 * every one's consent, and one statement per leader was most of its cost. A leader whose
 * person row is missing reads as erased, as there.
 */
export async function leaderConsents(sql: Sql, groupIds: readonly string[]): Promise<LeaderConsent[]> {
  const ids = groupIds.filter(isUuid);
  if (ids.length === 0) return [];
  const rows = await sql.rows<{ groupId: string; personId: string; anonymised: boolean; consents: Omit<ConsentRow, 'anonymised'>[] }>(
    `SELECT l."groupId"::text AS "groupId", l."personId"::text AS "personId", (p."id" IS NULL OR p."anonymisedAt" IS NOT NULL) AS "anonymised",
            COALESCE((
              SELECT json_agg(json_build_object(
                       'noticeVersion', c."noticeVersion", 'channel', c."channel"::text,
                       'grantedMs', (EXTRACT(EPOCH FROM c."grantedAt") * 1000)::float8,
                       'withdrawnMs', (EXTRACT(EPOCH FROM c."withdrawnAt") * 1000)::float8
                     ) ORDER BY c."grantedAt" DESC)
              FROM "Consent" c WHERE c."personId" = p."id"
            ), '[]'::json) AS "consents"
     FROM unnest($1::uuid[]) WITH ORDINALITY AS g("id", "ord")
     JOIN "GroupLeader" l ON l."groupId" = g."id" AND l."status" = 'active'
     LEFT JOIN "Person" p ON p."id" = l."personId"
     ORDER BY g."ord", l."createdAt", l."personId"`,
    [ids],
  );
  return rows.map((row) => ({
    groupId: row.groupId,
    personId: row.personId,
    consent: { anonymised: row.anonymised, consents: consentRecords(row.consents) },
  }));
}

/**
 * Records a consent given through the identity (its channel and account are kept with it).
 * A write nobody reads the rows of, so it rides in the unit of work's next round trip
 * (Sql.write). A missing identity is a bug, not an outcome: the outer join then leaves the
 * NOT NULL channel empty and the statement fails, and with it the unit of work.
 */
export async function grantConsent(sql: Sql, personId: string, identityId: string, noticeVersion: string, now: Date): Promise<void> {
  await sql.write(
    `INSERT INTO "Consent" ("id", "personId", "noticeVersion", "channel", "externalId", "grantedAt")
     SELECT $1::uuid, $2::uuid, $3, i."channel", i."externalId", $5::timestamp(3)
     FROM (SELECT 1) AS "one" LEFT JOIN "ChannelIdentity" i ON i."id" = $4::uuid`,
    [randomUUID(), personId, noticeVersion, identityId, utc(now)],
  );
}

/**
 * Withdraws the person's open consents and, when there were any, drops the notices to them
 * not sent yet (an officer's alerts are work, not consent), in one statement. Returns how
 * many consents it withdrew.
 */
export async function withdrawConsent(sql: Sql, personId: string, now: Date): Promise<number> {
  const rows = await sql.rows<{ count: number }>(
    `WITH "withdrawn" AS (
       UPDATE "Consent" SET "withdrawnAt" = $2::timestamp(3) WHERE "personId" = $1::uuid AND "withdrawnAt" IS NULL RETURNING 1
     ), "dropped" AS (
       DELETE FROM "Alert" WHERE "personId" = $1::uuid AND "officerId" IS NULL AND "status" = 'pending' AND EXISTS (SELECT 1 FROM "withdrawn")
     )
     SELECT count(*)::int AS "count" FROM "withdrawn"`,
    [personId, utc(now)],
  );
  return Number(rows[0]?.count ?? 0);
}
