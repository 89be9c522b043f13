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

/** Who gave a group's or activity's verdict in force, as the API shows it. */
export interface DecidedBy {
  /** "officer", or "admin" (the ADMIN_TOKEN holder or an admin person). */
  readonly kind: string;
  /** The decider's name as their person has it now; null for the ADMIN_TOKEN holder, a person with no name or one erased. */
  readonly name: string | null;
}

/**
 * A lateral join giving `decided."decidedBy"` ({@link DecidedBy}, null while pending): the
 * actor of the record's latest verdict in the audit log, as `GET /api/audit` names them.
 * A record keeps only its verifier's officer id (none for the admin); the log has every verdict.
 * The same two facts come as plain columns too, `decided."decidedByKind"` and
 * `decided."decidedByName"`, for the exports: one join, so the API and the files cannot disagree.
 */
export function decidedByJoin(type: 'group' | 'activity', id: Prisma.Sql, verification: Prisma.Sql): Prisma.Sql {
  const actions = [`${type}.verify`, `${type}.reject`];
  return Prisma.sql`
    LEFT JOIN LATERAL (
      SELECT json_build_object('kind', l."actorKind", 'name', p."displayName") AS "decidedBy",
             l."actorKind" AS "decidedByKind", p."displayName" AS "decidedByName"
      FROM "AuditLog" l LEFT JOIN "Person" p ON p."id" = l."actorId"
      WHERE ${verification} <> 'pending' AND l."targetType" = ${type} AND l."targetId" = ${id}::text AND l."action" IN (${Prisma.join(actions)})
      ORDER BY l."at" DESC, l."id" DESC
      LIMIT 1
    ) decided ON true`;
}
