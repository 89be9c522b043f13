/**
 * Buttons typed instead of tapped: per chat, the buttons the bot showed last, so that
 * "pertemuan bersama" or "simpan" typed reaches the bot as that button (as WhatsApp's
 * numbered lists do, channels/whatsapp/numbered-list.ts). Web chat and Telegram keep one each.
 * In memory only: after a restart, or on another instance, the text goes to the bot as typed,
 * where the question reads it as it always did. Labels only, never numbers: "2" stays a
 * number.
 *
 * A checkbox of a multi-select list (a button with `toggle`, e.g. a partner group of a joint
 * activity) is the exception while nothing in the list is ticked: its label typed ("karang
 * taruna bina putra") goes to the bot as text, which the question reads as the answer in
 * words (that group chosen, said back, and on to the next question), as it reads "pkk dan
 * karang taruna". A person who types the whole name of the one group they want expects it
 * chosen, not merely ticked with ✔️ Selesai still to press. Once something is ticked the
 * person is using the checkboxes: a typed label then ticks or unticks its box, as a tap does.
 */
import { buttonWithLabel } from '../core/button-label.js';
import type { ButtonToggle, RenderedMessage } from '../core/messages.js';
import { RecentMap } from '../core/recent-map.js';
import { buttonReadAs } from './label-read.js';

/** Chats remembered; the least recently answered are forgotten first. */
const MAX_CHATS = 10_000;

/** A button as a chat was shown it. */
interface ShownButton {
  readonly id: string;
  readonly label: string;
  readonly toggle?: ButtonToggle;
  /** Its label as the chat's screen got it (whole, or numbered: see {@link TypedButtonsOptions.shown}). */
  readonly shown: string;
}

type Buttons = readonly ShownButton[];

/**
 * `found`, the button shown in `shown` whose label was typed, if the typed label is to be
 * taken as pressing it; undefined when the text should reach the bot as typed (a checkbox's
 * label while nothing of its list is ticked: see the top of this file).
 */
export function typedLabelAsButton<B extends { readonly toggle?: ButtonToggle }>(found: B | undefined, shown: readonly B[]): B | undefined {
  if (found?.toggle === undefined) return found;
  return shown.some((button) => button.toggle === 'ticked') ? found : undefined;
}

/** How messages sent to a chat change the buttons it remembers (here and in whatsapp/list-memory.ts). */
export interface RememberOptions {
  /**
   * A notice sent between a question and its answer (an alert, the channel's own note such
   * as "edited messages are not read"): without buttons it leaves the chat's buttons as they
   * were, since the person is still answering that question.
   */
  readonly notice?: boolean;
}

/** How a channel shows labels. */
export interface TypedButtonsOptions {
  /**
   * The labels of one message's buttons as its screen shows them, for a channel whose apps
   * cut a long label (Telegram): a label's cut form or beginning typed is then that button as
   * well (./label-read.ts). Without it labels are shown whole, and only a whole one is read.
   */
  readonly shown?: (labels: readonly string[]) => readonly string[];
}

/** Each message's button labels as its screen shows them, in the message's order of buttons. */
export type ShownLabels = readonly (readonly string[])[];

/** The buttons each chat was shown last. */
export class TypedButtons {
  readonly #shown = new RecentMap<string, Buttons>(MAX_CHATS);
  readonly #options: TypedButtonsOptions;

  constructor(options: TypedButtonsOptions = {}) {
    this.#options = options;
  }

  /**
   * Records the buttons of messages sent to the chat (messages without any forget them, unless a
   * notice). Gives back each message's labels as shown, worked out once here: the channel's
   * keyboard shows those (telegram/outbound.ts), so what is read when typed is what was shown.
   */
  remember(chat: string, messages: readonly RenderedMessage[], options: RememberOptions = {}): ShownLabels {
    const labels = messages.map((message) => {
      const whole = (message.buttons ?? []).map((button) => button.label);
      return this.#options.shown?.(whole) ?? whole;
    });
    const buttons = messages.flatMap((message, at) => (message.buttons ?? []).map((button, index): ShownButton => ({ ...button, shown: labels[at]![index] ?? button.label })));
    if (buttons.length > 0) this.#shown.set(chat, buttons);
    else if (options.notice !== true) this.#shown.delete(chat);
    return labels;
  }

  /**
   * The id of the one button shown last in the chat whose label `text` is, or (on a screen that
   * cuts labels) whose label as shown it reads as (see {@link typedLabelAsButton}); undefined otherwise.
   */
  buttonFor(chat: string, text: string): string | undefined {
    const buttons = this.#shown.get(chat);
    if (!buttons) return undefined;
    const found = buttonWithLabel(text, buttons) ?? (this.#options.shown ? buttonReadAs(text, buttons) : undefined);
    return typedLabelAsButton(found, buttons)?.id;
  }
}
