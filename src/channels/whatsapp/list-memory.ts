/**
 * Remembers, per chat, the numbered list the bot sent last: in memory for speed, and in a
 * {@link ChatListStore} (the database) so that an answer written across a restart, or to
 * another instance, still resolves. A reply without buttons forgets the list, so that "2"
 * as an answer to "how many members?" is the number 2, not an old menu's second entry; a
 * notice without buttons (an alert, the channel's own note) leaves it, because the person is
 * still answering the question before it. Both WhatsApp modes use it: Baileys for its
 * numbered lists, the Cloud API for those and its interactive buttons and list rows too.
 */
import type { InboundContent } from '../../core/messages.js';
import { RecentMap } from '../../core/recent-map.js';
import type { RememberOptions } from '../typed-buttons.js';
import { listedButton, matchListAnswer } from './numbered-list.js';
import type { ChatList, ChatListStore, ListedButton } from './ports.js';

export type { RememberOptions } from '../typed-buttons.js';

/** Options of {@link ChatListMemory}. */
export interface ChatListMemoryOptions {
  readonly store?: ChatListStore;
  /** A list older than this no longer resolves numbers (the conversation has moved on). */
  readonly ttlMs: number;
  /** Chats kept in memory; the least recently used are dropped (the store still has them). */
  readonly maxChats?: number;
  readonly clock: () => Date;
  /** Store failures do not stop the chat; they are reported here. */
  readonly onStoreError: (error: unknown) => void;
}

/** The per-chat list memory. */
export class ChatListMemory {
  readonly #options: ChatListMemoryOptions;
  /** null = known to have no list (saves a database read per message). */
  readonly #cache: RecentMap<string, ChatList | null>;

  constructor(options: ChatListMemoryOptions) {
    this.#options = options;
    this.#cache = new RecentMap(options.maxChats ?? 10_000);
  }

  /** The chat's current list, or an empty one. */
  async current(chat: string): Promise<readonly ListedButton[]> {
    let list = this.#cache.get(chat);
    if (list === undefined) {
      list = (await this.#load(chat)) ?? null;
      this.#put(chat, list);
    }
    if (list === null) return [];
    const age = this.#options.clock().getTime() - list.sentAt.getTime();
    return age <= this.#options.ttlMs ? list.buttons : [];
  }

  /**
   * The content as the chat's list reads it: a typed number or label of the list is that
   * button ({@link matchListAnswer}); anything else is left as it came.
   */
  async answer(chat: string, content: InboundContent): Promise<InboundContent> {
    if (content.type !== 'text') return content;
    const button = matchListAnswer(content.text, await this.current(chat));
    return button === undefined ? content : { type: 'button', id: button.id };
  }

  /** Records what was just sent to the chat (an empty list forgets, unless a notice). */
  async remember(chat: string, buttons: readonly ListedButton[], options: RememberOptions = {}): Promise<void> {
    const before = this.#cache.get(chat);
    if (buttons.length === 0) {
      if (options.notice === true) return;
      this.#put(chat, null);
      if (before === null) return; // nothing stored to forget
      await this.#save(chat, undefined);
      return;
    }
    const list: ChatList = { buttons: buttons.map((button) => listedButton(button, button.unnumbered)), sentAt: this.#options.clock() };
    this.#put(chat, list);
    await this.#save(chat, list);
  }

  async #load(chat: string): Promise<ChatList | undefined> {
    try {
      return await this.#options.store?.load(chat);
    } catch (error) {
      this.#options.onStoreError(error);
      return undefined;
    }
  }

  async #save(chat: string, list: ChatList | undefined): Promise<void> {
    try {
      await this.#options.store?.save(chat, list);
    } catch (error) {
      this.#options.onStoreError(error);
    }
  }

  #put(chat: string, list: ChatList | null): void {
    this.#cache.set(chat, list);
  }
}
