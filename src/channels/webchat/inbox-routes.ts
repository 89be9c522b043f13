/**
 * `GET /webchat/inbox?userId=…` → `{ replies: [{ text, buttons? }] }`: the messages sent to
 * a web chat user since the page last asked (alerts, notices), oldest first, each handed
 * out once. The chat page polls it every few seconds while it is visible.
 *
 * The userId is the one POST /webchat/sessions issued (the page keeps it); any other is
 * answered 401, as on POST /webchat/messages.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { RenderedMessage } from '../../core/messages.js';
import type { Clock } from '../../core/ports.js';
import { parseWith } from '../../core/request-errors.js';
import { requireWebchatSession, type WebchatSessionStore } from './sessions.js';

/** Where the route reads from; storage's createWebchatInbox provides it. */
export interface WebchatInboxReader {
  /** Undelivered messages, oldest first, marked delivered at `now` in the same transaction. */
  takeUndelivered(externalId: string, now: Date, limit: number): Promise<RenderedMessage[]>;
}

/** What the inbox route needs. */
export interface WebchatInboxRouteOptions {
  readonly inbox: WebchatInboxReader;
  /** The issued sessions: an unknown userId is answered 401. */
  readonly sessions: WebchatSessionStore;
  readonly clock?: Clock;
  /** Most messages handed out per request (default 20); the rest come with the next poll. */
  readonly limit?: number;
}

// The same rule as POST /webchat/messages' userId.
const querySchema = z
  .object({
    userId: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(128, 'must be at most 128 characters')
      .regex(/^[\w.:@-]+$/, 'may only contain letters, digits and . _ : @ -'),
  })
  .strict();

/** Registers GET /webchat/inbox. */
export const webchatInboxRoutes: FastifyPluginAsync<WebchatInboxRouteOptions> = async (app, options) => {
  const clock = options.clock ?? (() => new Date());
  const limit = options.limit ?? 20;

  app.get('/webchat/inbox', async (request, reply) => {
    const query = parseWith(querySchema, request.query ?? {}, 'query');
    const now = clock();
    const session = await requireWebchatSession(options.sessions, query.userId, now);
    const replies = await options.inbox.takeUndelivered(session.externalId, now, limit);
    // Each answer hands messages out once: no cache may keep or replay it.
    void reply.header('cache-control', 'no-store');
    return { replies };
  });
};
