/** Period keys of the scheduler (pure; kept here beside the job runs they name). */
import { describe, expect, it } from 'vitest';
import { duePeriod } from '../../../src/core/scheduler/periods.js';
import { jakartaDate as jakartaDayKey, jakartaIsoWeek as jakartaIsoWeekKey } from '../../../src/core/time/wib.js';

const wib = (local: string) => new Date(`${local}+07:00`);

describe('period keys', () => {
  it('days are Jakarta dates: 00:30 WIB is already the next day in UTC terms', () => {
    expect(jakartaDayKey(new Date('2026-11-29T17:30:00Z'))).toBe('2026-11-30');
    expect(jakartaDayKey(new Date('2026-11-29T16:59:59Z'))).toBe('2026-11-29');
  });

  it('weeks are ISO 8601 weeks of the Jakarta date', () => {
    expect(jakartaIsoWeekKey(wib('2026-11-29T12:00:00'))).toBe('2026-W48'); // a Sunday ends week 48
    expect(jakartaIsoWeekKey(wib('2026-11-30T00:00:00'))).toBe('2026-W49');
    expect(jakartaIsoWeekKey(wib('2026-12-31T12:00:00'))).toBe('2026-W53'); // 2026 has 53 weeks
    expect(jakartaIsoWeekKey(wib('2027-01-03T23:59:00'))).toBe('2026-W53');
    expect(jakartaIsoWeekKey(wib('2027-01-04T00:00:00'))).toBe('2027-W01');
    expect(jakartaIsoWeekKey(wib('2024-12-30T08:00:00'))).toBe('2025-W01');
    expect(jakartaIsoWeekKey(wib('2021-01-03T08:00:00'))).toBe('2020-W53');
  });
});

describe('duePeriod', () => {
  it('daily: due from the given local time on, for that day', () => {
    const daily = { kind: 'daily', hour: 7 } as const;
    expect(duePeriod(daily, wib('2026-11-30T06:59:59'))).toBeNull();
    expect(duePeriod(daily, wib('2026-11-30T07:00:00'))).toBe('2026-11-30');
    expect(duePeriod(daily, wib('2026-11-30T23:59:59'))).toBe('2026-11-30');
    expect(duePeriod({ kind: 'daily', hour: 6, minute: 30 }, wib('2026-11-30T06:29:00'))).toBeNull();
    expect(duePeriod({ kind: 'daily', hour: 6, minute: 30 }, wib('2026-11-30T06:30:00'))).toBe('2026-11-30');
  });

  it('weekly: due from the given weekday and hour on, for that ISO week (late runs catch up within the week)', () => {
    const mondays = { kind: 'weekly', weekday: 1, hour: 7 } as const;
    expect(duePeriod(mondays, wib('2026-11-30T06:59:00'))).toBeNull(); // Monday, too early: week 49 not yet
    expect(duePeriod(mondays, wib('2026-11-30T07:00:00'))).toBe('2026-W49');
    expect(duePeriod(mondays, wib('2026-12-03T02:00:00'))).toBe('2026-W49'); // Thursday: still week 49's run
    expect(duePeriod(mondays, wib('2026-12-06T23:59:00'))).toBe('2026-W49');
    const fridays = { kind: 'weekly', weekday: 5, hour: 16 } as const;
    expect(duePeriod(fridays, wib('2026-12-03T20:00:00'))).toBeNull(); // Thursday
    expect(duePeriod(fridays, wib('2026-12-04T16:00:00'))).toBe('2026-W49');
  });

  it('rejects impossible schedules', () => {
    expect(() => duePeriod({ kind: 'daily', hour: 24 }, new Date())).toThrow(/hour/);
    expect(() => duePeriod({ kind: 'weekly', weekday: 0, hour: 7 }, new Date())).toThrow(/weekday/);
    expect(() => duePeriod({ kind: 'daily', hour: 7, minute: 60 }, new Date())).toThrow(/minute/);
  });
});
