/**
 * {@link StatusRepository} over Prisma: the facts of one desa (or one RW of it) in three
 * indexed statements however many groups and activities it has, and the level history in
 * AreaLevelHistory (rw = 0 = the whole desa).
 */
import type { ActivityFact, AreaFacts, AreaRef, GroupFact, LevelRecord, RelationFact, StatusRepository, WksbmLevel } from '../../domain/model/status.js';
import type { PrismaTx } from '../transaction-runner.js';

/** The advisory lock key a national recompute holds exclusively and every single refresh shares. */
export const NATIONAL_STATUS_LOCK = 'wksbm-status:*national*';

/** Builds the status repository on one transaction client. */
export function createStatusRepository(tx: PrismaTx): StatusRepository {
  return {
    async lockArea(area) {
      // One transaction-scoped advisory lock per desa, whichever RW is refreshed: a group
      // change refreshes the desa and its RW, and one lock cannot be taken in two orders.
      // Shared on the national key first: a national recompute takes it exclusively, so it
      // never records a level while a single refresh is between reading and recording.
      // $executeRaw, because the functions return `void`, which queryRaw cannot read.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtextextended(${NATIONAL_STATUS_LOCK}, 0)), pg_advisory_xact_lock(hashtextextended(${`wksbm-status:${area.villageCode}`}, 0))`;
    },

    loadFacts: (area, since) => loadFacts(tx, area, since),

    async lastLevel(area) {
      const row = await tx.areaLevelHistory.findFirst({
        where: { villageCode: area.villageCode, rw: historyRw(area) },
        orderBy: { at: 'desc' },
        select: { level: true, provisional: true, at: true },
      });
      return row;
    },

    async recordLevel(area, record) {
      await tx.areaLevelHistory.create({
        data: { villageCode: area.villageCode, rw: historyRw(area), level: record.level, provisional: record.provisional, at: record.at },
      });
    },

    async pendingDrop(area) {
      // The column's enum is WksbmLevel's values (prisma/schema.prisma), read as text.
      const rows = await tx.$queryRaw<Array<{ level: WksbmLevel; since: Date }>>`
        SELECT "level"::text AS "level", "since" FROM "AreaLevelDrop"
        WHERE "villageCode" = ${area.villageCode} AND "rw" = ${historyRw(area)}::int`;
      const row = rows[0];
      return row ? { level: row.level, since: new Date(row.since) } : null;
    },

    async setPendingDrop(area, drop) {
      await tx.$executeRaw`
        INSERT INTO "AreaLevelDrop" ("villageCode", "rw", "level", "since")
        VALUES (${area.villageCode}, ${historyRw(area)}::int, ${drop.level}::"WksbmLevel", ${drop.since})
        ON CONFLICT ("villageCode", "rw") DO UPDATE SET "level" = EXCLUDED."level"`;
    },

    async clearPendingDrop(area) {
      await tx.$executeRaw`DELETE FROM "AreaLevelDrop" WHERE "villageCode" = ${area.villageCode} AND "rw" = ${historyRw(area)}::int`;
    },

    async history(area, limit): Promise<LevelRecord[]> {
      return tx.areaLevelHistory.findMany({
        where: { villageCode: area.villageCode, rw: historyRw(area) },
        orderBy: { at: 'desc' },
        take: Math.max(0, Math.floor(limit)),
        select: { level: true, provisional: true, at: true },
      });
    },
  };
}

/** RW 0 (or none) is the whole desa, as stored in AreaLevelHistory and Area. */
function areaRw(area: AreaRef): number | undefined {
  return area.rw !== undefined && area.rw > 0 ? area.rw : undefined;
}

function historyRw(area: AreaRef): number {
  return areaRw(area) ?? 0;
}

