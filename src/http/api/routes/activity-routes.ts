/** Activities: the list, one activity, and the verdict on a pending activity. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { activityPhotoFile, listActivityPhotos } from '../../../storage/admin/activity-photos.js';
import { activityById, listActivities } from '../../../storage/admin/activity-queries.js';
import { groupsLedBy } from '../../../storage/admin/led-groups.js';
import { NotFoundError } from '../../errors.js';
import { requireCovered } from '../access.js';
import type { ApiContext } from '../context.js';
import { knownListScope } from '../known-region.js';
import { dateParam, idParams, pageParams, prefixParam, verificationBody, verificationState, withDateRange } from '../schemas.js';
import { decideThroughApi } from './verification.js';
import { photoHttpAnswer } from '../../../core/media.js';

const listQuery = withDateRange(
  z.strictObject({
    prefix: prefixParam,
    verification: verificationState.optional(),
    from: dateParam.optional().describe('first activity date, YYYY-MM-DD'),
    to: dateParam.optional().describe('last activity date, YYYY-MM-DD (not before from)'),
    ...pageParams,
  }),
);

/** The activity routes. */
export const activityRoutes: FastifyPluginAsyncZod<ApiContext> = async (scope, ctx) => {
  scope.get(
    '/activities',
    { schema: { tags: ['activities'], summary: 'Activities in the caller’s areas, latest date first', querystring: listQuery } },
    async (request) => {
      const { prefix, verification, from, to, page, pageSize } = request.query;
      const list = await listActivities(ctx.prisma, { scope: await knownListScope(ctx.prisma, request.principal, prefix), verification, from, to }, { page, pageSize });
      // `youLead`: the caller leads the reporting group, so someone else must verify it.
      const led = await groupsLedBy(ctx.prisma, request.principal.personId, list.items.map((activity) => activity.reportingGroup?.id));
      return { ...list, items: list.items.map((activity) => ({ ...activity, youLead: activity.reportingGroup !== null && led.has(activity.reportingGroup.id) })) };
    },
  );

  scope.get('/activities/:id', { schema: { tags: ['activities'], summary: 'One activity', params: idParams } }, async (request) => {
    const activity = await activityById(ctx.prisma, request.params.id);
    if (!activity) throw new NotFoundError('No activity with this id.');
    requireCovered(request.principal, activity.villageCode, 'activity');
    const led = await groupsLedBy(ctx.prisma, request.principal.personId, [activity.reportingGroup?.id]);
    return { ...activity, youLead: activity.reportingGroup !== null && led.has(activity.reportingGroup.id) };
  });

  // Photos: only for whoever may see the activity (its area's officers, admins); never cached
  // by shared caches, and only ever reached with the bearer token (no public URL).
  scope.get('/activities/:id/photos', { schema: { tags: ['activities'], summary: 'The photos of an activity (without the images)', params: idParams } }, async (request, reply) => {
    const activity = await activityById(ctx.prisma, request.params.id);
    if (!activity) throw new NotFoundError('No activity with this id.');
    requireCovered(request.principal, activity.villageCode, 'activity');
    reply.header('cache-control', 'private, no-store');
    return { items: await listActivityPhotos(ctx.prisma, activity.id) };
  });

  scope.get(
    '/activities/:id/photos/:photoId',
    { schema: { tags: ['activities'], summary: 'One photo of an activity (image/jpeg)', params: z.object({ id: z.uuid(), photoId: z.uuid() }) } },
    async (request, reply) => {
      const activity = await activityById(ctx.prisma, request.params.id);
      if (!activity) throw new NotFoundError('No activity with this id.');
      requireCovered(request.principal, activity.villageCode, 'activity');
      const photo = await activityPhotoFile(ctx.prisma, activity.id, request.params.photoId);
      if (!photo) throw new NotFoundError('No photo with this id.');
      const answer = photoHttpAnswer(photo);
      return reply.type(answer.type).headers(answer.headers).send(answer.body);
    },
  );

  scope.post(
    '/activities/:id/verification',
    { schema: { tags: ['activities'], summary: 'Verify or reject a pending activity (leaders are told)', params: idParams, body: verificationBody } },
    async (request) => decideThroughApi(ctx, request.principal, 'activity', request.params.id, request.body),
  );
};
