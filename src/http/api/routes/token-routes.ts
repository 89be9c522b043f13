/**
 * Personal tokens: listing (never the secret: only hashes are stored) and revoking. The
 * admin sees and revokes any token; an officer only their own.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listTokens, tokenById } from '../../../storage/admin/token-queries.js';
import { revokeToken } from '../../../storage/tokens/api-tokens.js';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import { auditActor } from '../access.js';
import type { ApiContext } from '../context.js';
import { idParams, pageParams } from '../schemas.js';

const listQuery = z.strictObject({ personId: z.uuid().optional(), ...pageParams });

/** The token routes. */
export const tokenRoutes: FastifyPluginAsyncZod<ApiContext> = async (scope, ctx) => {
  scope.get('/tokens', { schema: { tags: ['tokens'], summary: 'Personal tokens (admin: all; officer: own)', querystring: listQuery } }, async (request) => {
    const principal = request.principal;
    const { personId, page, pageSize } = request.query;
    if (principal.kind === 'officer' && personId !== undefined && personId !== principal.personId) {
      throw new ForbiddenError('You may list only your own tokens.');
    }
    return listTokens(ctx.prisma, principal.kind === 'officer' ? principal.personId : personId, { page, pageSize });
  });

  scope.delete('/tokens/:id', { schema: { tags: ['tokens'], summary: 'Revoke a token (admin: any; officer: own)', params: idParams } }, async (request) => {
    const principal = request.principal;
    const now = ctx.clock();
    return ctx.transactions.transaction(async (tx) => {
      const token = await tokenById(tx.db, request.params.id);
      if (!token || (principal.kind === 'officer' && token.personId !== principal.personId)) throw new NotFoundError('No token with this id.');
      const revoked = await revokeToken(tx.db, token.id, now);
      if (revoked) {
        await tx.app.audit.record(
          { ...auditActor(principal), action: 'token.revoke', targetType: 'person', targetId: token.personId, details: { tokenId: token.id }, via: 'api' },
          now,
        );
      }
      return { id: token.id, revoked: true, alreadyRevoked: !revoked };
    });
  });
};
