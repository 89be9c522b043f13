/**
 * A {@link SendCounter} in memory: for tests and single-process use. In production use the
 * database counter (src/storage/whatsapp/send-counter.ts), which a restart does not reset.
 */
import type { SendCounter } from './ports.js';

/** Counts per day in a map; only the current day is kept. */
export function createMemorySendCounter(): SendCounter {
  let current = { day: '', count: 0 };
  return {
    async tryReserve(day, cap) {
      if (current.day !== day) current = { day, count: 0 };
      if (current.count >= cap) return false;
      current.count += 1;
      return true;
    },
  };
}
