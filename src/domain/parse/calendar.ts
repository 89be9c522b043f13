/**
 * Calendar dates without a time of day. "Today" depends on the time zone: at 23:30 UTC it
 * is already tomorrow in Jakarta, so it is read off `now` with Intl, never from the server's
 * local zone. Day arithmetic goes through Date.UTC, which has no daylight-saving jumps.
 */

/** A day on the proleptic Gregorian calendar; month and day are 1-based. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Building a DateTimeFormat is slow; one per time zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `now` in `timeZone` (an IANA name such as "Asia/Jakarta"). */
export function todayIn(now: Date, timeZone: string): CivilDate {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** Days in a month (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the day exists: no 31 April, 29 February only in leap years. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The same day `years` years earlier; 29 February becomes 28 February in a common year. */
export function minusYears(date: CivilDate, years: number): CivilDate {
  const year = date.year - years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** YYYY-MM-DD. ISO strings of four-digit years compare correctly as strings. */
export function toIso(date: CivilDate): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Reads YYYY-MM-DD, or null when malformed or not a real day. */
export function fromIso(iso: string): CivilDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}
