/**
 * POST /api/groups/{id}/merge: a group registered twice merged into the one that stays
 * (src/domain/officers/merge-groups.ts), in one transaction with its audit entry, the
 * leaders' notice and the desa's refresh, as a verdict through the API is.
 */
import { z } from 'zod';
import type { Principal } from '../../../domain/access/principal.js';
import type { GroupMergeCounts } from '../../../domain/model/groups.js';
import { mergeGroupsAs } from '../../../domain/officers/merge-groups.js';
import { BadRequestError, ForbiddenError, NotFoundError } from '../../errors.js';
import { ConflictError } from '../access.js';
import type { ApiContext } from '../context.js';
import { deciderOf } from './verification.js';

/** Body of POST /groups/{id}/merge. */
export const mergeBody = z.strictObject({
  into: z.uuid().describe('the group that stays (same desa); the group of the path is merged into it and deleted'),
});

/** What the merge answers. */
export interface MergeAnswer {
  /** The group that stays. */
  readonly id: string;
  /** The group merged into it, deleted. */
  readonly mergedId: string;
  readonly moved: GroupMergeCounts;
}

/**
 * Merges group `id` into `body.into`; 404 for a group not found (or outside an officer's
 * areas, or any for someone no longer an officer), even merged into itself, then 400 for the same group, 403 when the caller
 * leads one of them, 409 for groups of two desa or a group to stay that no longer counts.
 */
export async function mergeThroughApi(ctx: ApiContext, principal: Principal, id: string, body: z.infer<typeof mergeBody>): Promise<MergeAnswer> {
  const decider = deciderOf(principal);
  const outcome = await ctx.transactions.transaction((tx) => {
    const now = ctx.clock();
    return mergeGroupsAs(tx.app, decider, { fromId: id, intoId: body.into }, now, ctx.events.emitter(tx.app, now), 'api');
  });
  switch (outcome.kind) {
    case 'merged':
      ctx.afterWrite?.();
      return { id: outcome.into.id, mergedId: outcome.from.id, moved: outcome.moved };
    case 'same':
      throw new BadRequestError('Invalid request body. into: must be another group than the one merged (the group of the path)');
    case 'forbidden':
      throw new NotFoundError('No group with this id.');
    case 'gone':
      throw new NotFoundError(outcome.which === 'from' ? 'No group with this id.' : `No group with the id ${body.into} (into).`);
    case 'own':
      throw new ForbiddenError('You lead one of these groups: another officer must merge them.');
    case 'otherDesa':
      throw new ConflictError(
        `The groups are in different desa (${outcome.from.villageCode} ${outcome.from.villageName}, ${outcome.into.villageCode} ${outcome.into.villageName}): only a group registered twice in one desa can be merged.`,
      );
    case 'intoNotCounted':
      throw new ConflictError(
        outcome.why === 'rejected'
          ? 'The group that would stay (into) was rejected: merge it into the other one instead, or decide on it first.'
          : 'The group that would stay (into) was ended by its leader: merge it into the other one instead.',
      );
  }
}
