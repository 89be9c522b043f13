/** The admin API's reads of groups: filtered, paged lists and one group with its leaders. */
import { Prisma } from '../generated/prisma/client.js';
import type { GroupViewRow } from '../groups/group-sql.js';
import { isUuid } from '../groups/uuid.js';
import type { PrismaTx } from '../transaction-runner.js';
import {
  allOf,
  containsPattern,
  decidedByJoin,
  inScope,
  pageSql,
  villageNamesJoin,
  VILLAGE_NAME_COLUMNS,
  type AreaScope,
  type DecidedBy,
  type Page,
  type PageRequest,
} from './scope.js';

/** A group as the API lists it: the chat's group view (with its own ketua) plus the verification details. */
export interface GroupRow extends GroupViewRow {
  rejectionReason: string | null;
  verifiedAt: Date | null;
  /** Who gave the verdict in force (the audit log's actor); null while pending. */
  decidedBy: DecidedBy | null;
  createdAt: Date;
}

/** A leader of a group, with the person's own name and phone (mask them before showing). */
export interface GroupLeaderRow {
  personId: string;
  name: string | null;
  phone: string | null;
  role: string;
  status: string;
}

/** Filters of the group list. */
export interface GroupFilter {
  readonly scope: AreaScope;
  readonly verification?: 'pending' | 'verified' | 'rejected' | undefined;
  readonly active?: boolean | undefined;
  /** Part of the name, any case. */
  readonly q?: string | undefined;
}

const SELECT = Prisma.sql`
  SELECT g."id"::text AS "id", g."name", g."type"::text AS "type", g."typeOther", g."villageCode", ${VILLAGE_NAME_COLUMNS},
         a."rw", a."rt", a."dusun", g."memberCount", g."foundedYear", g."meetingSchedule", g."active",
         g."verification"::text AS "verification", g."rejectionReason", g."verifiedAt", g."createdAt",
         g."ketuaName", g."ketuaPhone", decided."decidedBy"
  FROM "Group" g
  JOIN "Area" a ON a."id" = g."areaId"
  ${villageNamesJoin(Prisma.sql`g."villageCode"`)}
  ${decidedByJoin('group', Prisma.sql`g."id"`, Prisma.sql`g."verification"`)}`;

function where(filter: GroupFilter): Prisma.Sql {
  const conditions = [inScope(Prisma.sql`g."villageCode"`, filter.scope)];
  if (filter.verification) conditions.push(Prisma.sql`g."verification" = ${filter.verification}::"VerificationStatus"`);
  if (filter.active !== undefined) conditions.push(Prisma.sql`g."active" = ${filter.active}`);
  if (filter.q) conditions.push(Prisma.sql`g."name" ILIKE ${containsPattern(filter.q)}`);
  return allOf(conditions);
}

/** Groups in the scope matching the filter, newest first. */
export async function listGroups(db: PrismaTx, filter: GroupFilter, page: PageRequest): Promise<Page<GroupRow>> {
  const condition = where(filter);
  const items = await db.$queryRaw<GroupRow[]>`${SELECT} WHERE ${condition} ORDER BY g."createdAt" DESC, g."id" DESC ${pageSql(page)}`;
  const [count] = await db.$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS "total" FROM "Group" g WHERE ${condition}`;
  return { items, page: page.page, pageSize: page.pageSize, total: count?.total ?? 0 };
}

/** One group, or null. */
export async function groupById(db: PrismaTx, id: string): Promise<GroupRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.$queryRaw<GroupRow[]>`${SELECT} WHERE g."id" = ${id}::uuid`;
  return row ?? null;
}

/** The group's leaders and co-leaders (requests and removed ones included, with their status). */
export async function groupLeaders(db: PrismaTx, groupId: string): Promise<GroupLeaderRow[]> {
  const rows = await db.groupLeader.findMany({
    where: { groupId },
    orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    select: { personId: true, role: true, status: true, person: { select: { displayName: true, phoneE164: true } } },
  });
  return rows.map((row) => ({
    personId: row.personId,
    name: row.person.displayName,
    phone: row.person.phoneE164,
    role: row.role,
    status: row.status,
  }));
}
