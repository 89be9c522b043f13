/**
 * Web chat's buttons typed instead of tapped: per user, the buttons of the latest answer, so
 * that "pertemuan bersama" or "seluruh desa" typed reaches the bot as that button (as
 * WhatsApp's numbered lists do, channels/whatsapp/numbered-list.ts). Kept in memory only:
 * after a restart, or on another instance, the text goes to the bot as typed, where the
 * question reads it as it always did. Labels only, never numbers: "2" stays a number.
 */
import { buttonWithLabel } from '../../core/button-label.js';
import type { RenderedMessage } from '../../core/messages.js';
import { RecentMap } from '../../core/recent-map.js';

/** Users remembered; the least recently answered are forgotten first. */
const MAX_USERS = 10_000;

type Buttons = ReadonlyArray<{ readonly id: string; readonly label: string }>;

/** The buttons each user was shown last. */
export class TypedButtons {
  readonly #shown = new RecentMap<string, Buttons>(MAX_USERS);

  /** Records an answer's buttons for the user (an answer without any forgets them). */
  remember(userId: string, replies: readonly RenderedMessage[]): void {
    const buttons = replies.flatMap((reply) => reply.buttons ?? []);
    if (buttons.length > 0) this.#shown.set(userId, buttons);
    else this.#shown.delete(userId);
  }

  /** The id of the one button shown last to the user whose label `text` is; undefined otherwise. */
  buttonFor(userId: string, text: string): string | undefined {
    const buttons = this.#shown.get(userId);
    return buttons ? buttonWithLabel(text, buttons)?.id : undefined;
  }
}
