/**
 * The statements of the activity aggregate (saving an activity with its participants and
 * beneficiaries, its summary, a leader's list, the participation requests and their answers,
 * an officer's verdict, a correction, a withdrawal): plain SQL on the unit of work's
 * connection, each method one statement.
 * Times are read as milliseconds since the epoch (UTC), dates as YYYY-MM-DD text, so no
 * driver shifts them by the process's time zone.
 */
import type { ActivityCategory, ActivityCorrection, ActivitySummary, LeaderActivity, NewActivity } from '../../domain/model/activities.js';
import { CORRECTION_AUDITED } from '../../domain/activities/audit-actions.js';
import type { Verdict, VerificationState } from '../../domain/model/groups.js';
import { allUuids, isUuid } from '../groups/uuid.js';
import type { QueryParts } from '../unit-of-work/query-parts.js';
import { utc, type Sql } from '../unit-of-work/sql.js';
import { beneficiaryRows } from './beneficiaries.js';
import { calendarDateToDb } from './calendar-date.js';
import { reportingParticipation } from './reporting-group.js';

/** A participation as the JSON of the statements below carries it. */
interface ParticipantJson {
  readonly groupId: string;
  readonly status: string;
  readonly confirmedAtMs: number | null;
  readonly name: string;
  /** Confirmed by the person who reported the activity (they lead this group too). */
  readonly byReporter: boolean;
}

/** The participations with `confirmedAt` as the reporting-group rule reads it. */
function participations<P extends ParticipantJson>(rows: readonly P[]): Array<P & { confirmedAt: Date | null }> {
  return rows.map((row) => ({ ...row, confirmedAt: row.confirmedAtMs === null ? null : new Date(row.confirmedAtMs) }));
}

const PARTICIPANT_JSON = `json_build_object('groupId', p."groupId"::text, 'status', p."status"::text,
  'confirmedAtMs', (EXTRACT(EPOCH FROM p."confirmedAt") * 1000)::float8, 'name', g."name",
  'byReporter', coalesce(p."confirmedById" = a."reporterId", false))`;

/** The region joins of activity `a`'s desa, district and regency (outer: a gap in the region data hides no activity). */
const REGION_JOINS = `LEFT JOIN "Region" v ON v."code" = a."villageCode"
     LEFT JOIN "Region" d ON d."code" = v."parentCode"
     LEFT JOIN "Region" r ON r."code" = d."parentCode"`;

/** The summary's columns of activity `a` and the regions of {@link REGION_JOINS}, but its participants. */
const SUMMARY_COLUMNS = `a."id"::text AS "id", to_char(a."date", 'YYYY-MM-DD') AS "date", a."category"::text AS "category", a."description",
            a."villageCode", COALESCE(v."name", '') AS "villageName", COALESCE(d."name", '') AS "districtName",
            COALESCE(r."name", '') AS "regencyName", a."verification"::text AS "verification"`;

/** The beneficiaries of activity `a` as `{"8": 20}`, by code. */
const BENEFICIARIES_JSON = `(SELECT coalesce(json_object_agg(b."pmksCode"::text, b."count" ORDER BY b."pmksCode"), '{}')
             FROM "ActivityBeneficiary" b WHERE b."activityId" = a."id") AS "beneficiaries"`;

/**
 * Inserts the activity with its participants and beneficiaries in one statement, and returns
 * its summary as {@link activitySummary} reads it: the effect that saves one tells its
 * officers and partners right after, from the summary. The reporter's own group is confirmed
 * by the reporter at once; each partner (listed once, never the own group again) is asked to
 * confirm. Input is checked before anything is written.
 *
 * The statement's reads do not see its own inserts, so the summary is built from what the
 * inserts return: the activity's row and its participants (all confirmed or pending, as the
 * summary keeps them), joined to the group names and regions as {@link activitySummary} joins them.
 */
