/** Alerts (the outbox): the admin sees all, an officer those addressed to them; the admin retries dead letters. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAlerts, retryDeadAlert } from '../../../storage/admin/alert-queries.js';
import { NotFoundError } from '../../errors.js';
import { auditActor, ConflictError, requireAdmin } from '../access.js';
import type { ApiContext } from '../context.js';
import { idParams, pageParams } from '../schemas.js';

const listQuery = z.strictObject({ status: z.enum(['pending', 'sending', 'sent', 'dead']).optional(), ...pageParams });

/** The alert routes. */
export const alertRoutes: FastifyPluginAsyncZod<ApiContext> = async (scope, ctx) => {
  scope.get(
    '/alerts',
    { schema: { tags: ['alerts'], summary: 'Alerts and notices with their delivery state, newest first', querystring: listQuery } },
    async (request) => {
      const { status, page, pageSize } = request.query;
      const principal = request.principal;
      return listAlerts(ctx.prisma, { status, ...(principal.kind === 'officer' ? { personId: principal.personId } : {}) }, { page, pageSize });
    },
  );

  scope.post(
    '/alerts/:id/retry',
    { schema: { tags: ['alerts'], summary: 'Send a dead letter again (admin)', params: idParams } },
    async (request) => {
      requireAdmin(request.principal);
      const now = ctx.clock();
      const result = await ctx.transactions.transaction(async (tx) => {
        const outcome = await retryDeadAlert(tx.db, request.params.id, now);
        if (outcome === 'retried') {
          await tx.app.audit.record({ ...auditActor(request.principal), action: 'alert.retry', targetType: 'alert', targetId: request.params.id, via: 'api' }, now);
        }
        return outcome;
      });
      if (result === 'missing') throw new NotFoundError('No alert with this id.');
      if (result === 'not_dead') throw new ConflictError('Only a dead letter can be retried.');
      ctx.afterWrite?.();
      return { id: request.params.id, status: 'pending' as const };
    },
  );
};
