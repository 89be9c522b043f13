import { describe, expect, it } from 'vitest';
import { TELEGRAM_RATE_LIMIT } from '../../../src/channels/telegram/rate-limit.js';
import { RateLimiter } from '../../../src/core/outbox/rate-limiter.js';

describe('RateLimiter', () => {
  it('spaces one chat by its interval and books nothing it turns down', () => {
    const limiter = new RateLimiter({ perChatIntervalMs: 1_000 });
    expect(limiter.reserve('a', 0, 1, 10_000)).toEqual({ kind: 'booked', at: 0 });
    expect(limiter.reserve('a', 0, 1, 10_000)).toEqual({ kind: 'booked', at: 1_000 });
    expect(limiter.reserve('a', 0, 1, 500)).toEqual({ kind: 'too-late', at: 2_000 });
    expect(limiter.reserve('a', 0, 1, 10_000)).toEqual({ kind: 'booked', at: 2_000 }); // the refusal booked nothing
    expect(limiter.reserve('b', 0, 1, 0)).toEqual({ kind: 'booked', at: 0 }); // other chats are free
  });

  it('counts a multi-message send as that many messages', () => {
    const limiter = new RateLimiter({ perSecond: 10, perChatIntervalMs: 1_000 });
    expect(limiter.reserve('a', 0, 3, 10_000).at).toBe(0);
    expect(limiter.reserve('a', 0, 1, 10_000).at).toBe(3_000);
    expect(limiter.reserve('b', 0, 1, 10_000).at).toBe(300); // overall: after a's three slots at 100 ms each
  });

  it('a chat waiting for its interval leaves the overall slots in between to other chats', () => {
    const limiter = new RateLimiter({ perSecond: 30, perChatIntervalMs: 1_000 });
    expect(limiter.reserve('busy', 0, 1, 10_000).at).toBe(0);
    expect(limiter.reserve('busy', 0, 1, 10_000).at).toBe(1_000);
    const others = Array.from({ length: 29 }, (_, i) => limiter.reserve(`c${i}`, 0, 1, 10_000).at);
    expect(others[0]).toBe(34);
    expect(Math.max(...others)).toBe(967);
    // Exactly 30 slots per second, even with 1000/30 ms between them.
    expect(limiter.reserve('late', 0, 1, 10_000).at).toBe(1_034);
  });

  it('a block holds a chat until the given time', () => {
    const limiter = new RateLimiter(TELEGRAM_RATE_LIMIT);
    limiter.block('a', 60_000, 0);
    expect(limiter.reserve('a', 1_000, 1, 10_000)).toEqual({ kind: 'too-late', at: 60_000 });
    expect(limiter.reserve('a', 60_000, 1, 0)).toEqual({ kind: 'booked', at: 60_000 });
  });

  it('forgets chats whose interval has passed, so memory stays bounded', () => {
    const limiter = new RateLimiter(TELEGRAM_RATE_LIMIT);
    let now = 0;
    for (let i = 0; i < 100_000; i++) {
      const slot = limiter.reserve(`chat-${i}`, now, 1, Number.POSITIVE_INFINITY);
      now = slot.at;
    }
    expect(limiter.size).toBeLessThan(4_200);
  });
});
