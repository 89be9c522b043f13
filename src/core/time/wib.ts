/**
 * Time in Asia/Jakarta (WIB), the one time module of the bot. Indonesia has had no daylight
 * saving time since 1964, so WIB is a fixed UTC+7 and plain arithmetic is exact (no time-zone
 * database needed). Dates in messages, job periods (days, ISO weeks), quiet hours, the
 * WhatsApp daily cap and the status windows all follow this calendar; WITA/WIT users see the
 * same dates, which makes no practical difference to windows of days and months.
 */

/** WIB's offset from UTC. */
export const JAKARTA_OFFSET_MS = 7 * 60 * 60_000;

/** One calendar day. */
export const DAY_MS = 24 * 60 * 60_000;

/** A moment as a wall clock in Jakarta shows it. */
export interface JakartaTime {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
  /** Minutes after local midnight, 0–1439. */
  readonly minuteOfDay: number;
  /** Milliseconds since local midnight. */
  readonly msOfDay: number;
}

/** The Jakarta wall-clock reading of `date`. */
export function jakartaTime(date: Date): JakartaTime {
  const local = new Date(date.getTime() + JAKARTA_OFFSET_MS);
  const msOfDay = ((local.getTime() % DAY_MS) + DAY_MS) % DAY_MS;
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    minuteOfDay: Math.floor(msOfDay / 60_000),
    msOfDay,
  };
}

/** The Jakarta calendar date of an instant, "YYYY-MM-DD". */
export function jakartaDate(at: Date): string {
  return new Date(at.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Jakarta calendar date `days` days before the instant's date, "YYYY-MM-DD". */
export function jakartaDateDaysBefore(at: Date, days: number): string {
  return jakartaDate(new Date(at.getTime() - days * DAY_MS));
}

/** Whole calendar days from date `from` to date `to` ("YYYY-MM-DD" each). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The Jakarta calendar day of an instant, as a day number since 1970-01-01. */
export function jakartaDayNumber(at: Date): number {
  return Math.floor((at.getTime() + JAKARTA_OFFSET_MS) / DAY_MS);
}

/** "YYYY-MM" of an instant in Jakarta, shifted back by whole months. */
export function jakartaMonth(at: Date, monthsBack = 0): string {
  const local = new Date(at.getTime() + JAKARTA_OFFSET_MS);
  const index = local.getUTCFullYear() * 12 + local.getUTCMonth() - monthsBack;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The ISO week of an instant in Jakarta, e.g. "2026-W48" (the weekly digest's period). */
export function jakartaIsoWeek(at: Date): string {
  const local = jakartaTime(at);
  // The ISO year and week are those of the Thursday of the same Monday-based week.
  const thursday = new Date(Date.UTC(local.year, local.month - 1, local.day) + (4 - local.weekday) * DAY_MS);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / DAY_MS / 7) + 1;
  return `${String(isoYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** Milliseconds from `at` until the next midnight in Jakarta (never 0: at midnight, a day). */
export function msUntilJakartaMidnight(at: Date): number {
  return DAY_MS - jakartaTime(at).msOfDay;
}
