/**
 * Work that outlives the update it came from: replies are sent after the runner has
 * committed (so a webhook is answered as soon as the message is safely processed, and one
 * slow or rate-limited chat does not hold up the next update), and callback queries are
 * answered alongside. Sends of one chat stay in order; `idle()` lets stop() wait for all.
 */
import { KeyedQueue } from '../../core/keyed-queue.js';

/** Tracks background tasks: ordered per key, or unordered. */
export class BackgroundWork {
  readonly #ordered = new KeyedQueue();
  readonly #loose = new Set<Promise<unknown>>();

  /** Runs `task` after earlier tasks of `key`; resolves with its result. */
  inOrder<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.#ordered.run(key, task);
  }

  /** Runs `task` now, unordered; its failure must be handled by the task itself. */
  track(task: Promise<unknown>): void {
    const settled = task.then(
      () => undefined,
      () => undefined,
    );
    this.#loose.add(settled);
    void settled.then(() => this.#loose.delete(settled));
  }

  /** Resolves once every task started so far, and every task they started, has settled. */
  async idle(): Promise<void> {
    while (this.#loose.size > 0 || this.#ordered.size > 0) {
      await Promise.all([...this.#loose, this.#ordered.drain()]);
    }
  }
}
