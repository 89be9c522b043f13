/**
 * A `?prefix=` must be a region of the Kemendagri list: a code that is none ("34.04.99", a
 * typo) would otherwise filter every list and export down to nothing, and an empty file or
 * list reads as "this area has no groups". The area summary already answered 404 for it.
 */
import type { Principal } from '../../domain/access/principal.js';
import { regionsByCodes } from '../../storage/admin/area-summary.js';
import type { AreaScope } from '../../storage/admin/scope.js';
import type { PrismaTx } from '../../storage/transaction-runner.js';
import { NotFoundError } from '../errors.js';
import { listScope } from './access.js';

/** The 404 for a prefix that names no region, naming the code. */
export function unknownRegion(prefix: string): NotFoundError {
  return new NotFoundError(`No region with the code ${prefix}: check it (e.g. 34.04, 34.04.07, 34.04.07.2001), or find it with npm run areas -- <name>.`);
}

/** Whether `code` is in the region list. */
async function regionExists(db: PrismaTx, code: string): Promise<boolean> {
  return (await regionsByCodes(db, [code])).length > 0;
}

/**
 * The 404 for a `prefix` that names no region: the one check of every list, the statistics
 * and the exports (nothing when no prefix is given).
 */
export async function requireKnownRegion(db: PrismaTx, prefix: string | undefined): Promise<void> {
  if (prefix !== undefined && !(await regionExists(db, prefix))) throw unknownRegion(prefix);
}

/** The scope of a list filtered by `prefix` ({@link listScope}), after a 404 for a prefix that names no region. */
export async function knownListScope(db: PrismaTx, principal: Principal, prefix: string | undefined): Promise<AreaScope> {
  await requireKnownRegion(db, prefix);
  return listScope(principal, prefix);
}
