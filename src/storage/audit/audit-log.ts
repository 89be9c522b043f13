/**
 * {@link AuditLog}: one row per action, written in the action's transaction as plain SQL
 * (the chat's consent grant records one, so it is on a common path), and the latest entry of
 * an action on a target read back with who did it (rarely: what became of a record that is
 * gone, or who decided one already decided).
 */
import { randomUUID } from 'node:crypto';
import type { AuditActorKind, AuditLog } from '../../domain/model/audit.js';
import { jsonObject } from '../json-column.js';
import type { PrismaTx } from '../transaction-runner.js';
import { prismaSql, utc, type Sql } from '../unit-of-work/sql.js';

/** Builds the audit log on one transaction's plain SQL (by default through its Prisma client). */
export function createAuditLog(tx: PrismaTx, sql: Sql = prismaSql(tx)): AuditLog {
  return {
    async record(entry, at) {
      // No details is SQL NULL, not JSON null (as the column was always written).
      const details = entry.details ? JSON.stringify(jsonObject(entry.details)) : null;
      await sql.write(
        `INSERT INTO "AuditLog" ("id", "at", "actorKind", "actorId", "action", "targetType", "targetId", "details", "via")
         VALUES ($1::uuid, $2::timestamp(3), $3, $4::uuid, $5, $6::text, $7::text, $8::jsonb, $9)`,
        [randomUUID(), utc(at), entry.actorKind, entry.actorId ?? null, entry.action, entry.targetType ?? null, entry.targetId ?? null, details, entry.via],
      );
    },

    async latest(action, targetType, targetId) {
      // On the (targetType, targetId) index; "at" is stored as UTC, read as milliseconds.
      const rows = await sql.rows<{ atMs: number; actorKind: AuditActorKind; actorId: string | null; details: Record<string, unknown> | null }>(
        `SELECT (EXTRACT(EPOCH FROM "at") * 1000)::float8 AS "atMs", "actorKind", "actorId"::text AS "actorId", "details" FROM "AuditLog"
         WHERE "targetType" = $1 AND "targetId" = $2 AND "action" = $3 ORDER BY "at" DESC LIMIT 1`,
        [targetType, targetId, action],
      );
      const row = rows[0];
      return row ? { at: new Date(row.atMs), actorKind: row.actorKind, actorId: row.actorId, details: row.details } : null;
    },
  };
}
