/**
 * Shared pieces of the admin queries: which desa a query may see (an area scope), region
 * names joined up the tree, paging, and LIKE patterns from user text.
 */
import { Prisma } from '../generated/prisma/client.js';
import { coveredBy } from '../officers/coverage-sql.js';

/** Every desa (`'all'`), or those under one of the Kemendagri code prefixes. */
export type AreaScope = 'all' | readonly string[];

/** SQL: the desa code in `column` lies in the scope. */
export function inScope(column: Prisma.Sql, scope: AreaScope): Prisma.Sql {
  return scope === 'all' ? Prisma.sql`TRUE` : coveredBy(column, scope);
}

/** Names of the desa in `column` and of its kecamatan and kabupaten, as v, d and r (outer joins). */
export function villageNamesJoin(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    LEFT JOIN "Region" v ON v."code" = ${column}
    LEFT JOIN "Region" d ON d."code" = v."parentCode"
    LEFT JOIN "Region" r ON r."code" = d."parentCode"`;
}

/** The name columns {@link villageNamesJoin} provides. */
export const VILLAGE_NAME_COLUMNS = Prisma.sql`
  COALESCE(v."name", '') AS "villageName", COALESCE(d."name", '') AS "districtName", COALESCE(r."name", '') AS "regencyName"`;

/** A page request: 1-based page number and its size. */
export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

/** One page of a list with the total count of the filtered list. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

/** `LIMIT … OFFSET …` of a page request. */
export function pageSql(request: PageRequest): Prisma.Sql {
  return Prisma.sql`LIMIT ${request.pageSize} OFFSET ${(request.page - 1) * request.pageSize}`;
}

/**
 * Text for a LIKE pattern with its own wildcards (`%`, `_`) and the escape character made
 * literal. Use it for every search from user input, also with Prisma's `contains`, which
 * passes `%` and `_` through as wildcards.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** `%text%` for ILIKE, with the wildcards of the text itself escaped. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** Conditions joined by AND (TRUE when none). */
export function allOf(conditions: readonly Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, ' AND ');
}
