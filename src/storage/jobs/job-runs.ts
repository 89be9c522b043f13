/**
 * "Once per period" on the JobRun table: the claim of (job, period) and the job's own
 * writes share one transaction, so a job either ran completely for a period or not at all
 * (a crash or an error rolls the claim back and the next tick runs it again).
 */
import type { Clock } from '../../core/ports.js';
import type { JobRunOutcome, OncePerPeriod } from '../../core/scheduler/ports.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { PrismaTx } from '../transaction-runner.js';

/** Options of {@link createJobRuns}. */
export interface JobRunsOptions {
  readonly clock?: Clock;
  /**
   * Longest a job's transaction may take (default 5 minutes): jobs scan more than a
   * message does. Waiting for the transaction to start is bounded by the same.
   */
  readonly timeoutMs?: number;
}

/**
 * A {@link OncePerPeriod} over Prisma whose jobs get `makeTx(tx)` (e.g. the app's
 * transaction object with every repository and the outbox) on the claim's transaction.
 */
export function createJobRuns<Tx>(prisma: PrismaClient, makeTx: (tx: PrismaTx) => Tx, options: JobRunsOptions = {}): OncePerPeriod<Tx> {
  const clock = options.clock ?? (() => new Date());
  const timeout = options.timeoutMs ?? 5 * 60_000;
  return {
    runOncePerPeriod: (job, period, fn) =>
      prisma.$transaction(
        async (tx): Promise<JobRunOutcome> => {
          // A transaction-scoped advisory lock, tried without waiting: while another
          // instance runs this (job, period), our INSERT would block on its uncommitted row
          // for the whole job; instead we learn "busy" at once and ask again next tick.
          const [lock] = await tx.$queryRaw<Array<{ locked: boolean }>>`
            SELECT pg_try_advisory_xact_lock(hashtext(${job}), hashtext(${period})) AS "locked"`;
          if (!lock?.locked) return 'busy';
          const now = clock();
          const claimed = await tx.$executeRaw`
            INSERT INTO "JobRun" ("job", "period", "startedAt", "doneAt")
            VALUES (${job}, ${period}, ${now}, NULL)
            ON CONFLICT ("job", "period") DO NOTHING`;
          if (claimed === 0) return 'already-done';
          await fn(makeTx(tx));
          await tx.jobRun.update({ where: { job_period: { job, period } }, data: { doneAt: clock() } });
          return 'ran';
        },
        { maxWait: timeout, timeout },
      ),
  };
}
