/** The body of the token-issuing routes and its lifetime. */
import { z } from 'zod';

/** `{ttlDays?, label?}`; the whole body may be left out (Fastify then gives null). */
export const tokenBody = z
  .strictObject({
    ttlDays: z.number().int().min(1).max(365).optional().describe('days the token stays valid (default 90)'),
    label: z.string().trim().min(1).max(60).optional().describe('a note on where it is used'),
  })
  .nullish();

/**
 * The 201 answer of the token-issuing routes, so /docs says 201 and its shape (it said 200
 * "Default Response"). Loose: a key added later is passed on, not dropped by the serializer.
 */
export const issuedTokenResponse = {
  201: z
    .looseObject({
      id: z.string().describe('the token id (to list or revoke it)'),
      token: z.string().describe('the token itself, shown only in this answer'),
      expiresAt: z.string().nullable(),
    })
    .describe('Created'),
};

/** Default lifetime of an API-issued token. */
export const DEFAULT_TOKEN_TTL_DAYS = 90;

/** The lifetime in ms of a token body. */
export function tokenTtlMs(body: z.output<typeof tokenBody>): number {
  return (body?.ttlDays ?? DEFAULT_TOKEN_TTL_DAYS) * 86_400_000;
}
