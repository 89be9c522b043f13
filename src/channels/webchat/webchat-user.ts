/**
 * Who a web chat request speaks for. Every web chat route that acts for a person (messages,
 * photo uploads) checks the userId through this one place, so a change in how web chat
 * users are identified applies to all of them at once.
 */
import { z } from 'zod';
import type { Sender } from '../../core/messages.js';
import { parseWith } from '../../http/errors.js';

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

/** The sender a request's userId stands for; a 400 naming `where` when it is not valid. */
export async function webchatSender(userId: unknown, where = 'body'): Promise<Sender> {
  const externalId = parseWith(z.object({ userId: webchatUserId }), { userId }, where).userId;
  return { externalId };
}