async function loadFacts(tx: PrismaTx, area: AreaRef, since: Date): Promise<AreaFacts> {
  const rw = areaRw(area);
  // Raw SQL, three statements at most: the facts are read for every status check and
  // every change of a desa, and each ORM query costs more than the database work here.
  // Rejected groups never count; deactivated ones are kept (their past activities count).
  const groupRows = await tx.$queryRaw<GroupRow[]>`
    WITH ever AS (
      SELECT EXISTS (
        SELECT 1 FROM "AreaLevelHistory"
        WHERE "villageCode" = ${area.villageCode} AND "rw" = ${rw ?? 0}::int AND "level" = 'aktif'
      ) AS "everAktif")
    SELECT ever."everAktif", g."id", g."name", g."type", g."typeOther", g."active", g."createdAt", g."verification"
    FROM ever LEFT JOIN (
      SELECT g."id"::text AS "id", g."name", g."type"::text AS "type", g."typeOther", g."active", g."createdAt", g."verification"::text AS "verification"
      FROM "Group" g JOIN "Area" a ON a."id" = g."areaId"
      WHERE g."villageCode" = ${area.villageCode} AND g."verification" <> 'rejected' AND (${rw ?? 0}::int = 0 OR a."rw" = ${rw ?? 0}::int)
    ) g ON true`;
  const everAktif = groupRows[0]?.everAktif === true;
  const groups: GroupFact[] = groupRows
    .filter((row): row is GroupRow & { id: string } => row.id !== null)
    .map((row) => ({
      id: row.id,
      name: row.name ?? '',
      type: row.type!,
      typeOther: row.typeOther,
      enabled: row.active === true,
      registeredAt: new Date(row.createdAt!),
      verified: row.verification === 'verified',
    }));
  if (groups.length === 0) return { groups, relations: [], activities: [], everAktif };
  const ids = groups.map((group) => group.id);

  // Relations have no officer verification of their own: the other group's confirmation
  // is the check, so they count as verified (their groups' verification is judged apart).
  const relationRows = await tx.$queryRaw<Array<{ groupAId: string; groupBId: string; status: string }>>`
    SELECT "groupAId"::text AS "groupAId", "groupBId"::text AS "groupBId", "status"::text AS "status"
    FROM "GroupRelation"
    WHERE "groupAId" = ANY(${ids}::uuid[]) AND "groupBId" = ANY(${ids}::uuid[]) AND "status" IN ('pending', 'confirmed')`;
  const relations: RelationFact[] = relationRows.map((row) => ({
    groupIds: [row.groupAId, row.groupBId],
    confirmed: row.status === 'confirmed',
    verified: true,
  }));

  // Activities with at least one confirmed participant among these groups, each with the
  // area's participants and whether any PMKS count is above zero, in one statement.
  const activityRows = await tx.$queryRaw<ActivityRow[]>`
    SELECT a."id"::text AS "id", to_char(a."date", 'YYYY-MM-DD') AS "date", a."verification"::text AS "verification",
           coalesce(array_agg(p."groupId"::text) FILTER (WHERE p."status" = 'confirmed'), '{}') AS "confirmed",
           coalesce(array_agg(p."groupId"::text) FILTER (WHERE p."status" = 'pending'), '{}') AS "pending",
           EXISTS (SELECT 1 FROM "ActivityBeneficiary" b WHERE b."activityId" = a."id" AND b."count" > 0) AS "servesPmks"
    FROM "ActivityParticipant" p JOIN "Activity" a ON a."id" = p."activityId"
    WHERE p."groupId" = ANY(${ids}::uuid[]) AND p."status" IN ('pending', 'confirmed')
      AND a."date" >= ${since}::date AND a."verification" <> 'rejected'
    GROUP BY a."id"
    HAVING bool_or(p."status" = 'confirmed')`;
  const activities: ActivityFact[] = activityRows.map((row) => ({
    id: row.id,
    date: new Date(`${row.date}T00:00:00.000Z`),
    confirmedGroupIds: row.confirmed,
    pendingGroupIds: row.pending,
    servesPmks: row.servesPmks === true,
    verified: row.verification === 'verified',
  }));

  return { groups, relations, activities, everAktif };
}

/** A row of the groups statement: the flag, and a group or nulls when there is none. */
interface GroupRow {
  readonly everAktif: boolean;
  readonly id: string | null;
  readonly name: string | null;
  readonly type: string | null;
  readonly typeOther: string | null;
  readonly active: boolean | null;
  readonly createdAt: Date | string | null;
  readonly verification: string | null;
}

interface ActivityRow {
  readonly id: string;
  /** YYYY-MM-DD: a calendar date, read as text so no driver shifts it by a time zone. */
  readonly date: string;
  readonly verification: string;
  readonly confirmed: string[];
  readonly pending: string[];
  readonly servesPmks: boolean;
}
