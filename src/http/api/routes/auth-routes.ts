/**
 * POST /api/auth/exchange: the dashboard turns a one-time sign-in code from the chat
 * ("Masuk dasbor") into a personal token. It is the one /api route without a bearer token:
 * the code is the credential. The code travels in the body (never a URL), is used once,
 * and the answer is not cached.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DASHBOARD_TOKEN_TTL_MS, SIGN_IN_CODE_TTL_MS } from '../../../domain/model/sign-in-tokens.js';
import { exchangeSignInCode, normalizeSignInCode, SIGN_IN_CODE_PATTERN, type ExchangeResult } from '../../../storage/tokens/sign-in-codes.js';
import { BadRequestError } from '../../errors.js';
import { auditActor } from '../access.js';
import type { ApiContext } from '../context.js';

const exchangeBody = z.strictObject({
  code: z
    .string()
    .max(40)
    .regex(SIGN_IN_CODE_PATTERN, 'must be a sign-in code like ABCD-EFGH-JKLM')
    .describe('the one-time code from the bot, as shown (ABCD-EFGH-JKLM) or without dashes, any case'),
});

const exchanged = z.object({
  token: z.string().describe('a personal token (wksbm_…); send it as `Authorization: Bearer <token>`'),
  expiresAt: z.string().describe('ISO time the token stops working'),
});

const refused = z.object({
  error: z.literal('unauthorized'),
  reason: z.enum(['unknown', 'expired', 'used', 'notAllowed']),
  message: z.string(),
});

type Refusal = Exclude<ExchangeResult, { kind: 'signedIn' }>['kind'];

const REFUSALS: Readonly<Record<Refusal, string>> = {
  unknown: 'This sign-in code is not known (mistyped, or replaced by a newer one). Ask for a new one in the Officer menu of the bot.',
  expired: `This sign-in code has expired (codes work for ${SIGN_IN_CODE_TTL_MS / 60_000} minutes). Ask for a new one in the Officer menu of the bot.`,
  used: 'This sign-in code was already used. Ask for a new one in the Officer menu of the bot.',
  notAllowed: 'This sign-in code belongs to someone who may no longer sign in (not an officer or admin any more).',
};

/** The sign-in exchange route; register it outside the bearer-authenticated scope. */
export const authRoutes: FastifyPluginAsyncZod<ApiContext> = async (scope, ctx) => {
  scope.post(
    '/auth/exchange',
    {
      schema: {
        tags: ['auth'],
        summary: 'Exchange a one-time sign-in code from the bot for a personal token (no bearer token needed)',
        description:
          `A code works once, for ${SIGN_IN_CODE_TTL_MS / 60_000} minutes. The token is valid ${DASHBOARD_TOKEN_TTL_MS / 86_400_000} days; ` +
          "the person's earlier dashboard tokens are revoked. 401 says why a code was refused (`reason`).",
        security: [],
        body: exchangeBody,
        response: { 200: exchanged, 401: refused },
      },
    },
    async (request, reply) => {
      const code = normalizeSignInCode(request.body.code);
      // The pattern admits only what normalises; this guards the two from drifting apart.
      if (code === null) throw new BadRequestError('Invalid request body. code: must be a sign-in code like ABCD-EFGH-JKLM');
      const now = ctx.clock();
      const result = await ctx.transactions.transaction(async (tx) => {
        const outcome = await exchangeSignInCode(tx.db, code, now, DASHBOARD_TOKEN_TTL_MS);
        if (outcome.kind === 'signedIn') {
          await tx.app.audit.record(
            {
              ...auditActor(outcome.principal),
              action: 'auth.exchange',
              targetType: 'person',
              targetId: outcome.principal.personId,
              details: { tokenId: outcome.token.id, expiresAt: outcome.token.expiresAt.toISOString() },
              via: 'api',
            },
            now,
          );
        }
        return outcome;
      });
      reply.header('cache-control', 'no-store');
      if (result.kind !== 'signedIn') {
        return reply.status(401).send({ error: 'unauthorized' as const, reason: result.kind, message: REFUSALS[result.kind] });
      }
      return { token: result.token.token, expiresAt: result.token.expiresAt.toISOString() };
    },
  );
};
