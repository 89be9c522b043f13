/**
 * The set-up most whole-bot suites share: a fresh store before the suite, a bot started on
 * it, both closed after. `useTestBot` registers those hooks in the calling `describe` and
 * returns the bot at once; it can be used in hooks registered after it and in tests.
 *
 * ```ts
 * describeEachDatabase('my journey', (kind) => {
 *   const clock = manualClock('2026-11-20T03:00:00Z');
 *   const bot = useTestBot(kind, { clock });
 *   it('…', async () => { await bot.send('ani', 'halo'); });
 * });
 * ```
 */
import { afterAll, beforeAll } from 'vitest';
import { createTestStore, startTestBot, type TestBot, type TestStore } from './bot.js';
import type { DatabaseKind } from './databases.js';

/**
 * Registers beforeAll (make a store of `kind`, `start` something on it) and afterAll (close
 * it, dispose the store). Returns a stand-in for what `start` resolves to: every property
 * read goes to the started object, and fails clearly before beforeAll has run.
 */
export function startedForSuite<T extends { close(): Promise<void> }>(
  kind: DatabaseKind,
  start: (store: TestStore) => Promise<T>,
  storeOptions: Parameters<typeof createTestStore>[1] = {},
): T {
  let store: TestStore | undefined;
  let started: T | undefined;
  beforeAll(async () => {
    store = await createTestStore(kind, storeOptions);
    started = await start(store);
  });
  afterAll(async () => {
    await started?.close();
    await store?.dispose();
  });
  return new Proxy({} as T, {
    get(_target, key) {
      if (!started) throw new Error(`used before the suite's beforeAll started it (reading ${String(key)})`);
      const value: unknown = Reflect.get(started, key);
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}

/** A web chat test bot (startTestBot) on a fresh store of `kind` for the calling suite. */
export function useTestBot(kind: DatabaseKind, options: Parameters<typeof startTestBot>[1] = {}): TestBot {
  return startedForSuite(kind, (store) => startTestBot(store, options), { regions: options.fullRegions ? 'full' : 'test' });
}
