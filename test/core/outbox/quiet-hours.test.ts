import { describe, expect, it } from 'vitest';
import { retryDelayMs, DEFAULT_BACKOFF } from '../../../src/core/outbox/backoff.js';
import { firstDueAt, quietUntil } from '../../../src/core/outbox/quiet-hours.js';

/** A moment given as Jakarta wall-clock time (WIB = UTC+7). */
const wib = (local: string) => new Date(`${local}+07:00`);
const at = (hours: number, minutes = 0) => hours * 60 + minutes;

describe('quietUntil', () => {
  const day = { startMin: at(12), endMin: at(13, 30) };
  const night = { startMin: at(21), endMin: at(6) };

  it('within a daytime period: its end the same day; outside it: null', () => {
    expect(quietUntil(day, wib('2026-11-02T12:00:00'))).toEqual(wib('2026-11-02T13:30:00'));
    expect(quietUntil(day, wib('2026-11-02T13:29:59.500'))).toEqual(wib('2026-11-02T13:30:00'));
    expect(quietUntil(day, wib('2026-11-02T13:30:00'))).toBeNull();
    expect(quietUntil(day, wib('2026-11-02T11:59:59'))).toBeNull();
  });

  it('a period wrapping midnight ends the next morning before midnight, the same morning after', () => {
    expect(quietUntil(night, wib('2026-11-02T21:00:00'))).toEqual(wib('2026-11-03T06:00:00'));
    expect(quietUntil(night, wib('2026-11-02T23:59:00'))).toEqual(wib('2026-11-03T06:00:00'));
    expect(quietUntil(night, wib('2026-11-03T00:00:00'))).toEqual(wib('2026-11-03T06:00:00'));
    expect(quietUntil(night, wib('2026-11-03T05:59:30'))).toEqual(wib('2026-11-03T06:00:00'));
    expect(quietUntil(night, wib('2026-11-03T06:00:00'))).toBeNull();
    expect(quietUntil(night, wib('2026-11-02T20:59:59'))).toBeNull();
  });

  it('equal start and end mean no quiet hours at all', () => {
    expect(quietUntil({ startMin: at(22), endMin: at(22) }, wib('2026-11-02T22:00:00'))).toBeNull();
  });
});

describe('firstDueAt', () => {
  it("makes a leader's notice recorded in the leaders' night (21:00–06:00 WIB) due when it ends", () => {
    expect(firstDueAt({ kind: 'leader.verdict' }, wib('2026-11-02T21:00:00'))).toEqual(wib('2026-11-03T06:00:00'));
    expect(firstDueAt({ kind: 'leader.confirmRequest', officerId: null }, wib('2026-11-03T05:59:00'))).toEqual(wib('2026-11-03T06:00:00'));
    // A notBefore in the night moves to its end as well.
    expect(firstDueAt({ kind: 'leader.level', notBefore: wib('2026-11-03T02:00:00') }, wib('2026-11-02T12:00:00'))).toEqual(wib('2026-11-03T06:00:00'));
  });

  it('leaves by day, and any officer alert, due at notBefore or now', () => {
    const now = wib('2026-11-02T23:00:00');
    expect(firstDueAt({ kind: 'leader.verdict' }, wib('2026-11-02T20:59:00'))).toEqual(wib('2026-11-02T20:59:00'));
    expect(firstDueAt({ kind: 'group.registered' }, now)).toEqual(now);
    // An officer's own quiet hours are read when the alert is claimed.
    expect(firstDueAt({ kind: 'leader.verdict', officerId: 'officer-1' }, now)).toEqual(now);
    expect(firstDueAt({ kind: 'group.registered', notBefore: wib('2026-11-03T01:00:00') }, now)).toEqual(wib('2026-11-03T01:00:00'));
  });
});

describe('retryDelayMs', () => {
  const half = () => 0.5;
  it('doubles from 5 s and stops at an hour', () => {
    const waits = Array.from({ length: 12 }, (_, i) => retryDelayMs(i + 1, DEFAULT_BACKOFF, half));
    expect(waits.slice(0, 4)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(waits.at(-1)).toBe(3_600_000);
  });

  it('jitters within ±20 % and never beyond the cap', () => {
    expect(retryDelayMs(1, DEFAULT_BACKOFF, () => 0)).toBe(4_000);
    expect(retryDelayMs(1, DEFAULT_BACKOFF, () => 0.999_999)).toBeCloseTo(6_000, -1);
    expect(retryDelayMs(20, DEFAULT_BACKOFF, () => 0.999_999)).toBe(3_600_000);
  });
});
