/**
 * Officers' quiet hours: alerts wait until the quiet period ends instead of buzzing a phone
 * at night. Times are minutes after midnight in Jakarta (WIB); a period whose start is
 * after its end wraps midnight (21:00–06:00 is 1260–360).
 */
import { jakartaTime } from '../time/wib.js';
import type { QuietHours } from './ports.js';

const DAY_MIN = 24 * 60;

/**
 * Leaders' notices (kinds `leader.*`) are never sent between 21:00 and 06:00 WIB: they are
 * held and sent when the night ends. Leaders cannot change this (officers set their own).
 */
export const LEADER_QUIET_HOURS: QuietHours = { startMin: 21 * 60, endMin: 6 * 60 };

/** The quiet hours of an alert: the officer's own, or the leaders' night for a leader notice. */
export function quietHoursFor(kind: string, officerHours: QuietHours | null): QuietHours | null {
  if (officerHours) return officerHours;
  return kind.startsWith('leader.') ? LEADER_QUIET_HOURS : null;
}

/**
 * When a new alert is first due. A leader's notice recorded during the leaders' night is
 * due when it ends, from the start: claimed at once it would only be put back until morning
 * (a claim and an update for nothing). Anything else is due at `notBefore`, or now; an
 * officer's own quiet hours are read when the alert is claimed, so they apply as set then.
 */
export function firstDueAt(entry: { readonly kind: string; readonly officerId?: string | null; readonly notBefore?: Date }, now: Date): Date {
  const due = entry.notBefore ?? now;
  if ((entry.officerId ?? null) !== null) return due;
  const hours = quietHoursFor(entry.kind, null);
  const morning = hours ? quietUntil(hours, due) : null;
  return morning ?? due;
}

/**
 * When the quiet period `now` falls in ends, or null when `now` is outside it. A period
 * with equal start and end is empty (quiet hours switched off), never "all day".
 */
export function quietUntil(hours: QuietHours, now: Date): Date | null {
  const { startMin, endMin } = hours;
  if (startMin === endMin) return null;
  const local = jakartaTime(now);
  const minute = local.minuteOfDay;
  const quiet = startMin < endMin ? minute >= startMin && minute < endMin : minute >= startMin || minute < endMin;
  if (!quiet) return null;
  const minutesLeft = (endMin - minute + DAY_MIN) % DAY_MIN;
  const startOfMinute = now.getTime() - (local.msOfDay % 60_000);
  return new Date(startOfMinute + minutesLeft * 60_000);
}
