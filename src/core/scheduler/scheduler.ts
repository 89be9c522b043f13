/**
 * A tiny scheduler for periodic jobs that must run once per period across app instances
 * (the daily inactive-groups check, the weekly digest). Every instance runs one; each tick
 * asks storage to run each due job for its period, and the database decides who does it.
 *
 * ```ts
 * const scheduler = new Scheduler({ runs: createJobRuns(prisma, (tx) => new PrismaAppTx(tx)), clock });
 * scheduler.register({ name: 'officers.inactive-groups', schedule: { kind: 'daily', hour: 7 }, run: (tx, { now }) => … });
 * scheduler.start();
 * await scheduler.stop();
 * ```
 */
import type { Clock } from '../ports.js';
import { duePeriod } from './periods.js';
import type { JobRunOutcome, OncePerPeriod, PeriodicJob, SchedulerLogger } from './ports.js';
import { realSleep, type Sleep } from './sleep.js';

/** Everything a {@link Scheduler} is built from. */
export interface SchedulerOptions<Tx> {
  readonly runs: OncePerPeriod<Tx>;
  readonly clock: Clock;
  readonly sleep?: Sleep;
  /** Time between ticks (default one minute). */
  readonly tickMs?: number;
  readonly logger?: SchedulerLogger;
  /** Called after a job's work committed (e.g. to wake the outbox dispatcher for the alerts it wrote). */
  readonly onRan?: (job: string, period: string) => void;
}

/** What one tick did, per job that was due. */
export type TickReport = Record<string, JobRunOutcome | 'failed'>;

const silent: SchedulerLogger = { info: () => undefined, error: () => undefined };

/** Runs registered jobs once per period; see the module comment. */
export class Scheduler<Tx> {
  readonly #options: SchedulerOptions<Tx>;
  readonly #jobs = new Map<string, PeriodicJob<Tx>>();
  /** The last period each job is known to be done for: spares the database a query per minute. */
  readonly #done = new Map<string, string>();
  #stop: AbortController | undefined;
  #loop: Promise<void> | undefined;
  #ticking: Promise<TickReport> | undefined;

  constructor(options: SchedulerOptions<Tx>) {
    this.#options = options;
  }

  /** Adds a job; names must be unique. Returns this, for chaining. */
  register(job: PeriodicJob<Tx>): this {
    if (this.#jobs.has(job.name)) throw new Error(`scheduler: a job named "${job.name}" is registered already`);
    duePeriod(job.schedule, new Date(0)); // validates the schedule now rather than at the first tick
    this.#jobs.set(job.name, job);
    return this;
  }

  /** Ticks now and then every `tickMs` until {@link stop}. */
  start(): void {
    if (this.#loop) return;
    const stop = new AbortController();
    this.#stop = stop;
    const sleep = this.#options.sleep ?? realSleep;
    const tickMs = this.#options.tickMs ?? 60_000;
    this.#loop = (async () => {
      while (!stop.signal.aborted) {
        await this.tick();
        await sleep(tickMs, stop.signal);
      }
    })();
  }

  /** Stops ticking; resolves once a job in progress has finished. */
  async stop(): Promise<void> {
    this.#stop?.abort();
    await this.#loop;
    await this.#ticking;
    this.#loop = undefined;
  }

  /**
   * Runs every job that is due and not known to be done, one after another. A failed job
   * is logged and tried again at the next tick. Never rejects. Overlapping calls share one tick.
   */
  tick(): Promise<TickReport> {
    this.#ticking ??= this.#tick().finally(() => {
      this.#ticking = undefined;
    });
    return this.#ticking;
  }

  async #tick(): Promise<TickReport> {
    const report: TickReport = {};
    for (const job of this.#jobs.values()) {
      const now = this.#options.clock();
      const period = duePeriod(job.schedule, now);
      if (period === null || this.#done.get(job.name) === period) continue;
      try {
        const outcome = await this.#options.runs.runOncePerPeriod(job.name, period, (tx) => job.run(tx, { period, now }));
        report[job.name] = outcome;
        if (outcome !== 'busy') this.#done.set(job.name, period);
        if (outcome === 'ran') {
          this.#options.logger?.info({ job: job.name, period }, 'scheduler: job ran');
          this.#options.onRan?.(job.name, period);
        }
      } catch (error) {
        report[job.name] = 'failed';
        (this.#options.logger ?? silent).error({ err: error, job: job.name, period }, 'scheduler: job failed; it runs again at the next tick');
      }
    }
    return report;
  }
}
