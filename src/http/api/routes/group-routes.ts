/** Groups: the list, one group with its leaders, the verdict on a pending group, and merging a group registered twice. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ketuaPhoneFor, phoneFor } from '../../../domain/access/principal.js';
import { groupById, groupLeaders, listGroups } from '../../../storage/admin/group-queries.js';
import { groupsLedBy } from '../../../storage/admin/led-groups.js';
import { NotFoundError } from '../../errors.js';
import { requireCovered } from '../access.js';
import type { ApiContext } from '../context.js';
import { knownListScope } from '../known-region.js';
import { booleanParam, idParams, pageParams, prefixParam, searchParam, verificationBody, verificationState } from '../schemas.js';
import { decideThroughApi } from './verification.js';
import { mergeBody, mergeThroughApi } from './group-merge.js';

const listQuery = z.strictObject({
  prefix: prefixParam,
  verification: verificationState.optional(),
  active: booleanParam.describe('true: not deactivated by its leader; false: deactivated'),
  q: searchParam('part of the group name; empty is no search'),
  ...pageParams,
});

/** The group routes. */
export const groupRoutes: FastifyPluginAsyncZod<ApiContext> = async (scope, ctx) => {
  scope.get('/groups', { schema: { tags: ['groups'], summary: 'Groups in the caller’s areas, newest first', querystring: listQuery } }, async (request) => {
    const { prefix, verification, active, q, page, pageSize } = request.query;
    const list = await listGroups(ctx.prisma, { scope: await knownListScope(ctx.prisma, request.principal, prefix), verification, active, q }, { page, pageSize });
    const led = await groupsLedBy(ctx.prisma, request.principal.personId, list.items.map((group) => group.id));
    // Each group's own ketua; the phone whole for the officers covering the desa (they verify
    // and may call), masked for everyone else. `youLead`: the caller's own group, which
    // someone else must verify or merge.
    return {
      ...list,
      items: list.items.map((group) => {
        const phone = ketuaPhoneFor(request.principal, group.villageCode, group.ketuaPhone);
        return { ...group, ketuaPhone: phone, ketua: group.ketuaName || group.ketuaPhone ? { name: group.ketuaName, phone } : null, youLead: led.has(group.id) };
      }),
    };
  });

  scope.get('/groups/:id', { schema: { tags: ['groups'], summary: 'One group with its leaders', params: idParams } }, async (request) => {
    const group = await groupById(ctx.prisma, request.params.id);
    if (!group) throw new NotFoundError('No group with this id.');
    requireCovered(request.principal, group.villageCode, 'group');
    const leaders = await groupLeaders(ctx.prisma, group.id);
    // The ketua's phone is whole for the officers of the desa; co-leaders' stay masked.
    return {
      ...group,
      youLead: request.principal.personId !== null && leaders.some((leader) => leader.personId === request.principal.personId && leader.status === 'active'),
      ketuaPhone: ketuaPhoneFor(request.principal, group.villageCode, group.ketuaPhone),
      leaders: leaders.map((leader) => ({ ...leader, phone: phoneFor(request.principal, leader.phone) })),
    };
  });

  scope.post(
    '/groups/:id/verification',
    { schema: { tags: ['groups'], summary: 'Verify or reject a pending group (leaders are told)', params: idParams, body: verificationBody } },
    async (request) => decideThroughApi(ctx, request.principal, 'group', request.params.id, request.body),
  );

  scope.post(
    '/groups/:id/merge',
    {
      schema: {
        tags: ['groups'],
        summary: 'Merge a group registered twice into the one that stays (same desa): leaders, activities and ties move, this one is deleted',
        params: idParams,
        body: mergeBody,
      },
    },
    async (request) => mergeThroughApi(ctx, request.principal, request.params.id, request.body),
  );
};