export async function createActivity(sql: Sql, activity: NewActivity, reporterId: string, now: Date): Promise<ActivitySummary> {
  calendarDateToDb(activity.date);
  const beneficiaries = beneficiaryRows(activity.beneficiaries);
  const partners = [...new Set(activity.partnerGroupIds)].filter((id) => id !== activity.ownGroupId);
  if (!allUuids(activity.ownGroupId, ...partners)) throw new Error('activity names a group id that is not a uuid');
  const rows = await sql.rows<SummaryRow>(
    `WITH "activity" AS (
       INSERT INTO "Activity" ("id", "date", "category", "description", "villageCode", "reporterId", "photoRef", "verification", "createdAt")
       VALUES (gen_random_uuid(), $1::date, $2::"ActivityCategory", $3, $4, $5::uuid, $6, 'pending', $7::timestamp(3))
       RETURNING "id", "date", "category", "description", "villageCode", "verification", "reporterId"
     ), "participants" AS (
       INSERT INTO "ActivityParticipant" ("activityId", "groupId", "status", "confirmedAt", "confirmedById")
       SELECT a."id", $8::uuid, 'confirmed'::"ParticipationStatus", $7::timestamp(3), $5::uuid FROM "activity" a
       UNION ALL
       SELECT a."id", partner."id"::uuid, 'pending'::"ParticipationStatus", NULL::timestamp(3), NULL::uuid
       FROM "activity" a, jsonb_array_elements_text($9::jsonb) AS partner("id")
       RETURNING "groupId", "status", "confirmedAt", "confirmedById"
     ), "beneficiaries" AS (
       INSERT INTO "ActivityBeneficiary" ("activityId", "pmksCode", "count")
       SELECT a."id", (b->>'pmksCode')::int, (b->>'count')::int FROM "activity" a, jsonb_array_elements($10::jsonb) AS b
     )
     SELECT ${SUMMARY_COLUMNS},
            (SELECT coalesce(json_agg(${PARTICIPANT_JSON}), '[]') FROM "participants" p JOIN "Group" g ON g."id" = p."groupId") AS "participants",
            -- The rows just inserted are not visible here: the counts as given.
            (SELECT coalesce(json_object_agg(b->>'pmksCode', (b->>'count')::int), '{}') FROM jsonb_array_elements($10::jsonb) AS b) AS "beneficiaries"
     FROM "activity" a
     ${REGION_JOINS}`,
    [activity.date, activity.category, activity.description, activity.villageCode, reporterId, activity.photoRef, utc(now), activity.ownGroupId, JSON.stringify(partners), JSON.stringify(beneficiaries)],
  );
  const row = rows[0];
  if (!row) throw new Error('createActivity: no row');
  return toSummary(row);
}

interface SummaryRow {
  id: string;
  date: string;
  category: ActivityCategory;
  description: string;
  villageCode: string;
  villageName: string;
  districtName: string;
  regencyName: string;
  verification: VerificationState;
  participants: ParticipantJson[];
  beneficiaries: Record<string, number>;
}

/**
 * The activity, its desa's names and its groups. The reporting group is not stored: it is
 * the participant confirmed first (reporting-group.ts); the others are partners, leaving
 * out those that declined.
 */
