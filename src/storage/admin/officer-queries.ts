/** The admin API's reads of officers, and the checks behind issuing them tokens. */
import { Prisma } from '../generated/prisma/client.js';
import { isUuid } from '../groups/uuid.js';
import type { PrismaTx } from '../transaction-runner.js';
import { pageSql, type AreaScope, type Page, type PageRequest } from './scope.js';

/** An officer as the API lists one (mask the phone before showing it). */
export interface OfficerRow {
  id: string;
  personId: string;
  name: string | null;
  phone: string | null;
  kind: string;
  active: boolean;
  areaPrefixes: string[];
  createdAt: Date;
}

/**
 * Officers with an area that overlaps the scope: inside one of its prefixes, or covering
 * one of them (a kabupaten officer is listed for a kecamatan filter). Oldest first.
 */
export async function listOfficers(db: PrismaTx, scope: AreaScope, page: PageRequest): Promise<Page<OfficerRow>> {
  const overlap =
    scope === 'all'
      ? Prisma.sql`TRUE`
      : Prisma.sql`EXISTS (
          SELECT 1 FROM "OfficerArea" oa, unnest(${[...scope]}::text[]) AS s("prefix")
          WHERE oa."officerId" = o."id"
            AND (oa."codePrefix" = s."prefix" OR oa."codePrefix" LIKE s."prefix" || '.%' OR s."prefix" LIKE oa."codePrefix" || '.%'))`;
  const items = await db.$queryRaw<OfficerRow[]>`
    SELECT o."id"::text AS "id", o."personId"::text AS "personId", p."displayName" AS "name", p."phoneE164" AS "phone",
           o."kind"::text AS "kind", o."active", o."createdAt",
           COALESCE((SELECT array_agg(a."codePrefix" ORDER BY a."codePrefix") FROM "OfficerArea" a WHERE a."officerId" = o."id"), '{}') AS "areaPrefixes"
    FROM "Officer" o JOIN "Person" p ON p."id" = o."personId"
    WHERE ${overlap}
    ORDER BY o."createdAt", o."id"
    ${pageSql(page)}`;
  const [count] = await db.$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS "total" FROM "Officer" o WHERE ${overlap}`;
  return { items, page: page.page, pageSize: page.pageSize, total: count?.total ?? 0 };
}

/** The person of an active officer, or null. */
export async function activeOfficerPerson(db: PrismaTx, officerId: string): Promise<string | null> {
  if (!isUuid(officerId)) return null;
  const row = await db.officer.findFirst({ where: { id: officerId, active: true }, select: { personId: true } });
  return row?.personId ?? null;
}
