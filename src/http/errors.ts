/**
 * HTTP errors and the one error handler. Expected client mistakes become 4xx answers with
 * a message that says what is wrong; anything else is logged and answered with a bare 500.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { BadRequestError } from '../core/request-errors.js';

export { BadRequestError, ForbiddenError, NotFoundError, parseWith } from '../core/request-errors.js';

/** Installs the single error handler of the app. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // A route schema's refusal comes as a BadRequestError already worded (src/http/api/validator.ts).
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
