/** The dashboard's chart data and the latest level changes. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { jakartaMonth } from '../../../core/time/wib.js';
import { monthlyActivities } from '../../../storage/admin/activity-stats.js';
import { latestLevelChanges } from '../../../storage/admin/level-changes.js';
import type { ApiContext } from '../context.js';
import { knownListScope } from '../known-region.js';
import { prefixParam, wholeNumberParam } from '../schemas.js';

const statsQuery = z.strictObject({ prefix: prefixParam, months: wholeNumberParam(1, 36).default(12) });
const changesQuery = z.strictObject({ prefix: prefixParam, limit: wholeNumberParam(1, 500).default(50) });

/** The stats routes. */
export const statsRoutes: FastifyPluginAsyncZod<ApiContext> = async (scope, ctx) => {
  scope.get(
    '/stats/activities',
    { schema: { tags: ['stats'], summary: 'Activities and joint activities per month, the current month last', querystring: statsQuery } },
    async (request) => {
      const { prefix, months } = request.query;
      const areaScope = await knownListScope(ctx.prisma, request.principal, prefix);
      const now = ctx.clock();
      return monthlyActivities(ctx.prisma, areaScope, jakartaMonth(now, months - 1), jakartaMonth(now, 0), ctx.thresholds.minGroupsPerJointActivity);
    },
  );

  scope.get(
    '/level-changes',
    { schema: { tags: ['stats'], summary: 'Latest changes of desa levels, newest first', querystring: changesQuery } },
    async (request) => {
      const { prefix, limit } = request.query;
      return { items: await latestLevelChanges(ctx.prisma, await knownListScope(ctx.prisma, request.principal, prefix), limit) };
    },
  );
};
