/**
 * The officer jobs as the scheduler (src/core/scheduler) runs them, once per period across
 * every app instance: the daily inactive-groups check and dormancy sweep, and the weekly
 * digest. The composition root registers them: `officerJobs(settings).forEach((job) =>
 * scheduler.register(job))`.
 */
import type { EventBus } from '../../core/events.js';
import type { PeriodicJob } from '../../core/scheduler/ports.js';
import type { StatusThresholds } from '../status/status.js';
import type { DomainTx } from '../model/tx.js';
import { checkDormantAreas } from './dormancy-job.js';
import { checkInactiveGroups } from './inactive-groups-job.js';
import { weeklyDigest } from './weekly-digest-job.js';

/** When and how the officer jobs run (from the configuration), and the bus their events go to. */
export interface OfficerJobSettings<Tx> {
  /** A group without activity this many days is reported (ALERT_INACTIVE_DAYS). */
  readonly inactiveDays: number;
  /** Hour (WIB) of the daily checks (ALERT_DAILY_HOUR). */
  readonly dailyHour: number;
  /** ISO weekday of the digest, 1 = Monday (DIGEST_WEEKDAY). */
  readonly digestWeekday: number;
  /** Hour (WIB) of the digest (DIGEST_HOUR). */
  readonly digestHour: number;
  readonly thresholds: StatusThresholds;
  /** The app's one event bus: a level changed by the dormancy sweep is alerted like any other. */
  readonly events: Pick<EventBus<Tx>, 'emitter'>;
}

/** Names are the JobRun keys: stable, so a restart never re-runs a finished period. */
export const OFFICER_JOB_NAMES = {
  inactiveGroups: 'officers.inactive-groups',
  dormancy: 'officers.dormancy',
  weeklyDigest: 'officers.weekly-digest',
} as const;

/** The three officer jobs. */
export function officerJobs<Tx extends DomainTx>(settings: OfficerJobSettings<Tx>): PeriodicJob<Tx>[] {
  const daily = { kind: 'daily', hour: settings.dailyHour } as const;
  return [
    {
      name: OFFICER_JOB_NAMES.dormancy,
      schedule: daily,
      // Before the inactive check of the same morning, so a desa turning Dorman is told first.
      run: async (tx, { now }) => void (await checkDormantAreas(tx, now, settings.thresholds, settings.events.emitter(tx, now))),
    },
    {
      name: OFFICER_JOB_NAMES.inactiveGroups,
      schedule: daily,
      run: async (tx, { now }) => void (await checkInactiveGroups(tx, now, settings.inactiveDays)),
    },
    {
      name: OFFICER_JOB_NAMES.weeklyDigest,
      schedule: { kind: 'weekly', weekday: settings.digestWeekday, hour: settings.digestHour },
      run: async (tx, { now }) => void (await weeklyDigest(tx, now)),
    },
  ];
}
