/**
 * Quiet hours as officers type them ("21-06", "21:30-05:45", "21.00 - 6.00") and as they
 * are shown, in minutes after midnight, Asia/Jakarta. A range may wrap past midnight;
 * the dispatcher holds alerts inside it.
 */

/** A quiet-hours range; start may be after end (wraps past midnight). */
export interface QuietHours {
  readonly startMin: number;
  readonly endMin: number;
}

const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?`;
const RANGE = new RegExp(`^(?:jam\\s+)?${TIME}\\s*(?:-|–|s/?d|sampai|to|until)\\s*${TIME}$`, 'i');

/** Reads a range; null when it is not one, or start equals end (an empty or full day). */
export function parseQuietHours(text: string): QuietHours | null {
  const match = RANGE.exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return null;
  const start = minutes(match[1]!, match[2]);
  const end = minutes(match[3]!, match[4]);
  if (start === null || end === null || start === end) return null;
  return { startMin: start, endMin: end };
}

/** "21:00" for 1260. */
export function formatMinutes(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** True when `minuteOfDay` falls inside the range (start inclusive, end exclusive). */
export function inQuietHours(range: QuietHours, minuteOfDay: number): boolean {
  return range.startMin < range.endMin
    ? minuteOfDay >= range.startMin && minuteOfDay < range.endMin
    : minuteOfDay >= range.startMin || minuteOfDay < range.endMin;
}

function minutes(hours: string, mins: string | undefined): number | null {
  const h = Number(hours);
  const m = mins === undefined ? 0 : Number(mins);
  // "24" is accepted as midnight, the way people say "sampai jam 24".
  if (h === 24 && m === 0) return 0;
  return h <= 23 && m <= 59 ? h * 60 + m : null;
}
