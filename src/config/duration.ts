/**
 * Durations in the environment are written the way people write them: "90s", "30m",
 * "24h", "7d". A plain number is milliseconds to {@link parseDuration}; where a person writes
 * one they mean days or hours, so the environment and the CLI ask for its unit ({@link bareNumber}).
 */
const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds for a duration string, or null when it is not one. */
export function parseDuration(value: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(value);
  if (!match) return null;
  const ms = Number(match[1]) * UNIT_MS[(match[2] ?? 'ms').toLowerCase()]!;
  return Number.isFinite(ms) ? Math.round(ms) : null;
}

/** The number `value` is when written without a unit ("90", meant as days: read as 90 ms), trimmed; null otherwise. */
export function bareNumber(value: string): string | null {
  return /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? value.trim() : null;
}
