/**
 * Per-channel send limits, kept by the dispatcher: a cap over the whole channel (Telegram:
 * 30 messages per second) and a least interval per chat (Telegram: one message per second
 * to a chat). Senders reserve a start time and sleep once until then, so nothing busy-waits.
 *
 * The overall cap is a timetable of slots, one every 1000/perSecond ms: a message takes the
 * first free slot at or after the time its chat allows. A chat waiting for its own interval
 * books a later slot and leaves the earlier ones to other chats. Memory holds only slots and
 * chats from now on (plus stale ones until the next sweep).
 */

/** The limits of one channel; omitted parts are not limited. */
export interface RateLimit {
  /** Messages per second over the whole channel. */
  readonly perSecond?: number;
  /** Least time between two messages to one chat. */
  readonly perChatIntervalMs?: number;
}

/** The outcome of {@link RateLimiter.reserve}; times are epoch milliseconds. */
export type Reservation =
  /** Booked: start sending at `at` (which may be now). */
  | { readonly kind: 'booked'; readonly at: number }
  /** Not booked: the earliest start would be `at`, later than the caller is willing to wait. */
  | { readonly kind: 'too-late'; readonly at: number };

/** Entries that trigger a sweep of the past ones. */
const SWEEP_THRESHOLD = 1_024;

/** The limits of one channel, in one process (each app instance keeps its own). */
export class RateLimiter {
  readonly #perSecond: number;
  readonly #perChatMs: number;
  /** Booked slot numbers; slot k starts at ceil(k · 1000 / perSecond) ms. */
  readonly #slots = new Set<number>();
  /** Per chat: the earliest time its next message may start. */
  readonly #chats = new Map<string, number>();
  #sweepAt = SWEEP_THRESHOLD;

  constructor(limit: RateLimit) {
    if (limit.perSecond !== undefined && !(limit.perSecond > 0)) throw new RangeError('perSecond must be positive');
    this.#perSecond = limit.perSecond ?? 0;
    this.#perChatMs = Math.max(0, limit.perChatIntervalMs ?? 0);
  }

  /**
   * Books `count` messages to `chat` (sent back to back) at the earliest start allowed, if
   * that is at most `maxWaitMs` after `now`; otherwise books nothing.
   */
  reserve(chat: string, now: number, count: number, maxWaitMs: number): Reservation {
    const units = Math.max(1, count);
    const earliest = Math.ceil(Math.max(now, this.#chats.get(chat) ?? now));
    let slot = this.#perSecond > 0 ? this.#freeSlotFrom(this.#firstSlotAt(earliest)) : -1;
    const at = slot >= 0 ? this.#slotTime(slot) : earliest;
    if (at - now > maxWaitMs) return { kind: 'too-late', at };
    if (slot >= 0) {
      // The first slot is the start; the others keep the average rate for what follows.
      for (let booked = 0; booked < units; booked++, slot = this.#freeSlotFrom(slot + 1)) this.#slots.add(slot);
    }
    if (this.#perChatMs > 0) this.#chats.set(chat, at + units * this.#perChatMs);
    this.#sweep(now);
    return { kind: 'booked', at };
  }

  /** Nothing to `chat` before `until` (the channel said so, e.g. Telegram's retry_after). */
  block(chat: string, until: number, now: number): void {
    if (until > (this.#chats.get(chat) ?? now)) this.#chats.set(chat, until);
    this.#sweep(now);
  }

  /** Chats and slots currently remembered (for tests: memory stays bounded). */
  get size(): number {
    return this.#chats.size + this.#slots.size;
  }

  /** Integer arithmetic first, so that 30 slots span exactly 1000 ms (no float drift). */
  #slotTime(slot: number): number {
    return Math.ceil((slot * 1_000) / this.#perSecond);
  }

  #firstSlotAt(time: number): number {
    let slot = Math.max(0, Math.floor((time * this.#perSecond) / 1_000));
    while (this.#slotTime(slot) < time) slot += 1;
    return slot;
  }

  #freeSlotFrom(slot: number): number {
    let free = slot;
    while (this.#slots.has(free)) free += 1;
    return free;
  }

  #sweep(now: number): void {
    if (this.size < this.#sweepAt) return;
    for (const [chat, until] of this.#chats) if (until <= now) this.#chats.delete(chat);
    for (const slot of this.#slots) if (this.#slotTime(slot) < now) this.#slots.delete(slot);
    // What is left lies ahead (bounded by the rate and the longest wait); grow the threshold with it.
    this.#sweepAt = Math.max(SWEEP_THRESHOLD, this.size * 2);
  }
}
