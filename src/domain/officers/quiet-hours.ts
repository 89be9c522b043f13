/**
 * Quiet hours as officers type them ("21-06", "21:30-05:45", "21.00 - 6.00", "jam 9 malam
 * sampai jam 6 pagi", "pukul 21.00 - 06.00 WIB", "21 s.d. 06", "between 10pm and 5am"; one end
 * alone, "mulai jam 10 mlm", "sampai jam 5 pagi", "jangan kirim setelah jam 21") and as they are shown, in minutes after
 * midnight, Asia/Jakarta. A range may wrap past midnight; the dispatcher holds alerts inside it.
 */

/** A quiet-hours range; start may be after end (wraps past midnight). */
export interface QuietHours {
  readonly startMin: number;
  readonly endMin: number;
}

/** A time, and the part of the day said with it ("9 malam", "10 mlm", "06.00", "5 pagi"). */
const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*(pagi|pgi|subuh|siang|sore|petang|malam|malem|mlm|am|pm)?`;
/** The parts of the day as chat shortens them ("10 mlm", "jam 5 pgi"), by their full word. */
const PART_SPELLINGS: Readonly<Record<string, string>> = { mlm: 'malam', malem: 'malam', pgi: 'pagi' };
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

/** The hours the panel's example gives (21:00–06:00): the other end of a range said with one end only. */
export const USUAL_QUIET_HOURS: QuietHours = { startMin: 21 * 60, endMin: 6 * 60 };

/** One end of the quiet hours said alone: "mulai jam 10 mlm" (the start), "sampai jam 5 pagi" (the end). */
export interface QuietEdge {
  readonly edge: 'start' | 'end';
  readonly min: number;
}

/**
 * The words before one end: its start ("mulai", "dari"; "setelah", "lewat", "after" when said as
 * when alerts may come no more: "jangan kirim setelah jam 21") or its end ("sampai"; "sebelum",
 * "before": "no alerts before 6am").
 */
const START_WORDS = String.raw`mulai|dari|start(?:ing)?(?:\s+at)?|from|setelah|stlh|sesudah|lewat|after|past`;
const START = new RegExp(`^(?:${START_WORDS})$`, 'u');
const EDGE_WORDS = String.raw`(${START_WORDS}|sampai|sampe|smp|hingga|until|till|sebelum|sblm|before)`;
/** An end said at the end of the words: "… mulai jam 10 mlm ya", "dari pukul 21.00 WIB", "sampai jam 5 pagi". */
const EDGE = new RegExp(String.raw`(?:^|\s)${EDGE_WORDS}\s+(?:(?:jam|pukul|pkl)\.?\s*)?${TIME}(?:\s*wib)?(?:\s+(?:ya|aja|saja|dong|deh|pak|bu|min|kak))*\s*[.!]*$`, 'iu');

/** The one end of the quiet hours the words say, or null (a range, or no time after "mulai"/"sampai"). */
export function parseQuietEdge(text: string): QuietEdge | null {
  const match = EDGE.exec(text.toLowerCase().replace(/\s+/g, ' ').trim());
  if (!match) return null;
  const min = minutes(match[2]!, match[3], match[4]);
  if (min === null) return null;
  return { edge: START.test(match[1]!) ? 'start' : 'end', min };
}

/**
 * The range an end said alone makes, with the other end of the hours in force (or, with none,
 * of {@link USUAL_QUIET_HOURS}); null when both ends would be the same minute.
 */
export function rangeWithEdge(edge: QuietEdge, current: Partial<QuietHours>): QuietHours | null {
  const range =
    edge.edge === 'start'
      ? { startMin: edge.min, endMin: current.endMin ?? USUAL_QUIET_HOURS.endMin }
      : { startMin: current.startMin ?? USUAL_QUIET_HOURS.startMin, endMin: edge.min };
  return range.startMin === range.endMin ? null : range;
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

function minutes(hours: string, mins: string | undefined, said: string | undefined): number | null {
  const part = said === undefined ? undefined : (PART_SPELLINGS[said] ?? said);
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
