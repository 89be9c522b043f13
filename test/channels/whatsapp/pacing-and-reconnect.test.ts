/** Jakarta days, the paced sender, reconnect decisions and the numbered-list memory. */
import { DisconnectReason } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { jakartaDate, msUntilJakartaMidnight } from '../../../src/core/time/wib.js';
import { ChatListMemory } from '../../../src/channels/whatsapp/list-memory.js';
import { createMemorySendCounter } from '../../../src/channels/whatsapp/memory-send-counter.js';
import { PacedSender } from '../../../src/channels/whatsapp/paced-sender.js';
import type { ChatList, ChatListStore } from '../../../src/channels/whatsapp/ports.js';
import { closeAction, reconnectDelay } from '../../../src/channels/whatsapp/reconnect.js';
import { ManualTime, recordingLogger, sequence } from './harness.js';

describe('Jakarta days', () => {
  it('turns over at 17:00 UTC', () => {
    expect(jakartaDate(new Date('2026-11-29T16:59:59.999Z'))).toBe('2026-11-29');
    expect(jakartaDate(new Date('2026-11-29T17:00:00.000Z'))).toBe('2026-11-30');
    expect(msUntilJakartaMidnight(new Date('2026-11-29T16:59:00.000Z'))).toBe(60_000);
    expect(msUntilJakartaMidnight(new Date('2026-11-29T17:00:00.000Z'))).toBe(86_400_000);
    expect(msUntilJakartaMidnight(new Date('2026-11-29T03:00:00.000Z'))).toBe(14 * 3_600_000);
  });
});

describe('PacedSender', () => {
  function sender(options: { cap?: number; random?: () => number; fail?: boolean } = {}) {
    const time = new ManualTime();
    const sent: Array<{ jid: string; text: string; at: number }> = [];
    const logger = recordingLogger();
    const queue = new PacedSender({
      pacing: { minDelayMs: 1000, maxDelayMs: 3000, dailyCap: options.cap ?? 100 },
      counter: createMemorySendCounter(),
      transmit: async (jid, text) => {
        if (options.fail) throw Object.assign(new Error('Connection Closed'), { output: { statusCode: 428 } });
        sent.push({ jid, text, at: time.now });
      },
      clock: time.clock,
      random: options.random ?? (() => 0.5),
      sleep: time.sleep,
      logger,
    });
    return { queue, sent, time, logger };
  }

  it('sends in order with gaps drawn between MIN and MAX', async () => {
    const { queue, sent } = sender({ random: sequence(0, 1, 0.5) });
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((text, i) => queue.enqueue(`jid${i % 2}`, text)));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(sent.map((item) => item.text)).toEqual(['a', 'b', 'c', 'd']);
    const gaps = sent.slice(1).map((item, i) => item.at - sent[i]!.at);
    // The first message has no predecessor; after it the drawn gaps (random 1, 0.5, 0).
    expect(gaps).toEqual([3000, 2000, 1000]);
  });

  it('does not wait when the last message was long ago', async () => {
    const { queue, sent, time } = sender();
    await queue.enqueue('j', 'a');
    time.now += 60_000;
    const before = time.now;
    await queue.enqueue('j', 'b');
    expect(sent[1]!.at).toBe(before);
  });

  it('refuses past the cap until Jakarta midnight, logging once a day', async () => {
    const { queue, sent, logger, time } = sender({ cap: 2 });
    const results = await Promise.all([1, 2, 3, 4].map((n) => queue.enqueue('j', String(n))));
    expect(sent).toHaveLength(2);
    // 10:00 in Jakarta plus the one 2 s gap: midnight is 14 h minus 2 s away.
    expect(time.now - Date.parse('2026-11-29T03:00:00.000Z')).toBe(2000);
    const refused = { ok: false, error: expect.objectContaining({ retryable: false, retryAfterMs: 14 * 3_600_000 - 2000 }) };
    expect(results.slice(2)).toEqual([refused, refused]);
    expect(logger.lines.filter((line) => line.level === 'warn')).toHaveLength(1);
  });

  it('reports a failed transmission as retryable, and refuses everything once closed', async () => {
    const failing = sender({ fail: true });
    expect(await failing.queue.enqueue('j', 'x')).toEqual({ ok: false, error: expect.objectContaining({ retryable: true, reason: expect.stringContaining('428') }) });
    const { queue, sent } = sender();
    queue.close();
    expect(await queue.enqueue('j', 'x')).toEqual({ ok: false, error: expect.objectContaining({ reason: 'WhatsApp channel stopped' }) });
    expect(sent).toEqual([]);
  });
});

