/** Quiet hours as typed, and the Jakarta calendar of jobs and digests. */
import { describe, expect, it } from 'vitest';
import { daysBetween, jakartaDate, jakartaDateDaysBefore, jakartaIsoWeek } from '../../../src/core/time/wib.js';
import { formatMinutes, inQuietHours, parseQuietEdge, parseQuietHours, rangeWithEdge } from '../../../src/domain/officers/quiet-hours.js';

describe('quiet hours', () => {
  it('are read the ways people type them', () => {
    expect(parseQuietHours('21-06')).toEqual({ startMin: 21 * 60, endMin: 6 * 60 });
    expect(parseQuietHours('21:30 - 05:45')).toEqual({ startMin: 21 * 60 + 30, endMin: 5 * 60 + 45 });
    expect(parseQuietHours('jam 22.00 sampai 24')).toEqual({ startMin: 22 * 60, endMin: 0 });
    expect(parseQuietHours('13 s/d 15')).toEqual({ startMin: 13 * 60, endMin: 15 * 60 });
    expect(parseQuietHours('12-12')).toBeNull();
    expect(parseQuietHours('25-06')).toBeNull();
    expect(parseQuietHours('malam')).toBeNull();
  });

  it('are read by one end said alone, the other kept or the usual one', () => {
    expect(parseQuietEdge('mulai jam 10 mlm')).toEqual({ edge: 'start', min: 22 * 60 });
    expect(parseQuietEdge('dari jam 21')).toEqual({ edge: 'start', min: 21 * 60 });
    expect(parseQuietEdge('jam tenang mulai pukul 22.30 WIB ya')).toEqual({ edge: 'start', min: 22 * 60 + 30 });
    expect(parseQuietEdge('sampai jam 5 pagi')).toEqual({ edge: 'end', min: 5 * 60 });
    expect(parseQuietEdge('until 5am')).toEqual({ edge: 'end', min: 5 * 60 });
    // Said as when alerts may come no more, or not yet: "setelah"/"after" is the start, "sebelum"/"before" the end.
    expect(parseQuietEdge('jangan kirim setelah jam 21')).toEqual({ edge: 'start', min: 21 * 60 });
    expect(parseQuietEdge('jangan kirim notif lewat jam 9 malam ya')).toEqual({ edge: 'start', min: 21 * 60 });
    expect(parseQuietEdge('jangan kirim sebelum jam 6 pagi')).toEqual({ edge: 'end', min: 6 * 60 });
    expect(parseQuietEdge("don't send alerts after 9pm")).toEqual({ edge: 'start', min: 21 * 60 });
    expect(parseQuietEdge('no alerts before 6am')).toEqual({ edge: 'end', min: 6 * 60 });
    expect(parseQuietEdge('mulai sekarang')).toBeNull();
    expect(parseQuietEdge('mulai jam 25')).toBeNull();
    expect(parseQuietHours('jam 10 mlm sampai jam 5 pgi')).toEqual({ startMin: 22 * 60, endMin: 5 * 60 });
    expect(rangeWithEdge({ edge: 'start', min: 22 * 60 }, {})).toEqual({ startMin: 22 * 60, endMin: 6 * 60 });
    expect(rangeWithEdge({ edge: 'end', min: 5 * 60 }, { startMin: 23 * 60, endMin: 6 * 60 })).toEqual({ startMin: 23 * 60, endMin: 5 * 60 });
    expect(rangeWithEdge({ edge: 'start', min: 6 * 60 }, {})).toBeNull();
  });

  it('are read in words, with the part of the day and WIB', () => {
    const night = { startMin: 21 * 60, endMin: 6 * 60 };
    for (const text of ['jam 9 malam sampai jam 6 pagi', 'dari jam 21 sampai jam 6', '9 malam - 6 pagi', 'pukul 21.00 - 06.00', '21:00 - 06:00 WIB', 'Jam 9 Malam s/d 6 Pagi']) {
      expect(parseQuietHours(text), text).toEqual(night);
    }
    expect(parseQuietHours('jam 10 malam - 5 pagi')).toEqual({ startMin: 22 * 60, endMin: 5 * 60 });
    expect(parseQuietHours('12 siang - 2 siang')).toEqual({ startMin: 12 * 60, endMin: 14 * 60 });
    expect(parseQuietHours('5 sore - 12 malam')).toEqual({ startMin: 17 * 60, endMin: 0 });
    expect(parseQuietHours('13 malam - 6 pagi')).toBeNull();
  });

  it('wrap past midnight', () => {
    const night = { startMin: 21 * 60, endMin: 6 * 60 };
    expect(inQuietHours(night, 23 * 60)).toBe(true);
    expect(inQuietHours(night, 5 * 60 + 59)).toBe(true);
    expect(inQuietHours(night, 6 * 60)).toBe(false);
    expect(inQuietHours({ startMin: 60, endMin: 120 }, 90)).toBe(true);
    expect(formatMinutes(21 * 60 + 5)).toBe('21:05');
  });
});

describe('the Jakarta calendar', () => {
  it('starts the day at 17:00 UTC', () => {
    expect(jakartaDate(new Date('2026-11-29T16:59:00Z'))).toBe('2026-11-29');
    expect(jakartaDate(new Date('2026-11-29T17:00:00Z'))).toBe('2026-11-30');
    expect(jakartaDateDaysBefore(new Date('2026-03-01T03:00:00Z'), 1)).toBe('2026-02-28');
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
  });

  it('numbers ISO weeks by their Thursday', () => {
    expect(jakartaIsoWeek(new Date('2026-11-29T03:00:00Z'))).toBe('2026-W48'); // a Sunday
    expect(jakartaIsoWeek(new Date('2026-11-29T17:30:00Z'))).toBe('2026-W49'); // Monday in Jakarta
    expect(jakartaIsoWeek(new Date('2027-01-01T03:00:00Z'))).toBe('2026-W53');
    expect(jakartaIsoWeek(new Date('2025-12-29T03:00:00Z'))).toBe('2026-W01');
  });
});
