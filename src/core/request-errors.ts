/**
 * Errors for a caller's mistake at an edge (the admin API, the web chat channel's routes):
 * each carries the HTTP status the one error handler (src/http/errors.ts) answers with. They
 * live below both edges so that a channel never imports the HTTP layer.
 */
import type { ZodType } from 'zod';

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

/** Parses a request part with a zod schema, or throws a {@link BadRequestError} saying what is wrong. */
export function parseWith<T>(schema: ZodType<T>, value: unknown, what = 'body'): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : what;
    return `${path}: ${issue.message}`;
  });
  throw new BadRequestError(`Invalid request ${what}. ${problems.join('; ')}`);
}
