/**
 * The SQL condition "this desa code lies under one of these officer areas": equal to a
 * prefix, or starting with it followed by a dot (segment boundary). Prefixes are region
 * codes (digits and dots, checked when invites are made), so LIKE sees no wildcard in them.
 */
import { Prisma } from '../generated/prisma/client.js';

/** `column` is covered by one of `prefixes`; an empty list covers nothing. */
export function coveredBy(column: Prisma.Sql, prefixes: readonly string[]): Prisma.Sql {
  const clean = prefixes.filter((prefix) => /^[\d.]+$/.test(prefix));
  if (clean.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`EXISTS (
    SELECT 1 FROM unnest(${clean}::text[]) AS "area"("prefix")
    WHERE ${column} = "area"."prefix" OR ${column} LIKE "area"."prefix" || '.%')`;
}
