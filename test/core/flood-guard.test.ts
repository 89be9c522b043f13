import { describe, expect, it } from 'vitest';
import { FloodGuard } from '../../src/core/flood-guard.js';

describe('FloodGuard', () => {
  it('allows a burst up to the limit, then asks to slow down once per burst', () => {
    const guard = new FloodGuard({ maxPerMinute: 3 });
    const decisions = Array.from({ length: 5 }, () => guard.take('telegram:1', 0));
    expect(decisions.slice(0, 3).map((d) => d.kind)).toEqual(['allow', 'allow', 'allow']);
    expect(decisions[3]).toEqual({ kind: 'slow-down', retryAfterMs: 20_000, notify: true });
    expect(decisions[4]).toMatchObject({ kind: 'slow-down', notify: false });
  });

  it('refills over time: one message per (60 s / limit)', () => {
    const guard = new FloodGuard({ maxPerMinute: 6 });
    for (let i = 0; i < 6; i++) expect(guard.take('k', 0).kind).toBe('allow');
    expect(guard.take('k', 9_999).kind).toBe('slow-down');
    expect(guard.take('k', 10_000).kind).toBe('allow');
    expect(guard.take('k', 10_001)).toMatchObject({ kind: 'slow-down', notify: true });
  });

  it('keeps senders apart', () => {
    const guard = new FloodGuard({ maxPerMinute: 1 });
    expect(guard.take('a', 0).kind).toBe('allow');
    expect(guard.take('a', 0).kind).toBe('slow-down');
    expect(guard.take('b', 0).kind).toBe('allow');
  });

  it('forgets idle senders when it tracks too many, without changing a decision', () => {
    const guard = new FloodGuard({ maxPerMinute: 2, maxTracked: 3 });
    guard.take('a', 0);
    guard.take('b', 0);
    guard.take('c', 0);
    // A minute later all three have refilled: tracking a fourth drops them.
    expect(guard.take('d', 60_000).kind).toBe('allow');
    expect(guard.tracked).toBe(1);
    // A sender still flooding is dropped only when nothing idle can be.
    guard.take('d', 60_000);
    expect(guard.take('d', 60_000).kind).toBe('slow-down');
  });

  it('refuses a nonsensical limit', () => {
    expect(() => new FloodGuard({ maxPerMinute: 0 })).toThrow(RangeError);
  });
});
