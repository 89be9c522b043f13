/**
 * Quiet hours as officers type them ("21-06", "21:30-05:45", "21.00 - 6.00", "jam 9 malam
 * sampai jam 6 pagi", "pukul 21.00 - 06.00 WIB", "21 s.d. 06", "between 10pm and 5am") and as they are shown, in minutes after
 * midnight, Asia/Jakarta. A range may wrap past midnight; the dispatcher holds alerts inside it.
 */

/** A quiet-hours range; start may be after end (wraps past midnight). */
export interface QuietHours {
  readonly startMin: number;
  readonly endMin: number;
}

/** A time, and the part of the day said with it ("9 malam", "06.00", "5 pagi"). */
const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*(pagi|subuh|siang|sore|petang|malam|am|pm)?`;
// "s.d." as forms write it; "antara jam 10 dan jam 5", "between 10pm and 5am" (the "antara"/"between" is noise).
const SEPARATOR = String.raw`(?:-|–|—|s/?d|s\.d\.?|sd|sampai|sampe|smp|hingga|dan|to|until|till|and)`;
const RANGE = new RegExp(`^${TIME}\\s*${SEPARATOR}\\s*${TIME}$`, 'i');
/** Words around the times that say nothing of them: "dari jam", "pukul", "WIB". */
const NOISE = /\b(?:dari|mulai|antara|jam|pukul|pkl|wib|from|between)\b\.?/gi;

/** Reads a range; null when it is not one, or start equals end (an empty or full day). */
export function parseQuietHours(text: string): QuietHours | null {
  const plain = text.toLowerCase().replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
  const match = RANGE.exec(plain);
  if (!match) return null;
  const start = minutes(match[1]!, match[2], match[3]);
  const end = minutes(match[4]!, match[5], match[6]);
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

function minutes(hours: string, mins: string | undefined, part: string | undefined): number | null {
  let h = Number(hours);
  const m = mins === undefined ? 0 : Number(mins);
  // "24" is accepted as midnight, the way people say "sampai jam 24".
  if (h === 24 && m === 0 && part === undefined) return 0;
  if (part !== undefined) {
    // A 12-hour time said with its part of the day: "9 malam" is 21, "2 siang" 14, "12 malam" midnight.
    if (h < 1 || h > 12) return null;
    // "5 subuh" is dawn, a morning hour.
    if (part === 'pagi' || part === 'subuh' || part === 'am') h = h === 12 ? 0 : h;
    else if (part === 'siang') h = h === 12 || h === 11 ? h : h + 12;
    else if (part === 'malam') h = h === 12 ? 0 : h >= 6 ? h + 12 : h;
    else h = h === 12 ? 12 : h + 12; // sore, petang, pm
  }
  return h <= 23 && m <= 59 ? h * 60 + m : null;
}
