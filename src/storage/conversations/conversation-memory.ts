/**
 * What this instance remembers of the conversations it saved last: the state it wrote (as the
 * JSON text it wrote), the person's fields, and the row versions its last statement saw (before
 * COMMIT: a write committed after that only makes the entry older, and the check fails). With it the
 * next message of the same sender does not read its conversation before the engine steps: the
 * claim only checks, in the unit of work's next round trip, that nothing changed since
 * (remembered-sql.ts). Any other writer (another instance, an erasure, the retention job, an
 * admin) changes a version, and that message is read from the database again.
 *
 * An entry is taken when a unit of work uses it and given back only once that unit of work
 * has committed (remembering.ts): a failed or retried message never finds a guess of its own
 * making.
 */
import type { ChannelName } from '../../core/messages.js';
import { RecentMap } from '../../core/recent-map.js';
import type { ConversationRow } from './conversation-sql.js';

/** One remembered conversation. */
export interface Remembered {
  /** The row as the next message opens it; its `state` is the JSON text written (parsed on use, never shared). */
  readonly row: Omit<ConversationRow, 'state'>;
  readonly stateText: string;
  /** The row versions of conversation, identity and person after the commit (remembered-sql.ts VERSIONS). */
  readonly versions: string;
}

/**
 * How many senders are remembered. A sender who writes again after this many others is read
 * from the database, as every sender was before. Each text is at most REMEMBERED_STATE_CHARS.
 */
export const REMEMBERED_CONVERSATIONS = 5_000;

/**
 * The longest state remembered (JSON characters): a usual one is a few hundred to a few
 * thousand; longer ones (long typed texts in a deep stack) are read from the database.
 */
export const REMEMBERED_STATE_CHARS = 16_384;

/** The remembered conversations, by channel and sender; the oldest forgotten first. */
export class ConversationMemory {
  readonly #entries: RecentMap<string, Remembered>;

  constructor(max = REMEMBERED_CONVERSATIONS) {
    this.#entries = new RecentMap(max);
  }

  /** The sender's entry, removed: the unit of work that takes it gives it back once committed. */
  take(channel: ChannelName, senderId: string): Remembered | undefined {
    const key = keyOf(channel, senderId);
    const entry = this.#entries.get(key);
    if (entry) this.#entries.delete(key);
    return entry;
  }

  /** Remembers what a committed unit of work saved for the sender. */
  keep(channel: ChannelName, senderId: string, entry: Remembered): void {
    this.#entries.set(keyOf(channel, senderId), entry);
  }

  get size(): number {
    return this.#entries.size;
  }
}

function keyOf(channel: ChannelName, senderId: string): string {
  return `${channel}:${senderId}`;
}
