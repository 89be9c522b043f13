/**
 * Waiting, as a port: background loops (the outbox dispatcher, the scheduler) wait only
 * through a {@link Sleep}, so tests can run them in virtual time instead of real seconds.
 */

/**
 * Resolves after `ms` milliseconds, or early (without an error) once `signal` aborts, so a
 * stopping loop never sits out a long wait.
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** The real {@link Sleep} on the event loop's timers. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(0, ms));
    signal?.addEventListener('abort', done, { once: true });
  });
