/**
 * What the scheduler needs from storage: a way to run a unit of work once per (job,
 * period) across every app instance on one database.
 */
import type { Schedule } from './periods.js';

/** How a {@link OncePerPeriod.runOncePerPeriod} call ended. */
export type JobRunOutcome =
  /** This call ran the job and committed its work. */
  | 'ran'
  /** The job had already run for this period (here or on another instance). */
  | 'already-done'
  /** Another instance is running it right now; ask again on a later tick. */
  | 'busy';

/** Runs work at most once per (job, period), all or nothing. */
export interface OncePerPeriod<Tx> {
  /**
   * Claims (job, period) and runs `fn` in the SAME transaction: if `fn` throws (or the
   * process dies) the claim rolls back with the job's writes, so a later call runs it again.
   * Rejects with `fn`'s error.
   */
  runOncePerPeriod(job: string, period: string, fn: (tx: Tx) => Promise<void>): Promise<JobRunOutcome>;
}

/** What a job learns about the run it is in. */
export interface JobContext {
  /** The period key, e.g. '2026-11-29' (daily) or '2026-W48' (weekly). */
  readonly period: string;
  /** The scheduler's clock reading at the tick. */
  readonly now: Date;
}

/** A job run on a schedule, once per period across all instances. */
export interface PeriodicJob<Tx> {
  /** Unique and stable: it is the JobRun key (renaming a job re-runs the current period). */
  readonly name: string;
  readonly schedule: Schedule;
  /** The job's work; every write goes through `tx` so that it commits with the claim. */
  run(tx: Tx, context: JobContext): Promise<void>;
}

/** A logger such as pino's. */
export interface SchedulerLogger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}
