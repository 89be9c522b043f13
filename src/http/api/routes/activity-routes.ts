/** Activities: the list, one activity, and the verdict on a pending activity. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { activityById, listActivities } from '../../../storage/admin/activity-queries.js';
import { NotFoundError } from '../../errors.js';
import { listScope, requireCovered } from '../access.js';
import type { ApiContext } from '../context.js';
import { dateParam, idParams, pageParams, prefixParam, verificationBody, verificationState } from '../schemas.js';
import { decideThroughApi } from './verification.js';

const listQuery = z.object({
  prefix: prefixParam,
  verification: verificationState.optional(),
  from: dateParam.optional().describe('first activity date, YYYY-MM-DD'),
  to: dateParam.optional().describe('last activity date, YYYY-MM-DD'),
  ...pageParams,
});

/** The activity routes. */
export const activityRoutes: FastifyPluginAsyncZod<ApiContext> = async (scope, ctx) => {
  scope.get(
    '/activities',
    { schema: { tags: ['activities'], summary: 'Activities in the caller’s areas, latest date first', querystring: listQuery } },
    async (request) => {
      const { prefix, verification, from, to, page, pageSize } = request.query;
      return listActivities(ctx.prisma, { scope: listScope(request.principal, prefix), verification, from, to }, { page, pageSize });
    },
  );

  scope.get('/activities/:id', { schema: { tags: ['activities'], summary: 'One activity', params: idParams } }, async (request) => {
    const activity = await activityById(ctx.prisma, request.params.id);
    if (!activity) throw new NotFoundError('No activity with this id.');
    requireCovered(request.principal, activity.villageCode, 'activity');
    return activity;
  });

  scope.post(
    '/activities/:id/verification',
    { schema: { tags: ['activities'], summary: 'Verify or reject a pending activity (leaders are told)', params: idParams, body: verificationBody } },
    async (request) => decideThroughApi(ctx, request.principal, 'activity', request.params.id, request.body),
  );
};
