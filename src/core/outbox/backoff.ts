/**
 * How long a failed send waits before the next attempt: exponential backoff with jitter,
 * so that alerts failing together (a Telegram outage) do not all come back at once.
 */

/** The retry policy; see {@link DEFAULT_BACKOFF}. */
export interface BackoffPolicy {
  /** Wait after the first failed attempt. */
  readonly baseMs: number;
  /** Each further attempt waits this many times longer. */
  readonly factor: number;
  /** The longest wait. */
  readonly maxMs: number;
  /** ± this fraction of the wait is random (0.2: between 80 % and 120 %). */
  readonly jitter: number;
}

/** 5 s, 10 s, 20 s … up to an hour, ±20 %. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, factor: 2, maxMs: 60 * 60_000, jitter: 0.2 };

/**
 * The wait after failed attempt number `attempt` (1 = the first attempt failed).
 * `random` returns [0, 1); 0.5 gives the wait without jitter.
 */
export function retryDelayMs(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const exponent = Math.max(0, attempt - 1);
  const plain = Math.min(policy.maxMs, policy.baseMs * policy.factor ** exponent);
  const jittered = plain * (1 - policy.jitter + 2 * policy.jitter * random());
  return Math.round(Math.min(policy.maxMs, Math.max(0, jittered)));
}
