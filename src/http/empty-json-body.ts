/**
 * JSON bodies as Fastify parses them, but an empty one is no body at all. Routes that take
 * no body (`POST /webchat/sessions`, `POST /api/alerts/{id}/retry`, resets, `DELETE
 * /api/tokens/{id}`) were refused with 400 "Body cannot be empty when content-type is set to
 * 'application/json'" when a client sent the JSON header by habit (curl -H, a fetch wrapper
 * that always sets it). Now such a request is answered as one without the header; a route
 * that needs a body still refuses the missing one with its own 400 naming the body.
 *
 * ```ts
 * acceptEmptyJsonBody(app); // before the routes
 * ```
 */
import type { FastifyInstance } from 'fastify';

/** Replaces the app's `application/json` parser with Fastify's own that takes an empty body as none. */
export function acceptEmptyJsonBody(app: FastifyInstance): void {
  // Fastify's defaults: a body carrying __proto__ or constructor.prototype is refused.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    // Fastify's parser answers through `done` (its type also allows a promise it never returns).
    void parseJson(request, text, done);
  });
}
