/**
 * HTTP errors and the one error handler. Expected client mistakes become 4xx answers with
 * a message that says what is wrong; anything else is logged and answered with a bare 500.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { BadRequestError } from '../core/request-errors.js';

export { BadRequestError, ForbiddenError, NotFoundError, parseWith } from '../core/request-errors.js';

/** Installs the single error handler of the app. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      // A route's zod schema (fastify-type-provider-zod) refused the request: name each field, as parseWith does.
      const context = error.validationContext ?? 'request';
      const sent = sentPart(request, context);
      // Fastify names the query string "querystring"; the 400s of parseWith (exports, the web
      // chat) and every reader say "query": one wording for the same mistake everywhere.
      const what = context === 'querystring' ? 'query' : context;
      const problems = error.validation.map((issue) => {
        const path = issue.instancePath.slice(1).split('/').filter((segment) => segment !== '');
        // A field not sent at all is said to be required (zod: "expected string, received undefined", or for
        // a choice "Invalid option: expected one of …", which reads as if a wrong value had been sent).
        const missing = path.length > 0 && sent !== undefined && valueAt(sent, path) === undefined;
        return `${path.join('.') || what}: ${missing ? 'is required' : issue.message}`;
      });
      return reply.status(400).send({ error: 'bad_request', message: `Invalid request ${what}. ${problems.join('; ')}` });
    }
    const status = error.statusCode ?? 500;
    if (status === 415) {
      // Fastify says only "Unsupported Media Type": a form post or a missing header is told what to send.
      return reply.status(415).send({ error: errorName(415), message: 'Unsupported Media Type: send the body as JSON, with the header "content-type: application/json".' });
    }
    if (error instanceof BadRequestError || (status >= 400 && status < 500)) {
      // Fastify's own 4xx (malformed JSON, body too large, wrong content type) say enough.
      return reply.status(status).send({ error: errorName(status), message: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: 'internal_error', message: 'Something went wrong on our side. Please try again.' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: 'not_found', message: `No route for ${request.method} ${request.url.split('?')[0]}` }),
  );
}

/** The part of the request a schema refused, as it was sent; undefined for one not kept (headers). */
function sentPart(request: FastifyRequest, what: string): unknown {
  switch (what) {
    case 'body':
      return request.body ?? {};
    case 'querystring':
      return request.query;
    case 'params':
      return request.params;
    default:
      return undefined;
  }
}

/** The value at `path` inside `value` (objects and arrays), or undefined. */
function valueAt(value: unknown, path: readonly string[]): unknown {
  let at: unknown = value;
  for (const segment of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[segment];
  }
  return at;
}

function errorName(status: number): string {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'too_many_requests';
    default:
      return 'client_error';
  }
}
