/**
 * Who may do what in the admin API: the area scope of a list, coverage of one record,
 * admin-only routes, and the actor an audit entry names.
 */
import type { AuditActorKind } from '../../domain/model/audit.js';
import { principalCovers, scopePrefixes, type Principal } from '../../domain/access/principal.js';
import type { AreaScope } from '../../storage/admin/scope.js';
import { ForbiddenError, NotFoundError } from '../errors.js';

/** A request that conflicts with the record's state (already decided, not a dead letter). */
export class ConflictError extends Error {
  readonly statusCode = 409;
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/**
 * The scope of a list filtered by `prefix`: everything for the admin without a filter,
 * the officer's own areas inside the filter, or 403 when the filter lies outside them.
 */
export function listScope(principal: Principal, prefix: string | undefined): AreaScope {
  const scope = scopePrefixes(principal, prefix);
  if (scope !== 'all' && scope.length === 0) throw new ForbiddenError(`The area ${prefix ?? ''} is outside your areas.`);
  return scope;
}

/** A single record of a desa outside the officer's areas is answered as missing (404). */
export function requireCovered(principal: Principal, villageCode: string, what: string): void {
  if (!principalCovers(principal, villageCode)) throw new NotFoundError(`No ${what} with this id.`);
}

/** Admin-only routes answer 403 to officers. */
export function requireAdmin(principal: Principal): void {
  if (principal.kind !== 'admin') throw new ForbiddenError('Only an admin may do this.');
}

/** Routes for the ADMIN_TOKEN holder only (e.g. making someone an admin). */
export function requireAdminToken(principal: Principal): void {
  if (principal.kind !== 'admin' || principal.personId !== null) throw new ForbiddenError('Only the ADMIN_TOKEN may do this.');
}

/** The actor of an audit entry. */
export function auditActor(principal: Principal): { readonly actorKind: AuditActorKind; readonly actorId: string | null } {
  return { actorKind: principal.kind, actorId: principal.personId };
}
