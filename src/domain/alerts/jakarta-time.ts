/**
 * Calendar arithmetic in Asia/Jakarta (UTC+7 all year, no daylight saving), where the
 * bot's users live: job periods, digest weeks and dates in messages follow their calendar.
 */

const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Jakarta calendar date of an instant, "YYYY-MM-DD". */
export function jakartaDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The ISO week of an instant in Jakarta, e.g. "2026-W48" (the weekly digest's period). */
export function jakartaIsoWeek(at: Date): string {
  const local = new Date(at.getTime() + OFFSET_MS);
  const day = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
  // ISO weeks belong to the year of their Thursday.
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Whole Jakarta calendar days from date `from` to date `to` ("YYYY-MM-DD" each). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The Jakarta calendar date `days` days before the instant's date, "YYYY-MM-DD". */
export function jakartaDateDaysBefore(at: Date, days: number): string {
  return jakartaDate(new Date(at.getTime() - days * DAY_MS));
}
