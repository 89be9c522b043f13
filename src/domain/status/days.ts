/**
 * Day arithmetic for the status rules. Windows are counted in calendar days of Asia/Jakarta
 * (WIB), the time zone activity dates are entered in; the one to two hours of WITA/WIT
 * make no practical difference to windows of months.
 */

import { DAY_MS, jakartaDayNumber } from '../../core/time/wib.js';

/** The Jakarta calendar day of an instant, as a day number since 1970-01-01. */
export const localDay = jakartaDayNumber;

/** The day number of a calendar date stored as UTC midnight (a Prisma `@db.Date`). */
export function calendarDay(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** The calendar date (UTC midnight) `days` days before the Jakarta day of `now`. */
export function calendarDateDaysBefore(now: Date, days: number): Date {
  return new Date((localDay(now) - days) * DAY_MS);
}
