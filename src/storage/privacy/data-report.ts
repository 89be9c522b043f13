/** Everything held about one person, gathered for their /datasaya request. */
import type { PersonDataReport, ReportActivity } from '../../domain/model/privacy.js';
import { describeAreas } from '../officers/area-names.js';
import { activeTokensOf } from '../tokens/api-tokens.js';
import type { PrismaTx } from '../transaction-runner.js';

/** Activities and relations listed one by one; the rest are counted. */
const LATEST_ACTIVITIES = 5;
const LISTED_RELATIONS = 10;

/** The person's data report at `now` (which tokens are still in force); the person must exist. */
export async function personDataReport(tx: PrismaTx, personId: string, now: Date): Promise<PersonDataReport> {
  const person = await tx.person.findUniqueOrThrow({
    where: { id: personId },
    select: {
      displayName: true,
      phoneE164: true,
      locale: true,
      createdAt: true,
      lastVillageCode: true,
      identities: { select: { channel: true, externalId: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
      consents: { select: { noticeVersion: true, channel: true, grantedAt: true, withdrawnAt: true }, orderBy: { grantedAt: 'desc' } },
      officer: { select: { kind: true, active: true, areas: { select: { codePrefix: true }, orderBy: { codePrefix: 'asc' } } } },
    },
  });
  const memberships = await tx.groupLeader.findMany({
    where: { personId },
    orderBy: { createdAt: 'asc' },
    select: { role: true, status: true, group: { select: { name: true, active: true, ketuaName: true, ketuaPhone: true, area: { select: { village: { select: { name: true } } } } } } },
  });
  // The erasure clears the person's number on these too (erase-person.ts), so they are shown.
  const ketuaOf = person.phoneE164
    ? await tx.group.findMany({
        where: { ketuaPhone: person.phoneE164, leaders: { none: { personId } } },
        orderBy: { createdAt: 'asc' },
        select: { name: true, area: { select: { village: { select: { name: true } } } } },
      })
    : [];
  const activityCount = await tx.activity.count({ where: { reporterId: personId } });
  // The reporting group is the participant confirmed first (the rule of activities/reporting-group.ts, in SQL).
  const latestActivities = await tx.$queryRaw<ReportActivity[]>`
    SELECT to_char(a."date", 'YYYY-MM-DD') AS "date", a."category"::text AS "category",
      (SELECT g."name" FROM "ActivityParticipant" p JOIN "Group" g ON g."id" = p."groupId"
        WHERE p."activityId" = a."id" AND p."status" = 'confirmed'
        ORDER BY p."confirmedAt" ASC NULLS LAST, p."groupId" ASC LIMIT 1) AS "groupName"
    FROM "Activity" a WHERE a."reporterId" = ${personId}::uuid
    ORDER BY a."date" DESC, a."createdAt" DESC LIMIT ${LATEST_ACTIVITIES}`;
  const relationCount = await tx.groupRelation.count({ where: { declaredById: personId } });
  const relations = await tx.groupRelation.findMany({
    where: { declaredById: personId },
    orderBy: { createdAt: 'desc' },
    take: LISTED_RELATIONS,
    select: { kind: true, status: true, groupA: { select: { name: true } }, groupB: { select: { name: true } } },
  });
  // Confirmations given on a group's behalf are the person's data too (who confirmed is stored).
  const confirmedActivities = await tx.activityParticipant.count({ where: { confirmedById: personId } });
  const confirmedRelations = await tx.groupRelation.count({ where: { confirmedById: personId } });
  const pendingMessages = await tx.alert.count({ where: { personId, status: { in: ['pending', 'sending'] } } });
  // Both photo counts in one read: all of them, and those that keep the place they were taken.
  const [photoCounts] = await tx.$queryRaw<Array<{ count: number; withLocation: number }>>`
    SELECT count(*)::int AS "count", count("latitude")::int AS "withLocation" FROM "ActivityPhoto" WHERE "senderId" = ${personId}::uuid`;
  // Only tokens that still open the dashboard: a revoked or expired one is purged after the retention.
  const tokens = await activeTokensOf(tx, personId, now);
  const auditActions = await tx.auditLog.count({ where: { actorId: personId } });
  // The desa of the last status check and the officer's areas are named in one read, then each
  // is picked by its code: a code no longer in the region table names nothing, wherever it is.
  const officerCodes = person.officer?.areas.map((area) => area.codePrefix) ?? [];
  const asked = [...new Set([...(person.lastVillageCode ? [person.lastVillageCode] : []), ...officerCodes])];
  const byCode = new Map((asked.length > 0 ? await describeAreas(tx, asked) : []).map((area) => [area.code, area]));
  const lastVillage = person.lastVillageCode ? byCode.get(person.lastVillageCode) : undefined;
  const officer = person.officer ? { kind: person.officer.kind, active: person.officer.active, areas: officerCodes.flatMap((code) => byCode.get(code) ?? []) } : null;
  return {
    displayName: person.displayName,
    phoneE164: person.phoneE164,
    locale: person.locale,
    createdAt: person.createdAt,
    identities: person.identities.map((identity) => ({ channel: identity.channel, externalId: identity.externalId, createdAt: identity.createdAt })),
    groups: memberships.map((row) => ({
      name: row.group.name,
      villageName: row.group.area.village.name,
      role: row.role,
      membership: row.status,
      groupActive: row.group.active,
      // The ketua's contact is the person's to see only while they lead the group: a request
      // still waiting or declined, or a leadership ended, shows no one else's phone.
      ketuaName: row.status === 'active' ? row.group.ketuaName : null,
      ketuaPhone: row.status === 'active' ? row.group.ketuaPhone : null,
    })),
    ketuaOf: ketuaOf.map((group) => ({ name: group.name, villageName: group.area.village.name })),
    activityCount,
    latestActivities,
    relationCount,
    relations: relations.map((row) => ({ groupA: row.groupA.name, groupB: row.groupB.name, kind: row.kind, status: row.status })),
    confirmed: { activities: confirmedActivities, relations: confirmedRelations },
    consents: person.consents,
    officer,
    pendingMessages,
    photos: { count: photoCounts?.count ?? 0, withLocation: photoCounts?.withLocation ?? 0 },
    lastVillage: lastVillage ?? null,
    tokens,
    auditActions,
  };
}
