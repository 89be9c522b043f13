/**
 * POST …/verification for groups and activities: the domain's own verdict logic
 * (src/domain/officers/verification.ts) in one transaction, so leaders are told, officers
 * alerted of a level change and the desa's status refreshed exactly as from the chat.
 */
import type { Principal } from '../../../domain/access/principal.js';
import { decideTargetAs, type Decider } from '../../../domain/officers/verification.js';
import type { VerifyTargetType } from '../../../domain/officers/verify-target.js';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import { ConflictError } from '../access.js';
import type { ApiContext } from '../context.js';

/** The stored verdict. */
export interface VerificationAnswer {
  readonly id: string;
  readonly type: VerifyTargetType;
  readonly verification: 'verified' | 'rejected';
}

/** Who decides as the caller: the admin (with or without a person) or an officer. */
export function deciderOf(principal: Principal): Decider {
  return principal.kind === 'admin' ? { kind: 'admin', personId: principal.personId } : { kind: 'officer', personId: principal.personId };
}

/**
 * Decides on a pending record; 404 outside the officer's areas (and for an activity its
 * reporter withdrew, saying so), 403 for one's own group, 409 when already decided or the
 * group was deactivated by its leader.
 */
export async function decideThroughApi(
  ctx: ApiContext,
  principal: Principal,
  type: VerifyTargetType,
  id: string,
  body: { readonly decision: 'verify' | 'reject'; readonly reason?: string | undefined },
): Promise<VerificationAnswer> {
  const verdict = body.decision === 'verify' ? 'verified' : 'rejected';
  const outcome = await ctx.transactions.transaction((tx) => {
    const now = ctx.clock();
    // The app's one event bus, in this transaction: the leaders' notice and the desa's refresh are committed with the verdict.
    return decideTargetAs(tx.app, deciderOf(principal), { type, id, verdict, reason: body.reason ?? null }, now, ctx.events.emitter(tx.app, now), 'api');
  });
  const what = type === 'group' ? 'group' : 'activity';
  switch (outcome.kind) {
    case 'recorded':
      ctx.afterWrite?.();
      return { id, type, verification: outcome.verdict };
    case 'forbidden':
    case 'gone':
      throw new NotFoundError(`No ${what} with this id.`);
    case 'own':
      throw new ForbiddenError(`You lead this ${what === 'group' ? 'group' : 'activity’s group'}: another officer must decide on it.`);
    case 'withdrawn':
      throw new NotFoundError(`This activity was withdrawn by its reporting group on ${outcome.date} ${outcome.time} WIB: there is nothing to verify.`);
    case 'ended':
      throw new ConflictError(`This group was deactivated by its leader${outcome.at ? ` on ${outcome.at.date}` : ''}: there is nothing to verify.`);
    case 'decided':
      throw new ConflictError(`This ${what} is already ${outcome.verification}.`);
  }
}
