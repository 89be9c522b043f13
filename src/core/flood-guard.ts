/**
 * Per-identity flood limit on inbound messages: a token bucket per chat account. A person
 * typing normally never meets it; a script or a stuck client sending hundreds of messages a
 * minute is told, once per burst, to slow down, and its extra messages are not processed —
 * so they change nothing: the conversation's place and data stay as they were, and the
 * person can send the last message again when the notice says.
 *
 * In memory, per instance: with several instances each enforces its own limit (a flood
 * spread over N instances meets N times the limit, still bounded).
 */

/** The decision for one inbound message. */
export type FloodDecision =
  | { readonly kind: 'allow' }
  /** Over the limit. `notify` is true for the first refused message of a burst only. */
  | { readonly kind: 'slow-down'; readonly retryAfterMs: number; readonly notify: boolean };

interface Bucket {
  tokens: number;
  updatedAt: number;
  /** Set once the sender was told to slow down in the current burst. */
  notified: boolean;
}

/** Options of a {@link FloodGuard}. */
export interface FloodGuardOptions {
  /** Messages per minute one identity may send on average; also the burst size. */
  readonly maxPerMinute: number;
  /** Buckets kept before idle (full) ones are forgotten; bounds memory. */
  readonly maxTracked?: number;
}

const MINUTE_MS = 60_000;

/** Counts inbound messages per key (channel + sender) and refuses a flood. */
export class FloodGuard {
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #maxTracked: number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: FloodGuardOptions) {
    if (!(options.maxPerMinute >= 1)) throw new RangeError('FloodGuard: maxPerMinute must be at least 1');
    this.#capacity = options.maxPerMinute;
    this.#refillPerMs = options.maxPerMinute / MINUTE_MS;
    this.#maxTracked = options.maxTracked ?? 100_000;
  }

  /** Takes one message of `key` at `nowMs`: allowed, or refused with how long to wait. */
  take(key: string, nowMs: number): FloodDecision {
    const bucket = this.#bucket(key, nowMs);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.notified = false;
      return { kind: 'allow' };
    }
    const retryAfterMs = Math.ceil((1 - bucket.tokens) / this.#refillPerMs);
    const notify = !bucket.notified;
    bucket.notified = true;
    return { kind: 'slow-down', retryAfterMs, notify };
  }

  /** Identities currently tracked (for tests and metrics). */
  get tracked(): number {
    return this.#buckets.size;
  }

  #bucket(key: string, nowMs: number): Bucket {
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      if (this.#buckets.size >= this.#maxTracked) this.#forgetIdle(nowMs);
      bucket = { tokens: this.#capacity, updatedAt: nowMs, notified: false };
      this.#buckets.set(key, bucket);
      return bucket;
    }
    const elapsed = Math.max(0, nowMs - bucket.updatedAt);
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + elapsed * this.#refillPerMs);
    bucket.updatedAt = nowMs;
    return bucket;
  }

  /** Drops buckets that have refilled completely: forgetting them changes no decision. */
  #forgetIdle(nowMs: number): void {
    for (const [key, bucket] of this.#buckets) {
      const tokens = bucket.tokens + Math.max(0, nowMs - bucket.updatedAt) * this.#refillPerMs;
      if (tokens >= this.#capacity) this.#buckets.delete(key);
    }
    // Still full of active senders: drop the oldest (Map keeps insertion order) rather than grow.
    while (this.#buckets.size >= this.#maxTracked) {
      const oldest = this.#buckets.keys().next();
      if (oldest.done === true) break;
      this.#buckets.delete(oldest.value);
    }
  }
}
