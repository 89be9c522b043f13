/** The admin API's list of relations between groups (both groups lie in one desa). */
import { Prisma } from '../generated/prisma/client.js';
import type { PrismaTx } from '../transaction-runner.js';
import { allOf, inScope, pageSql, type AreaScope, type Page, type PageRequest } from './scope.js';

/** A relation as the API lists it. */
export interface RelationRow {
  id: string;
  kind: string;
  status: string;
  villageCode: string;
  villageName: string;
  groupA: { id: string; name: string };
  groupB: { id: string; name: string };
  createdAt: Date;
  confirmedAt: Date | null;
  /** The leader of groupB who confirmed it; null while pending, once declined, or confirmed before this was recorded. */
  confirmedById: string | null;
  /**
   * Confirmed by the person who declared it (they lead both groups): allowed, but resting on one
   * person's word, as an activity's partner confirmed by its reporter is marked for officers.
   */
  selfConfirmed: boolean;
}

interface FlatRow extends Omit<RelationRow, 'groupA' | 'groupB'> {
  groupAId: string;
  groupAName: string;
  groupBId: string;
  groupBName: string;
}

/** Relations whose declaring group lies in the scope, newest first. */
export async function listRelations(
  db: PrismaTx,
  filter: { readonly scope: AreaScope; readonly status?: 'pending' | 'confirmed' | 'declined' | undefined },
  page: PageRequest,
): Promise<Page<RelationRow>> {
  const conditions = [inScope(Prisma.sql`ga."villageCode"`, filter.scope)];
  if (filter.status) conditions.push(Prisma.sql`x."status" = ${filter.status}::"ParticipationStatus"`);
  const condition = allOf(conditions);
  const rows = await db.$queryRaw<FlatRow[]>`
    SELECT x."id"::text AS "id", x."kind"::text AS "kind", x."status"::text AS "status", ga."villageCode",
           COALESCE(v."name", '') AS "villageName",
           ga."id"::text AS "groupAId", ga."name" AS "groupAName", gb."id"::text AS "groupBId", gb."name" AS "groupBName",
           x."createdAt", x."confirmedAt", x."confirmedById"::text AS "confirmedById",
           coalesce(x."status" = 'confirmed' AND x."confirmedById" = x."declaredById", false) AS "selfConfirmed"
    FROM "GroupRelation" x
    JOIN "Group" ga ON ga."id" = x."groupAId"
    JOIN "Group" gb ON gb."id" = x."groupBId"
    LEFT JOIN "Region" v ON v."code" = ga."villageCode"
    WHERE ${condition}
    ORDER BY x."createdAt" DESC, x."id" DESC
    ${pageSql(page)}`;
  const [count] = await db.$queryRaw<Array<{ total: number }>>`
    SELECT count(*)::int AS "total" FROM "GroupRelation" x JOIN "Group" ga ON ga."id" = x."groupAId" WHERE ${condition}`;
  const items = rows.map(({ groupAId, groupAName, groupBId, groupBName, ...row }) => ({
    ...row,
    groupA: { id: groupAId, name: groupAName },
    groupB: { id: groupBId, name: groupBName },
  }));
  return { items, page: page.page, pageSize: page.pageSize, total: count?.total ?? 0 };
}
