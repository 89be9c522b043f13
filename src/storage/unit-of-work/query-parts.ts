/**
 * A list query kept in parts (its columns, its FROM … WHERE, its ORDER BY) so that it can be
 * sent as one JSON list among others in a statement that answers several questions at once
 * (e.g. the confirmation inbox's three lists, inbox-sql.ts), in the query's own order.
 * test/storage/home/inbox-sql.test.ts runs each such query on its own, from the same parts,
 * to hold the JSON lists to its rows.
 */

/** A query's parts; `from` holds its FROM and WHERE, `order` the ORDER BY keys (a total order). */
export interface QueryParts {
  readonly columns: string;
  readonly from: string;
  readonly order: string;
}

/**
 * The query as one JSON array of its rows (objects keyed by the column names), in its order
 * (numbered by a window on the same keys, not left to the aggregate's input order); an empty
 * array when there are none. A scalar subquery, to be a column of a larger statement.
 */
export function jsonListOf(parts: QueryParts): string {
  return `(SELECT coalesce(jsonb_agg(to_jsonb("q") - 'ord' ORDER BY "q"."ord"), '[]'::jsonb)
     FROM (SELECT ${parts.columns}, row_number() OVER (ORDER BY ${parts.order}) AS "ord" ${parts.from}) AS "q")`;
}
