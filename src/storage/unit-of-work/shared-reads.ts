/**
 * Reads asked for again while the first is still on its way share its statement. The unit
 * of work runs its statements one after another, so an identical read asked for before the
 * first answered would see the same rows, unless a write came between: the owner clears
 * the shared reads before each of its writes.
 */
export class SharedReads<T> {
  readonly #pending = new Map<string, Promise<T>>();

  /** The read under `key` now on its way, or a new one started by `run`. */
  read(key: string, run: () => Promise<T>): Promise<T> {
    const pending = this.#pending.get(key);
    if (pending) return pending;
    const started = run().finally(() => {
      if (this.#pending.get(key) === started) this.#pending.delete(key);
    });
    this.#pending.set(key, started);
    return started;
  }

  /**
   * Offers `read` (a statement that reads this along with something else, already on its way)
   * to the reads asked for under `key` while it is; one already on its way is kept.
   */
  along(key: string, read: Promise<T>): void {
    // A failure reaches the statement's own caller (and fails the unit of work): not again here.
    this.read(key, () => read).catch(() => undefined);
  }

  /** Later reads start their own statement (a write is about to change what they see). */
  clear(): void {
    this.#pending.clear();
  }
}
