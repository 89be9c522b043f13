/**
 * The desa of a person's last status check, shared between the repositories of one unit of
 * work while a statement that reads it is on its way: the person's groups are read with it
 * (group-sql.ts), and the desa question asks for both at once (known-villages.ts), so the
 * second read shares the first's statement instead of a round trip of its own.
 */
import { SharedReads } from '../groups/shared-reads.js';

/** Reads of `Person.lastVillageCode` now on their way, by person id. */
export class LastVillageReads {
  readonly #reads = new SharedReads<string | null>();

  /** The read of `personId`'s last desa now on its way, or a new one started by `run`. */
  read(personId: string, run: () => Promise<string | null>): Promise<string | null> {
    return this.#reads.read(personId, run);
  }

  /**
   * Offers `read` (a statement that reads the last desa along with something else, already
   * on its way) to the reads asked for while it is; one already on its way is kept.
   */
  along(personId: string, read: Promise<string | null>): void {
    // A failure reaches the statement's own caller (and fails the unit of work): not again here.
    this.#reads.read(personId, () => read).catch(() => undefined);
  }

  /** Before a write to the last desa (or an erasure): later reads start their own statement. */
  clear(): void {
    this.#reads.clear();
  }
}
