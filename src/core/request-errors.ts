/**
 * Errors for a caller's mistake at an edge (the admin API, the web chat channel's routes):
 * each carries the HTTP status the one error handler (src/http/errors.ts) answers with. They
 * live below both edges so that a channel never imports the HTTP layer.
 */
import { z, type ZodType } from 'zod';
import { requestIssueMap, type IssueContext } from './request-issue.js';

/** A request the server understood but will not act on (bad body, bad query). */
export class BadRequestError extends Error {
  readonly statusCode = 400;
  constructor(message: string) {
    super(message);
    this.name = 'BadRequestError';
  }
}

/** A signed-in caller asking for something outside what they may see or do. */
export class ForbiddenError extends Error {
  readonly statusCode = 403;
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** A resource that does not exist (or that the caller may not know exists). */
export class NotFoundError extends Error {
  readonly statusCode = 404;
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** A request part that passed its schema, or the {@link BadRequestError} saying what is wrong with it. */
export type RequestCheck<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: BadRequestError };

/**
 * Checks a request part with a zod schema, every problem said in plain words (see
 * request-issue.ts): `Invalid request query. q: must be at most 100 characters`. The admin API's route
 * schemas and {@link parseWith} both come here, so a mistake reads the same on every route.
 */
export function checkRequest<T>(schema: ZodType<T>, value: unknown, context: IssueContext): RequestCheck<T> {
  const result = schema.safeParse(value, { error: requestIssueMap(context) });
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue) => {
    // An unknown key is named itself, not the object holding it ("limit: …", not "query: …").
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(', ')] : issue.path;
    return `${path.length > 0 ? path.join('.') : context.what}: ${issue.message}`;
  });
  return { ok: false, error: new BadRequestError(`Invalid request ${context.what}. ${problems.join('; ')}`) };
}

/** Parses a request part with a zod schema, or throws a {@link BadRequestError} saying what is wrong. */
export function parseWith<T>(schema: ZodType<T>, value: unknown, what = 'body'): T {
  const checked = checkRequest(schema, value, { what });
  if (!checked.ok) throw checked.error;
  return checked.value;
}

/** The query of a route that takes no parameters: an unknown key is refused (400), not ignored. */
export const NO_QUERY = z.strictObject({});
