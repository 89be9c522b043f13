/**
 * Who a web chat request speaks for. Every web chat route that acts for a person (messages,
 * photo uploads) checks the userId through this one place: it must be well formed (400) and
 * issued by this server (401, see sessions.ts).
 */
import { z } from 'zod';
import type { Sender } from '../../core/messages.js';
import { parseWith } from '../../core/request-errors.js';
import { requireWebchatSession, type WebchatSessionStore } from './sessions.js';

/** An id as the web chat accepts it (user ids, message ids). */
export const webchatId = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .regex(/^[\w.:@-]+$/, 'may only contain letters, digits and . _ : @ -');

/** The userId field of a web chat request. */
export const webchatUserId = webchatId(128);

/** Made once: building a zod object schema costs more than parsing with it. */
const userIdOnly = z.object({ userId: webchatUserId });

/**
 * The sender a request's userId stands for: a 400 naming `where` when it is malformed, a 401
 * when the server never issued it. The sender's externalId is the session's hash, never the
 * credential itself.
 */
export async function webchatSender(sessions: WebchatSessionStore, userId: unknown, now: Date, where = 'body'): Promise<Sender> {
  const valid = parseWith(userIdOnly, { userId }, where).userId;
  const session = await requireWebchatSession(sessions, valid, now);
  return { externalId: session.externalId };
}
