/** {@link AuditLog} over Prisma: one row per action, written in the action's transaction. */
import type { AuditLog } from '../../domain/model/audit.js';
import { jsonObject } from '../json-column.js';
import type { PrismaTx } from '../transaction-runner.js';

/** Builds the audit log on one transaction client. */
export function createAuditLog(tx: PrismaTx): AuditLog {
  return {
    async record(entry, at) {
      await tx.auditLog.create({
        data: {
          at,
          actorKind: entry.actorKind,
          actorId: entry.actorId ?? null,
          action: entry.action,
          targetType: entry.targetType ?? null,
          targetId: entry.targetId ?? null,
          ...(entry.details ? { details: jsonObject(entry.details) } : {}),
          via: entry.via,
        },
      });
    },
  };
}
