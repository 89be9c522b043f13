/**
 * When a periodic job is due, as a period key: the scheduler runs a job once per key, so
 * the key both names the run and makes it unique across app instances (JobRun's id).
 * Everything is in Jakarta local time, the time officers live by.
 */
import { jakartaDate, jakartaIsoWeek, jakartaTime } from '../time/wib.js';

/** When a job runs: once a day, or once an ISO week, from a local time on. */
export type Schedule =
  /** Every day, at or after `hour`:`minute` WIB; period 'YYYY-MM-DD'. */
  | { readonly kind: 'daily'; readonly hour: number; readonly minute?: number }
  /** Every ISO week, at or after `weekday` (1 = Monday … 7 = Sunday) `hour`:`minute` WIB; period 'YYYY-Www'. */
  | { readonly kind: 'weekly'; readonly weekday: number; readonly hour: number; readonly minute?: number };

/**
 * The period a job of this schedule is due for at `now`, or null when the current
 * period's start time has not come yet (e.g. a daily 07:00 job at 06:59 WIB). A run missed
 * while every instance was down happens at the next tick of the same period; an earlier
 * period is never caught up (the next one covers it).
 */
export function duePeriod(schedule: Schedule, now: Date): string | null {
  assertSchedule(schedule);
  const local = jakartaTime(now);
  const startMinute = schedule.hour * 60 + (schedule.minute ?? 0);
  if (schedule.kind === 'daily') {
    return local.minuteOfDay >= startMinute ? jakartaDate(now) : null;
  }
  const started = local.weekday > schedule.weekday || (local.weekday === schedule.weekday && local.minuteOfDay >= startMinute);
  return started ? jakartaIsoWeek(now) : null;
}

function assertSchedule(schedule: Schedule): void {
  const { hour, minute = 0 } = schedule;
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`schedule hour must be 0–23, got ${hour}`);
  if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw new RangeError(`schedule minute must be 0–59, got ${minute}`);
  if (schedule.kind === 'weekly' && (!Number.isInteger(schedule.weekday) || schedule.weekday < 1 || schedule.weekday > 7)) {
    throw new RangeError(`schedule weekday must be 1 (Monday) – 7 (Sunday), got ${schedule.weekday}`);
  }
}
