/** The body of the token-issuing routes and its lifetime. */
import { z } from 'zod';

/** `{ttlDays?, label?}`; the whole body may be left out (Fastify then gives null). */
export const tokenBody = z
  .strictObject({
    ttlDays: z.number().int().min(1).max(365).optional().describe('days the token stays valid (default 90)'),
    label: z.string().trim().min(1).max(60).optional().describe('a note on where it is used'),
  })
  .nullish();

/** Default lifetime of an API-issued token. */
export const DEFAULT_TOKEN_TTL_DAYS = 90;

/** The lifetime in ms of a token body. */
export function tokenTtlMs(body: z.output<typeof tokenBody>): number {
  return (body?.ttlDays ?? DEFAULT_TOKEN_TTL_DAYS) * 86_400_000;
}
