/** Relations between groups. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listRelations } from '../../../storage/admin/relation-queries.js';
import type { ApiContext } from '../context.js';
import { knownListScope } from '../known-region.js';
import { pageParams, prefixParam } from '../schemas.js';

const listQuery = z.strictObject({ prefix: prefixParam, status: z.enum(['pending', 'confirmed', 'declined']).optional(), ...pageParams });

/** The relation routes. */
export const relationRoutes: FastifyPluginAsyncZod<ApiContext> = async (scope, ctx) => {
  scope.get(
    '/relations',
    { schema: { tags: ['relations'], summary: 'Relations between groups in the caller’s areas, newest first', querystring: listQuery } },
    async (request) => {
      const { prefix, status, page, pageSize } = request.query;
      return listRelations(ctx.prisma, { scope: await knownListScope(ctx.prisma, request.principal, prefix), status }, { page, pageSize });
    },
  );
};
