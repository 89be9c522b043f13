/** The admin API's read of the audit log, newest first. */
import type { PrismaTx } from '../transaction-runner.js';
import type { Page, PageRequest } from './scope.js';

/** One audit entry. */
export interface AuditRow {
  id: string;
  at: Date;
  actorKind: string;
  actorId: string | null;
  /**
   * The actor's name as their person has it now (an officer's own, given in the chat); null
   * for the ADMIN_TOKEN holder, a person with no name, or one erased since (the entry keeps
   * only the id, so an erased name is not brought back).
   */
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
  via: string;
}

/** Filters of the audit list (all exact matches). */
export interface AuditFilter {
  readonly action?: string | undefined;
  readonly actorId?: string | undefined;
  readonly targetType?: string | undefined;
  readonly targetId?: string | undefined;
}

/** Audit entries matching the filter, newest first. */
export async function listAudit(db: PrismaTx, filter: AuditFilter, page: PageRequest): Promise<Page<AuditRow>> {
  const where = {
    ...(filter.action === undefined ? {} : { action: filter.action }),
    ...(filter.actorId === undefined ? {} : { actorId: filter.actorId }),
    ...(filter.targetType === undefined ? {} : { targetType: filter.targetType }),
    ...(filter.targetId === undefined ? {} : { targetId: filter.targetId }),
  };
  const [entries, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: [{ at: 'desc' }, { id: 'desc' }], skip: (page.page - 1) * page.pageSize, take: page.pageSize }),
    db.auditLog.count({ where }),
  ]);
  // One read for the page's actors, so that the log says who decided, not only an id.
  const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
  const people = actorIds.length === 0 ? [] : await db.person.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } });
  const names = new Map(people.map((person) => [person.id, person.displayName]));
  const items = entries.map((entry) => ({ ...entry, actorName: entry.actorId ? (names.get(entry.actorId) ?? null) : null }));
  return { items, page: page.page, pageSize: page.pageSize, total };
}
