/**
 * The daily retention job (UU PDP 27/2022: data kept no longer than needed): conversation
 * state, processed message ids (with the replies kept for retries), web chat inbox items
 * (delivered or never fetched), replies left in the reply outbox, WhatsApp numbered lists,
 * finished alerts and the photos of rejected activities (rejected longer ago) older than
 * DATA_RETENTION are deleted, as are link, sign-in and officer invite codes expired and
 * dashboard tokens revoked or expired longer ago than that, as are draft photos of activities never saved after a day, in
 * batches, and a summary with the counts goes into the audit log. The composition root registers it:
 * `retentionJobs({ retentionMs: config.DATA_RETENTION }).forEach((job) => scheduler.register(job))`.
 */
import type { PeriodicJob } from '../../core/scheduler/ports.js';
import type { DomainTx } from '../model/tx.js';
import { RETENTION_TABLES, type RetentionTable } from '../model/privacy.js';

/** How the retention job runs. */
export interface RetentionSettings {
  /** Rows older than this (ms) are deleted (DATA_RETENTION). */
  readonly retentionMs: number;
  /**
   * People with nothing to keep (no group, role, consent or token) and no message for this
   * long (ms) are deleted (IDLE_PERSON_RETENTION); absent: they are kept.
   */
  readonly idlePersonMs?: number;
  /** Hour (WIB) of the daily run; default 3, when the bot is quiet. */
  readonly hour?: number;
  /** Rows per DELETE statement; default 1,000. */
  readonly batchSize?: number;
  /**
   * Batches per table and run; default 200 (200,000 rows). The job runs in one transaction
   * with a time limit, so a backlog larger than this (the first run on an old database) is
   * worked off over the following days rather than in one long transaction.
   */
  readonly maxBatches?: number;
}

/** Draft photos (of an activity being logged) older than this are purged. */
export const DRAFT_PHOTO_MAX_AGE_MS = 24 * 3_600_000;

/** The JobRun key: stable, so a restart never re-runs a finished day. */
export const RETENTION_JOB_NAME = 'privacy.retention';

/**
 * What one run deleted, per table (every table of RETENTION_TABLES; idle people only when
 * `idlePersonMs` is set), and whether it reached the end of every table.
 */
export interface RetentionReport {
  readonly deleted: Readonly<Partial<Record<RetentionTable | 'idlePeople', number>>>;
  readonly complete: boolean;
}

/** Deletes everything older than `now - retentionMs`, batch by batch, and audits the counts. */
export async function purgeExpired(tx: Pick<DomainTx, 'privacy' | 'audit'>, now: Date, settings: RetentionSettings): Promise<RetentionReport> {
  const batchSize = settings.batchSize ?? 1_000;
  const maxBatches = settings.maxBatches ?? 200;
  const cutoff = new Date(now.getTime() - settings.retentionMs);
  // Photos of an activity never saved are kept a day at most (the flow was left).
  const draftCutoff = new Date(Math.max(cutoff.getTime(), now.getTime() - DRAFT_PHOTO_MAX_AGE_MS));
  const deleted: Partial<Record<RetentionTable | 'idlePeople', number>> = {};
  let complete = true;
  /** Deletes batch after batch until one comes back short or the run's share is spent. */
  const drain = async (purge: () => Promise<number>): Promise<number> => {
    let total = 0;
    for (let batch = 0; ; batch++) {
      if (batch >= maxBatches) {
        complete = false;
        return total;
      }
      const count = await purge();
      total += count;
      if (count < batchSize) return total;
    }
  };
  for (const table of RETENTION_TABLES) {
    deleted[table] = await drain(() => tx.privacy.purgeBatch(table, table === 'draftPhotos' ? draftCutoff : cutoff, batchSize));
  }
  if (settings.idlePersonMs !== undefined) {
    const idleCutoff = new Date(now.getTime() - settings.idlePersonMs);
    deleted.idlePeople = await drain(() => tx.privacy.purgeIdlePeople(idleCutoff, batchSize));
  }
  await tx.audit.record(
    { actorKind: 'system', action: 'data.retention', details: { ...deleted, complete, cutoff: cutoff.toISOString() }, via: 'job' },
    now,
  );
  return { deleted, complete };
}

/** The retention job, for the scheduler. */
export function retentionJobs<Tx extends DomainTx>(settings: RetentionSettings): PeriodicJob<Tx>[] {
  return [
    {
      name: RETENTION_JOB_NAME,
      schedule: { kind: 'daily', hour: settings.hour ?? 3 },
      run: async (tx, { now }) => void (await purgeExpired(tx, now, settings)),
    },
  ];
}
