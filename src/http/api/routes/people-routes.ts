/**
 * People (admin only): search with unmasked phones, clearing a stuck conversation, tokens
 * for admin persons, and the admin flag (ADMIN_TOKEN only: that is how an admin person is
 * made). Every action, and every listing of people, is in the audit log.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canSignIn, listPeople, personExists, resetConversations, setAdminFlag } from '../../../storage/admin/people-queries.js';
import { issueToken } from '../../../storage/tokens/api-tokens.js';
import { NotFoundError } from '../../errors.js';
import { auditActor, ConflictError, requireAdmin, requireAdminToken } from '../access.js';
import type { ApiContext } from '../context.js';
import { idParams, pageParams, searchParam } from '../schemas.js';
import { issuedTokenResponse, tokenBody, tokenTtlMs } from './token-body.js';

const listQuery = z.strictObject({ q: searchParam('part of the name or phone number; empty is no search'), ...pageParams });
const adminBody = z.strictObject({ isAdmin: z.boolean() });

/** The people routes. */
export const peopleRoutes: FastifyPluginAsyncZod<ApiContext> = async (scope, ctx) => {
  scope.get('/people', { schema: { tags: ['people'], summary: 'People by name or phone (admin)', querystring: listQuery } }, async (request) => {
    requireAdmin(request.principal);
    const { q, page, pageSize } = request.query;
    const result = await listPeople(ctx.prisma, q, { page, pageSize });
    // Reading personal data is audited too; the search text may be a name, so it is not kept.
    await ctx.transactions.transaction((tx) =>
      tx.app.audit.record(
        { ...auditActor(request.principal), action: 'people.list', details: { searched: q !== undefined, page, count: result.items.length }, via: 'api' },
        ctx.clock(),
      ),
    );
    return result;
  });

  scope.post(
    '/people/:id/reset-conversation',
    { schema: { tags: ['people'], summary: 'Clear the person’s conversation state on every channel (admin)', params: idParams } },
    async (request) => {
      requireAdmin(request.principal);
      const now = ctx.clock();
      const cleared = await ctx.transactions.transaction(async (tx) => {
        if (!(await personExists(tx.db, request.params.id))) throw new NotFoundError('No person with this id.');
        const count = await resetConversations(tx.db, request.params.id);
        await tx.app.audit.record(
          { ...auditActor(request.principal), action: 'person.resetConversation', targetType: 'person', targetId: request.params.id, details: { cleared: count }, via: 'api' },
          now,
        );
        return count;
      });
      return { id: request.params.id, cleared };
    },
  );

  scope.put(
    '/people/:id/admin',
    { schema: { tags: ['people'], summary: 'Make a person an admin, or not (ADMIN_TOKEN only)', params: idParams, body: adminBody } },
    async (request) => {
      requireAdminToken(request.principal);
      const now = ctx.clock();
      await ctx.transactions.transaction(async (tx) => {
        if (!(await setAdminFlag(tx.db, request.params.id, request.body.isAdmin, now))) throw new NotFoundError('No person with this id.');
        await tx.app.audit.record(
          { ...auditActor(request.principal), action: 'person.setAdmin', targetType: 'person', targetId: request.params.id, details: { isAdmin: request.body.isAdmin }, via: 'api' },
          now,
        );
      });
      return { id: request.params.id, isAdmin: request.body.isAdmin };
    },
  );

  scope.post(
    '/people/:id/tokens',
    { schema: { tags: ['tokens'], summary: 'Issue a personal token for an admin person or an officer (admin; shown once)', params: idParams, body: tokenBody, response: issuedTokenResponse } },
    async (request, reply) => {
      requireAdmin(request.principal);
      const now = ctx.clock();
      const issued = await ctx.transactions.transaction(async (tx) => {
        if (!(await personExists(tx.db, request.params.id))) throw new NotFoundError('No person with this id.');
        if (!(await canSignIn(tx.db, request.params.id))) throw new ConflictError('This person is neither an admin nor an active officer: a token would not sign them in.');
        const token = await issueToken(tx.db, request.params.id, { label: request.body?.label ?? 'api', now, ttlMs: tokenTtlMs(request.body) });
        await tx.app.audit.record(
          { ...auditActor(request.principal), action: 'token.issue', targetType: 'person', targetId: request.params.id, details: { tokenId: token.id }, via: 'api' },
          now,
        );
        return token;
      });
      return reply.status(201).send({ id: issued.id, token: issued.token, expiresAt: issued.expiresAt?.toISOString() ?? null });
    },
  );
};