export async function activitySummary(sql: Sql, activityId: string): Promise<ActivitySummary | null> {
  if (!isUuid(activityId)) return null;
  const rows = await sql.rows<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS},
            (SELECT coalesce(json_agg(${PARTICIPANT_JSON}), '[]')
             FROM "ActivityParticipant" p JOIN "Group" g ON g."id" = p."groupId"
             WHERE p."activityId" = a."id" AND p."status" IN ('confirmed', 'pending')) AS "participants",
            ${BENEFICIARIES_JSON}
     FROM "Activity" a
     ${REGION_JOINS}
     WHERE a."id" = $1::uuid`,
    [activityId],
  );
  const row = rows[0];
  return row ? toSummary(row) : null;
}

/** The summary of a row: the reporting group by the rule, the other participants sorted by name. */
function toSummary(row: SummaryRow): ActivitySummary {
  const { participants: json, ...activity } = row;
  const participants = participations(json);
  const reporter = reportingParticipation(participants);
  const partners = participants
    .filter((p) => p.groupId !== reporter?.groupId)
    .map((p) => ({ groupId: p.groupId, name: p.name, confirmed: p.status === 'confirmed', ...(p.status === 'confirmed' && p.byReporter && { byReporter: true }) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    ...activity,
    reportingGroup: reporter ? { id: reporter.groupId, name: reporter.name } : null,
    partnerNames: partners.map((p) => p.name),
    partners,
  };
}

interface LeaderRow {
  id: string;
  date: string;
  category: ActivityCategory;
  description: string;
  verification: VerificationState;
  rejectionReason: string | null;
  photoRef: string | null;
  participants: Array<ParticipantJson & { readonly led: boolean }>;
  beneficiaries: Array<{ pmksCode: number; count: number }>;
  photoIds: string[];
}

/** See ActivityRepository.listForLeader: the activities, their groups, beneficiaries and photo ids in one statement. */
export async function listForLeader(sql: Sql, personId: string, limit: number): Promise<LeaderActivity[]> {
  if (!isUuid(personId)) return [];
  const rows = await sql.rows<LeaderRow>(
    `WITH "led" AS (
       SELECT "groupId" FROM "GroupLeader" WHERE "personId" = $1::uuid AND "status" = 'active'
     ), "listed" AS (
       SELECT a.* FROM "Activity" a
       WHERE EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a."id" AND p."groupId" IN (SELECT "groupId" FROM "led") AND p."status" IN ('confirmed', 'pending'))
       ORDER BY a."date" DESC, a."createdAt" DESC, a."id" ASC
       LIMIT $2::int
     )
     SELECT a."id"::text AS "id", to_char(a."date", 'YYYY-MM-DD') AS "date", a."category"::text AS "category", a."description",
            a."verification"::text AS "verification", a."rejectionReason", a."photoRef",
            (SELECT coalesce(json_agg(jsonb_build_object('led', p."groupId" IN (SELECT "groupId" FROM "led")) || ${PARTICIPANT_JSON}::jsonb), '[]')
             FROM "ActivityParticipant" p JOIN "Group" g ON g."id" = p."groupId" WHERE p."activityId" = a."id") AS "participants",
            (SELECT coalesce(json_agg(json_build_object('pmksCode', b."pmksCode", 'count', b."count") ORDER BY b."pmksCode"), '[]')
             FROM "ActivityBeneficiary" b WHERE b."activityId" = a."id") AS "beneficiaries",
            (SELECT coalesce(json_agg(ph."id"::text ORDER BY ph."createdAt", ph."id"), '[]')
             FROM "ActivityPhoto" ph WHERE ph."activityId" = a."id") AS "photoIds"
     FROM "listed" a
     ORDER BY a."date" DESC, a."createdAt" DESC, a."id" ASC`,
    [personId, Math.max(0, Math.floor(limit))],
  );
  return rows.map((row) => {
    const all = participations(row.participants);
    const reporter = reportingParticipation(all);
    const others = all.filter((p) => p.groupId !== reporter?.groupId);
    const pendingPartners = others.filter((p) => p.status === 'pending').map((p) => p.name).sort();
    const state: LeaderActivity['state'] =
      row.verification === 'verified' ? 'verified' : row.verification === 'rejected' ? 'rejected' : pendingPartners.length > 0 ? 'waiting_partner' : 'waiting_officer';
    return {
      id: row.id,
      date: row.date,
      category: row.category,
      description: row.description,
      state,
      rejectionReason: row.verification === 'rejected' ? row.rejectionReason : null,
      reportingGroup: reporter ? { id: reporter.groupId, name: reporter.name } : null,
      pendingPartners,
      confirmedPartners: others.filter((p) => p.status === 'confirmed').map((p) => p.name).sort(),
      declinedPartners: others.filter((p) => p.status === 'declined').map((p) => p.name).sort(),
      beneficiaries: Object.fromEntries(row.beneficiaries.map((b) => [String(b.pmksCode), b.count])),
      photoRef: row.photoRef,
      photoIds: row.photoIds,
      mine: reporter !== undefined && reporter.led,
    };
  });
}

/**
 * Pending participations of enabled groups the person ($1, a uuid) actively leads or
 * co-leads, oldest activity first, leaving out activities an officer rejected: one of the
 * confirmation inbox statement's lists (inbox-sql.ts). The reporting group is taken in a
 * lateral subquery per row (the participant confirmed first, see reporting-group.ts);
 * "category" is the text of the ActivityCategory enum column, so it is one of ACTIVITY_CATEGORIES.
 */
export const PENDING_PARTICIPATIONS: QueryParts = {
  columns: `p."activityId"::text AS "activityId", p."groupId"::text AS "groupId", g."name" AS "groupName",
            to_char(a."date", 'YYYY-MM-DD') AS "date", a."category"::text AS "category", a."description",
            COALESCE(reporter."name", '') AS "reportedByGroup",
            -- Corrected and sent back after a rejection: the correction's audit entry (CORRECTION_AUDITED,
            -- written by domain/activities/effects.ts; on the (targetType, targetId) index) with the
            -- date/kind it had before, {} when unchanged; null when never corrected. Read here, not once per item.
            (SELECT coalesce(x."details"->'before', '{}'::jsonb) FROM "AuditLog" x
             WHERE x."targetType" = 'activity' AND x."targetId" = p."activityId"::text AND x."action" = '${CORRECTION_AUDITED}'
             ORDER BY x."at" DESC LIMIT 1) AS "correctedBefore"`,
  from: `FROM "GroupLeader" l
     JOIN "Group" g ON g."id" = l."groupId" AND g."active"
     JOIN "ActivityParticipant" p ON p."groupId" = l."groupId" AND p."status" = 'pending'
     JOIN "Activity" a ON a."id" = p."activityId" AND a."verification" <> 'rejected'
     LEFT JOIN LATERAL (
       SELECT rg."name"
       FROM "ActivityParticipant" c
       JOIN "Group" rg ON rg."id" = c."groupId"
       WHERE c."activityId" = p."activityId" AND c."status" = 'confirmed'
       ORDER BY c."confirmedAt", c."groupId"
       LIMIT 1
     ) reporter ON true
     WHERE l."personId" = $1::uuid AND l."status" = 'active'`,
  order: `a."createdAt", a."id", g."nameNorm" COLLATE "C", g."id"`,
};

/** The decider ($3) has an active membership (leader or co-leader) of the group ($2): the role check of an answer. */
const DECIDER_LEADS = `EXISTS (SELECT 1 FROM "GroupLeader" l WHERE l."groupId" = $2::uuid AND l."personId" = $3::uuid AND l."status" = 'active')`;

/** Activity $1's summary with group $2's participation as the "decided" CTE returns it; no row when it returns none. */
const SUMMARY_AFTER_ANSWER = `SELECT ${SUMMARY_COLUMNS},
            (SELECT coalesce(json_agg(${PARTICIPANT_JSON}), '[]')
             FROM (SELECT o."groupId", o."status", o."confirmedAt", o."confirmedById" FROM "ActivityParticipant" o WHERE o."activityId" = $1::uuid AND o."groupId" <> $2::uuid
                   UNION ALL
                   SELECT d."groupId", d."status", d."confirmedAt", d."confirmedById" FROM "decided" d) p
             JOIN "Group" g ON g."id" = p."groupId"
             WHERE p."status" IN ('confirmed', 'pending')) AS "participants",
            ${BENEFICIARIES_JSON}
         FROM "Activity" a
         ${REGION_JOINS}
         WHERE a."id" = $1::uuid AND EXISTS (SELECT 1 FROM "decided")`;

/**
 * Confirms or declines one group's pending participation, when the decider leads the group:
 * the role check and the answer in one statement, which returns the activity's summary
 * after the answer (the answer's notice tells the reporting group from it), or null when
 * nothing was recorded. The status condition is re-checked after a concurrent decision
 * commits, so only the first of two racing answers counts. A decline records no confirmer.
 *
 * The statement's reads do not see its own update: the summary takes the other
 * participations as they were and the answered one as the update returns it.
 */
export async function decideParticipation(sql: Sql, activityId: string, groupId: string, confirm: boolean, deciderId: string, now: Date): Promise<ActivitySummary | null> {
  if (!allUuids(activityId, groupId, deciderId)) return null;
  const rows = confirm
    ? await sql.rows<SummaryRow>(
        `WITH "decided" AS (
           UPDATE "ActivityParticipant" SET "status" = 'confirmed', "confirmedAt" = $4::timestamp(3), "confirmedById" = $3::uuid
           WHERE "activityId" = $1::uuid AND "groupId" = $2::uuid AND "status" = 'pending' AND ${DECIDER_LEADS}
           RETURNING "groupId", "status", "confirmedAt", "confirmedById"
         )
         ${SUMMARY_AFTER_ANSWER}`,
        [activityId, groupId, deciderId, utc(now)],
      )
    : await sql.rows<SummaryRow>(
        `WITH "decided" AS (
           UPDATE "ActivityParticipant" SET "status" = 'declined'
           WHERE "activityId" = $1::uuid AND "groupId" = $2::uuid AND "status" = 'pending' AND ${DECIDER_LEADS}
           RETURNING "groupId", "status", "confirmedAt", "confirmedById"
         )
         ${SUMMARY_AFTER_ANSWER}`,
        [activityId, groupId, deciderId],
      );
  const row = rows[0];
  return row ? toSummary(row) : null;
}

/** The desa of an activity, or null. */
export async function villageOf(sql: Sql, activityId: string): Promise<string | null> {
  if (!isUuid(activityId)) return null;
  const rows = await sql.rows<{ villageCode: string }>(`SELECT "villageCode" FROM "Activity" WHERE "id" = $1::uuid`, [activityId]);
  return rows[0]?.villageCode ?? null;
}

/** Records an officer's verdict on a pending activity; the status condition makes the second of two racing verdicts a no-op. */
export async function setVerification(sql: Sql, activityId: string, verdict: Verdict, verifierId: string | null, reason: string | null, now: Date): Promise<boolean> {
  if (!allUuids(activityId) || (verifierId !== null && !isUuid(verifierId))) return false;
  const rows = await sql.rows(
    `UPDATE "Activity" SET "verification" = $2::"VerificationStatus", "verifiedAt" = $3::timestamp(3), "verifiedById" = $4::uuid, "rejectionReason" = $5
     WHERE "id" = $1::uuid AND "verification" = 'pending' RETURNING 1 AS "decided"`,
    [activityId, verdict, utc(now), verifierId, verdict === 'rejected' ? reason : null],
  );
  return rows.length > 0;
}

/**
 * Corrects a rejected activity and puts it back to pending, its beneficiaries replaced, in
 * one statement, and returns the officer's reason it cleared (the row as the statement found
 * it: its reads see the table before its update). The status condition makes a second
 * correction (or a racing verdict) a no-op: null. The counts kept are upserted and the others
 * deleted (disjoint rows: one statement cannot delete and insert the same key).
 */
export async function correctActivity(sql: Sql, activityId: string, correction: ActivityCorrection): Promise<{ readonly earlierReason: string | null } | null> {
  if (!isUuid(activityId)) return null;
  calendarDateToDb(correction.date);
  const beneficiaries = beneficiaryRows(correction.beneficiaries);
  const rows = await sql.rows<{ id: string; earlierReason: string | null }>(
    `WITH "corrected" AS (
       UPDATE "Activity" a SET "date" = $2::date, "category" = $3::"ActivityCategory", "description" = $4,
              "verification" = 'pending', "verifiedAt" = NULL, "verifiedById" = NULL, "rejectionReason" = NULL
       FROM "Activity" earlier
       WHERE a."id" = $1::uuid AND a."verification" = 'rejected' AND earlier."id" = a."id"
       RETURNING a."id", earlier."rejectionReason" AS "earlierReason"
     ), "counts" AS (
       SELECT (b->>'pmksCode')::int AS "pmksCode", (b->>'count')::int AS "count" FROM jsonb_array_elements($5::jsonb) AS b
     ), "dropped" AS (
       DELETE FROM "ActivityBeneficiary" x
       WHERE x."activityId" IN (SELECT "id" FROM "corrected") AND x."pmksCode" NOT IN (SELECT "pmksCode" FROM "counts")
     ), "kept" AS (
       INSERT INTO "ActivityBeneficiary" ("activityId", "pmksCode", "count")
       SELECT c."id", n."pmksCode", n."count" FROM "corrected" c, "counts" n
       ON CONFLICT ("activityId", "pmksCode") DO UPDATE SET "count" = EXCLUDED."count"
     )
     SELECT "id"::text AS "id", "earlierReason" FROM "corrected"`,
    [activityId, correction.date, correction.category, correction.description, JSON.stringify(beneficiaries)],
  );
  const row = rows[0];
  return row ? { earlierReason: row.earlierReason } : null;
}

/**
 * The partners' confirmations back to pending: every confirmed participant but the reporting
 * group (the one confirmed first, the rule of activities/reporting-group.ts). Their group ids.
 */
export async function reaskPartners(sql: Sql, activityId: string): Promise<string[]> {
  if (!isUuid(activityId)) return [];
  const rows = await sql.rows<{ groupId: string }>(
    `WITH "reporter" AS (
       SELECT "groupId" FROM "ActivityParticipant"
       WHERE "activityId" = $1::uuid AND "status" = 'confirmed'
       ORDER BY "confirmedAt" ASC NULLS LAST, "groupId" ASC LIMIT 1
     )
     UPDATE "ActivityParticipant" p SET "status" = 'pending', "confirmedAt" = NULL, "confirmedById" = NULL
     WHERE p."activityId" = $1::uuid AND p."status" = 'confirmed' AND p."groupId" NOT IN (SELECT "groupId" FROM "reporter")
     RETURNING p."groupId"::text AS "groupId"`,
    [activityId],
  );
  return rows.map((row) => row.groupId).sort();
}

/** Removes an activity still pending; participations and beneficiaries go with it (cascade). */
export async function withdrawActivity(sql: Sql, activityId: string): Promise<boolean> {
  if (!isUuid(activityId)) return false;
  const rows = await sql.rows(`DELETE FROM "Activity" WHERE "id" = $1::uuid AND "verification" = 'pending' RETURNING 1 AS "withdrawn"`, [activityId]);
  return rows.length > 0;
}
