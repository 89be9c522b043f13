/**
 * What the export routes read and write, over Prisma: row batches for each export and the
 * audit entry of each download. The HTTP layer sees this interface, never the client.
 */
import type { AuditEntry } from '../../domain/model/audit.js';
import { createAppTransactionRunner } from '../app-tx.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { activityExportBatches, type ActivityExportFilter, type ActivityExportRow } from './activity-rows.js';
import { areaExportBatches, type AreaExportRow } from './area-rows.js';
import type { ExportScope } from './export-scope.js';
import { groupExportBatches, type GroupExportRow } from './group-rows.js';

export type { ActivityExportFilter, ActivityExportRow } from './activity-rows.js';
export type { AreaExportRow } from './area-rows.js';
export type { ExportScope } from './export-scope.js';
export type { GroupExportRow } from './group-rows.js';

/** Row batches for the exports, read lazily: each batch is queried when the previous one was consumed. */
export interface ExportSource {
  groups(scope: ExportScope, batchSize: number): AsyncIterable<GroupExportRow[]>;
  activities(filter: ActivityExportFilter, batchSize: number): AsyncIterable<ActivityExportRow[]>;
  /** Desa with their status facts; `since` is the earliest activity date the status rules read. */
  areas(scope: ExportScope, since: Date, batchSize: number): AsyncIterable<AreaExportRow[]>;
  /** Writes one audit entry in its own transaction. */
  audit(entry: AuditEntry, at: Date): Promise<void>;
}

/** The export source over a Prisma client (either database). */
export function createExportSource(prisma: PrismaClient): ExportSource {
  const runner = createAppTransactionRunner(prisma);
  return {
    groups: (scope, batchSize) => groupExportBatches(prisma, scope, batchSize),
    activities: (filter, batchSize) => activityExportBatches(prisma, filter, batchSize),
    areas: (scope, since, batchSize) => areaExportBatches(prisma, scope, since, batchSize),
    audit: (entry, at) => runner.transaction((tx) => tx.audit.record(entry, at)),
  };
}
