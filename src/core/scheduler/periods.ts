/**
 * When a periodic job is due, as a period key: the scheduler runs a job once per key, so
 * the key both names the run and makes it unique across app instances (JobRun's id).
 * Everything is in Jakarta local time, the time officers live by.
 */
import { jakartaTime, type JakartaTime } from './jakarta.js';

const DAY_MS = 24 * 60 * 60_000;

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
    return local.minuteOfDay >= startMinute ? dayKey(local) : null;
  }
  const started = local.weekday > schedule.weekday || (local.weekday === schedule.weekday && local.minuteOfDay >= startMinute);
  return started ? isoWeekKey(local) : null;
}

/** 'YYYY-MM-DD' of the Jakarta date of `now`. */
export function jakartaDayKey(now: Date): string {
  return dayKey(jakartaTime(now));
}

/** ISO 8601 week 'YYYY-Www' of the Jakarta date of `now` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function jakartaIsoWeekKey(now: Date): string {
  return isoWeekKey(jakartaTime(now));
}

function dayKey(local: JakartaTime): string {
  return `${pad(local.year, 4)}-${pad(local.month, 2)}-${pad(local.day, 2)}`;
}

function isoWeekKey(local: JakartaTime): string {
  // The ISO year and week are those of the Thursday of the same Monday-based week.
  const date = Date.UTC(local.year, local.month - 1, local.day);
  const thursday = new Date(date + (4 - local.weekday) * DAY_MS);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / DAY_MS / 7) + 1;
  return `${pad(isoYear, 4)}-W${pad(week, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function assertSchedule(schedule: Schedule): void {
  const { hour, minute = 0 } = schedule;
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`schedule hour must be 0–23, got ${hour}`);
  if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw new RangeError(`schedule minute must be 0–59, got ${minute}`);
  if (schedule.kind === 'weekly' && (!Number.isInteger(schedule.weekday) || schedule.weekday < 1 || schedule.weekday > 7)) {
    throw new RangeError(`schedule weekday must be 1 (Monday) – 7 (Sunday), got ${schedule.weekday}`);
  }
}
