/**
 * Buttons typed instead of tapped: per chat, the buttons the bot showed last, so that
 * "pertemuan bersama" or "simpan" typed reaches the bot as that button (as WhatsApp's
 * numbered lists do, channels/whatsapp/numbered-list.ts). Web chat and Telegram keep one each.
 * In memory only: after a restart, or on another instance, the text goes to the bot as typed,
 * where the question reads it as it always did. Labels only, never numbers: "2" stays a
 * number.
 */
import { buttonWithLabel } from '../core/button-label.js';
import type { RenderedMessage } from '../core/messages.js';
import { RecentMap } from '../core/recent-map.js';

/** Chats remembered; the least recently answered are forgotten first. */
const MAX_CHATS = 10_000;

type Buttons = ReadonlyArray<{ readonly id: string; readonly label: string }>;

/** The buttons each chat was shown last. */
export class TypedButtons {
  readonly #shown = new RecentMap<string, Buttons>(MAX_CHATS);

  /** Records the buttons of messages sent to the chat (messages without any forget them). */
  remember(chat: string, messages: readonly RenderedMessage[]): void {
    const buttons = messages.flatMap((message) => message.buttons ?? []);
    if (buttons.length > 0) this.#shown.set(chat, buttons);
    else this.#shown.delete(chat);
  }

  /** The id of the one button shown last in the chat whose label `text` is; undefined otherwise. */
  buttonFor(chat: string, text: string): string | undefined {
    const buttons = this.#shown.get(chat);
    return buttons ? buttonWithLabel(text, buttons)?.id : undefined;
  }
}
