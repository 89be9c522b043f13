/**
 * The group views one transaction has read, by group id, and the desa lists it read: saving
 * an activity checks the reporter's role (the statement brings the group's view along),
 * reads the reporting group, its desa's groups, then each partner again for its notice; the
 * reads after the first come from what was read. A registration's insert brings the desa's
 * other groups along for the link hint's list.
 *
 * A view is kept until the transaction writes a group: every write of the group repository
 * forgets them all first (a view is a few joined tables, so no write is narrow enough to
 * keep the others safely), and so does anything else that writes groups in the same
 * transaction (an erasure clears the ketua's name and phone: app-tx.ts). Regions and areas
 * are never changed by a chat transaction. Within a transaction a kept view is what a
 * second read would have returned, save a concurrent commit in between, which the
 * transaction could as well have run before.
 */
import type { GroupView } from '../../domain/model/groups.js';
import { SharedReads } from '../unit-of-work/shared-reads.js';

/** Group views by id and desa lists, kept for one transaction until a write. */
export class GroupViewsRead {
  readonly #views = new Map<string, GroupView>();
  /** Reads by id on their way, shared by a second ask (cleared with the views). */
  readonly #pending = new SharedReads<GroupView | null>();
  /** Lists by a key of their read's arguments (a desa's groups), kept as the views are. */
  readonly #lists = new Map<string, readonly GroupView[]>();
  /**
   * Counts the writes: a read started before a write ran before it on the unit of work's
   * connection, so what it returns after the write began is not kept.
   */
  #writes = 0;

  /** The view of `groupId` this transaction read, or `read`'s (kept when it finds one). */
  get(groupId: string, read: () => Promise<GroupView | null>): Promise<GroupView | null> {
    const kept = this.#views.get(groupId);
    if (kept) return Promise.resolve(kept);
    return this.#pending.read(groupId, async () => {
      const writes = this.#writes;
      // A failed read is not kept (SharedReads forgets it): the next ask starts its own.
      const view = await read();
      if (view && writes === this.#writes) this.#views.set(groupId, view);
      return view;
    });
  }

  /** `read`'s views (a list), each kept as what a read by its id returns. */
  list(read: () => Promise<GroupView[]>): Promise<GroupView[]> {
    return this.along(read, (views) => views);
  }

  /** The list kept under `key`, or `read`'s (kept under it, its views too). */
  async listed(key: string, read: () => Promise<GroupView[]>): Promise<GroupView[]> {
    const kept = this.#lists.get(key);
    if (kept) return [...kept];
    const writes = this.#writes;
    const views = await this.list(read);
    if (writes === this.#writes) this.#lists.set(key, [...views]);
    return views;
  }

  /** Keeps `views` as the list under `key` and each view by id (what a write's statement read after it: call after the write began). */
  keepListed(key: string, views: readonly GroupView[]): void {
    this.#lists.set(key, [...views]);
    for (const view of views) this.#views.set(view.id, view);
  }

  /** What `read` returns, keeping the views it carries (`viewsOf`) as what a read by id returns. */
  async along<T>(read: () => Promise<T>, viewsOf: (result: T) => readonly GroupView[]): Promise<T> {
    const writes = this.#writes;
    const result = await read();
    if (writes === this.#writes) for (const view of viewsOf(result)) this.#views.set(view.id, view);
    return result;
  }

  /** How many writes to groups the transaction made so far (what else it keeps of groups may check it). */
  get writes(): number {
    return this.#writes;
  }

  /** Forgets every view: a write is about to change what a read would see. */
  clear(): void {
    this.#writes += 1;
    this.#views.clear();
    this.#pending.clear();
    this.#lists.clear();
  }
}
