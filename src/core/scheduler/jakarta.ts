/**
 * Local time in Asia/Jakarta (WIB). Indonesia has had no daylight saving time since 1964,
 * so WIB is a fixed UTC+7 and plain arithmetic is exact (no time-zone database needed).
 */

/** WIB's offset from UTC. */
export const JAKARTA_OFFSET_MS = 7 * 60 * 60_000;

const DAY_MS = 24 * 60 * 60_000;

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
  const minuteOfDay = Math.floor(msOfDay / 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    minuteOfDay,
    msOfDay,
  };
}
