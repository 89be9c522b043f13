/**
 * The status facts of many desa at once, for the areas export: the same facts
 * src/storage/status/status-repository.ts loads for one desa (whole desa, rw = 0), in four
 * statements per batch of desa instead of three per desa. test/http/export checks that
 * both give the same facts, so the two cannot drift apart unnoticed.
 */
import type { ActivityFact, AreaFacts, GroupFact, RelationFact } from '../../domain/model/status.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { activityFactOf, groupFactOf, relationFactOf } from '../status/area-facts-sql.js';

interface GroupRow {
  readonly id: string;
  readonly villageCode: string;
  readonly name: string | null;
  readonly type: string;
  readonly typeOther: string | null;
  readonly active: boolean;
  readonly createdAt: Date | string;
  readonly verification: string;
}

interface RelationRow {
  readonly groupAId: string;
  readonly groupBId: string;
  readonly status: string;
  readonly villageCode: string;
}

interface ActivityRow {
  readonly id: string;
  readonly villageCode: string;
  /** YYYY-MM-DD, read as text so no driver shifts it by a time zone. */
  readonly date: string;
  readonly verification: string;
  readonly confirmed: string[];
  readonly pending: string[];
  readonly servesPmks: boolean;
}

/** Facts per desa code; every code asked for is in the map (empty facts when nothing is known). */
export async function loadVillageFacts(
  prisma: PrismaClient,
  villageCodes: readonly string[],
  since: Date,
): Promise<Map<string, AreaFacts>> {
  const codes = [...new Set(villageCodes)];
  const [aktifRows, groupRows, relationRows, activityRows] = await Promise.all([
    prisma.$queryRaw<Array<{ villageCode: string }>>`
      SELECT DISTINCT "villageCode" FROM "AreaLevelHistory"
      WHERE "villageCode" = ANY(${codes}::text[]) AND "rw" = 0 AND "level" = 'aktif'`,
    // Rejected groups never count; deactivated ones are kept (their past activities count).
    prisma.$queryRaw<GroupRow[]>`
      SELECT g."id"::text AS "id", g."villageCode", g."name", g."type"::text AS "type", g."typeOther", g."active", g."createdAt",
             g."verification"::text AS "verification"
      FROM "Group" g
      WHERE g."villageCode" = ANY(${codes}::text[]) AND g."verification" <> 'rejected'`,
    // A relation counts for a desa when both of its groups are (non-rejected) groups of that
    // desa, as when the desa is loaded alone. No officer verification of their own: see
    // status-repository.ts.
    prisma.$queryRaw<RelationRow[]>`
      SELECT r."groupAId"::text AS "groupAId", r."groupBId"::text AS "groupBId", r."status"::text AS "status", ga."villageCode"
      FROM "Group" ga
      JOIN "GroupRelation" r ON r."groupAId" = ga."id"
      JOIN "Group" gb ON gb."id" = r."groupBId"
      WHERE ga."villageCode" = ANY(${codes}::text[]) AND gb."villageCode" = ga."villageCode"
        AND ga."verification" <> 'rejected' AND gb."verification" <> 'rejected' AND r."status" IN ('pending', 'confirmed')`,
    // Each activity once per desa with a confirmed participant, with only that desa's
    // participants, as a one-desa load sees it.
    prisma.$queryRaw<ActivityRow[]>`
      SELECT a."id"::text AS "id", g."villageCode", to_char(a."date", 'YYYY-MM-DD') AS "date", a."verification"::text AS "verification",
             coalesce(array_agg(p."groupId"::text) FILTER (WHERE p."status" = 'confirmed'), '{}') AS "confirmed",
             coalesce(array_agg(p."groupId"::text) FILTER (WHERE p."status" = 'pending'), '{}') AS "pending",
             EXISTS (SELECT 1 FROM "ActivityBeneficiary" b WHERE b."activityId" = a."id" AND b."count" > 0) AS "servesPmks"
      FROM "Group" g
      JOIN "ActivityParticipant" p ON p."groupId" = g."id"
      JOIN "Activity" a ON a."id" = p."activityId"
      WHERE g."villageCode" = ANY(${codes}::text[]) AND g."verification" <> 'rejected'
        AND p."status" IN ('pending', 'confirmed') AND a."date" >= ${since}::date AND a."verification" <> 'rejected'
      GROUP BY a."id", g."villageCode"
      HAVING bool_or(p."status" = 'confirmed')`,
  ]);

  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const groupsOf = new Map<string, GroupFact[]>();
  for (const row of groupRows) push(groupsOf, row.villageCode, groupFactOf(row));
  const relationsOf = new Map<string, RelationFact[]>();
  for (const row of relationRows) push(relationsOf, row.villageCode, relationFactOf(row));
  const activitiesOf = new Map<string, ActivityFact[]>();
  for (const row of activityRows) push(activitiesOf, row.villageCode, activityFactOf(row));
  const everAktif = new Set(aktifRows.map((row) => row.villageCode));

  return new Map(
    codes.map((code) => [
      code,
      {
        groups: groupsOf.get(code) ?? [],
        relations: relationsOf.get(code) ?? [],
        activities: activitiesOf.get(code) ?? [],
        everAktif: everAktif.has(code),
      },
    ]),
  );
}
