/** The admin API's read of the audit log, newest first. */
import type { PrismaTx } from '../transaction-runner.js';
import type { Page, PageRequest } from './scope.js';

/** One audit entry. */
export interface AuditRow {
  id: string;
  at: Date;
  actorKind: string;
  actorId: string | null;
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
  const [items, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: [{ at: 'desc' }, { id: 'desc' }], skip: (page.page - 1) * page.pageSize, take: page.pageSize }),
    db.auditLog.count({ where }),
  ]);
  return { items, page: page.page, pageSize: page.pageSize, total };
}
