/**
 * Which desa an export may read: every one (the admin without a filter), or those under a
 * list of Kemendagri code prefixes (the filter asked for, cut to an officer's areas).
 */
import { Prisma } from '../generated/prisma/client.js';
import { coveredBy } from '../officers/coverage-sql.js';

/** `'all'`, or code prefixes ("34.02", "34.02.15", "34.02.15.2004"); an empty list matches nothing. */
export type ExportScope = 'all' | readonly string[];

/** The SQL condition "`column` (a desa code) lies in the scope". */
export function inScope(column: Prisma.Sql, scope: ExportScope): Prisma.Sql {
  return scope === 'all' ? Prisma.sql`TRUE` : coveredBy(column, scope);
}