describe('reconnecting', () => {
  it('maps Baileys disconnect reasons to what to do', () => {
    expect(closeAction(DisconnectReason.loggedOut)).toBe('logged-out');
    expect(closeAction(DisconnectReason.restartRequired)).toBe('restart-now');
    expect(closeAction(DisconnectReason.connectionReplaced)).toBe('replaced');
    for (const code of [DisconnectReason.connectionClosed, DisconnectReason.timedOut, DisconnectReason.badSession, DisconnectReason.unavailableService, DisconnectReason.forbidden, undefined]) {
      expect(closeAction(code)).toBe('backoff');
    }
  });

  it('doubles the delay per attempt, within [half, all], capped', () => {
    const backoff = { initialDelayMs: 2000, maxDelayMs: 300_000 };
    expect([0, 1, 2, 3].map((attempt) => reconnectDelay(attempt, backoff, () => 0))).toEqual([1000, 2000, 4000, 8000]);
    expect([0, 1, 2, 3].map((attempt) => reconnectDelay(attempt, backoff, () => 0.999999))).toEqual([2000, 4000, 8000, 16000]);
    expect(reconnectDelay(50, backoff, () => 0.999999)).toBe(300_000);
    expect(reconnectDelay(1_000, backoff, () => 0)).toBe(150_000);
  });
});

describe('ChatListMemory', () => {
  function memoryStore(): ChatListStore & { rows: Map<string, ChatList>; writes: number } {
    const rows = new Map<string, ChatList>();
    const store = {
      rows,
      writes: 0,
      load: async (chat: string) => rows.get(chat),
      save: async (chat: string, list: ChatList | undefined) => {
        store.writes += 1;
        if (list === undefined) rows.delete(chat);
        else rows.set(chat, list);
      },
    };
    return store;
  }

  it('forgets the list when a reply had no buttons, and expires old lists', async () => {
    const time = new ManualTime();
    const store = memoryStore();
    const memory = new ChatListMemory({ store, ttlMs: 3_600_000, clock: time.clock, onStoreError: () => undefined });
    await memory.remember('a', [{ id: 'x', label: 'X' }]);
    expect(await memory.current('a')).toEqual([{ id: 'x', label: 'X' }]);
    await memory.remember('a', []);
    expect(await memory.current('a')).toEqual([]);
    expect(store.rows.has('a')).toBe(false);

    await memory.remember('a', [{ id: 'y', label: 'Y' }]);
    time.now += 3_600_001;
    expect(await memory.current('a')).toEqual([]);
  });

  it('reads lists another process stored, and skips writes that change nothing', async () => {
    const time = new ManualTime();
    const store = memoryStore();
    const writer = new ChatListMemory({ store, ttlMs: 3_600_000, clock: time.clock, onStoreError: () => undefined });
    await writer.remember('a', [{ id: 'x', label: 'X' }]);
    const reader = new ChatListMemory({ store, ttlMs: 3_600_000, clock: time.clock, onStoreError: () => undefined });
    expect(await reader.current('a')).toEqual([{ id: 'x', label: 'X' }]);

    const writes = store.writes;
    await reader.remember('b', []); // known empty after a read: no delete needed
    expect(await reader.current('b')).toEqual([]);
    await reader.remember('b', []);
    expect(store.writes).toBe(writes + 1);
  });

  it('keeps working in memory when the store fails', async () => {
    const time = new ManualTime();
    const errors: unknown[] = [];
    const broken: ChatListStore = {
      load: async () => {
        throw new Error('database down');
      },
      save: async () => {
        throw new Error('database down');
      },
    };
    const memory = new ChatListMemory({ store: broken, ttlMs: 3_600_000, clock: time.clock, onStoreError: (error) => errors.push(error), maxChats: 1 });
    expect(await memory.current('a')).toEqual([]);
    await memory.remember('a', [{ id: 'x', label: 'X' }]);
    expect(await memory.current('a')).toEqual([{ id: 'x', label: 'X' }]);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    await memory.remember('b', [{ id: 'y', label: 'Y' }]); // evicts "a" (maxChats 1)
    expect(await memory.current('a')).toEqual([]);
  });
});
