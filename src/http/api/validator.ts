/**
 * The admin API's validator compiler: each route's zod schema checked by checkRequest, so a
 * refused query, path or body is answered in the same plain words as parseWith's (in place of
 * fastify-type-provider-zod's, which passed zod's own wording through).
 */
import type { FastifySchemaCompiler, RouteOptions } from 'fastify';
import type { ZodType } from 'zod';
import { checkRequest, NO_QUERY } from '../../core/request-errors.js';

/** What a path's `:id` names, from the segment before it ("/tokens/:id" → "token"). */
function idNounOf(url: string): string | undefined {
  const match = /\/([a-z-]+)\/:id(?:\/|$)/.exec(url);
  if (match === null) return undefined;
  const plural = match[1]!;
  if (plural === 'people') return 'person';
  if (plural.endsWith('ies')) return `${plural.slice(0, -3)}y`;
  return plural.endsWith('s') ? plural.slice(0, -1) : plural;
}

/** Fastify validator compiler for zod route schemas; a refusal is a BadRequestError the one error handler answers. */
export const validatorCompiler: FastifySchemaCompiler<ZodType> = ({ schema, url, httpPart }) => {
  // Fastify names the query string "querystring"; every reader and parseWith say "query".
  const what = httpPart === 'querystring' ? 'query' : (httpPart ?? 'request');
  const context = { what, idOf: what === 'params' ? idNounOf(url) : undefined };
  return (data) => {
    const checked = checkRequest(schema, data, context);
    return checked.ok ? { value: checked.value } : { error: checked.error };
  };
};

/**
 * Gives a route without a query schema the empty one, so every /api route refuses a query key
 * it does not take (`/api/me?x=1`: "x: is not a parameter here; it takes no parameters") as
 * the routes with one do, instead of ignoring it. An onRoute hook of the /api scope, so a
 * route added later needs nothing of its own.
 */
export function refuseUnknownQuery(route: RouteOptions): void {
  if (route.schema?.querystring !== undefined) return;
  route.schema = { ...route.schema, querystring: NO_QUERY };
}
