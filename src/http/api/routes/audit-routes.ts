/** The audit log (admin only). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit } from '../../../storage/admin/audit-queries.js';
import { requireAdmin } from '../access.js';
import type { ApiContext } from '../context.js';
import { pageParams } from '../schemas.js';

const listQuery = z.strictObject({
  action: z.string().trim().min(1).max(100).optional().describe('e.g. group.verify'),
  actorId: z.uuid().optional(),
  targetType: z.string().trim().min(1).max(50).optional(),
  targetId: z.string().trim().min(1).max(100).optional(),
  ...pageParams,
});

/** The audit route. */
export const auditRoutes: FastifyPluginAsyncZod<ApiContext> = async (scope, ctx) => {
  scope.get('/audit', { schema: { tags: ['audit'], summary: 'Audit log, newest first (admin)', querystring: listQuery } }, async (request) => {
    requireAdmin(request.principal);
    const { page, pageSize, ...filter } = request.query;
    return listAudit(ctx.prisma, filter, { page, pageSize });
  });
};
