/**
 * Calendar days in Asia/Jakarta (WIB, UTC+7 all year: Indonesia has no daylight saving),
 * which is when the daily message cap starts over.
 */

const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Jakarta date of an instant, "YYYY-MM-DD". */
export function jakartaDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Milliseconds from `at` until the next midnight in Jakarta (never 0: at midnight, a day). */
export function msUntilJakartaMidnight(at: Date): number {
  const local = at.getTime() + OFFSET_MS;
  return DAY_MS - (((local % DAY_MS) + DAY_MS) % DAY_MS);
}
