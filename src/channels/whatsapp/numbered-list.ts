/**
 * Buttons on WhatsApp. An unofficial client has no reliable interactive buttons (WhatsApp
 * drops or refuses them for non-business accounts), so quick replies become a numbered list
 * under the text, and the user answers with the number or the label.
 *
 * Numbers run on across one batch of replies (1–3 under the first message, 4–5 under the
 * next), so every number in what the user just saw is unambiguous.
 */
import { simplifyLabel } from '../../core/button-label.js';
import { allLinksAsText } from '../../core/link-text.js';
import type { RenderedMessage } from '../../core/messages.js';
import type { ListedButton } from './ports.js';
import { typedLabelAsButton } from '../typed-buttons.js';

/** A batch of replies as WhatsApp texts, and the list they offered (empty: none). */
export interface NumberedBatch {
  readonly texts: readonly string[];
  readonly list: readonly ListedButton[];
}

/** Renders replies as texts; buttons become "1. Label" lines, plus `hint` once per batch. */
export function renderNumbered(withLinks: readonly RenderedMessage[], hint: string): NumberedBatch {
  // WhatsApp makes an address in the text tappable: links go there, each on its own line.
  const replies = allLinksAsText(withLinks);
  const list: ListedButton[] = [];
  const lastWithButtons = replies.reduce((last, reply, index) => ((reply.buttons?.length ?? 0) > 0 ? index : last), -1);
  const texts = replies.map((reply, index) => {
    const buttons = reply.buttons ?? [];
    if (buttons.length === 0) return reply.text;
    const lines = buttons.map((button) => {
      list.push(listedButton(button));
      return `${list.length}. ${button.label}`;
    });
    const parts = [reply.text, lines.join('\n')];
    if (index === lastWithButtons && hint !== '') parts.push(hint);
    return parts.filter((part) => part !== '').join('\n\n');
  });
  return { texts, list };
}

/**
 * A button as a list remembers it: `unnumbered` when it was shown as a tappable button
 * rather than a numbered line (see {@link ListedButton.unnumbered}); its `title` only when it
 * reads otherwise than the label (cut, not merely without the emoji).
 */
export function listedButton(button: Pick<ListedButton, 'id' | 'label' | 'toggle' | 'title'>, unnumbered = false): ListedButton {
  const cut = button.title !== undefined && simplifyLabel(button.title) !== simplifyLabel(button.label);
  return {
    id: button.id,
    label: button.label,
    ...(button.toggle && { toggle: button.toggle }),
    ...(unnumbered && { unnumbered: true }),
    ...(cut && { title: button.title }),
  };
}

/**
 * The button an answer picks from `list`: its number ("2", "2.", " 2 ") among the numbered
 * buttons, or its label among all, compared without case, accents, emoji and punctuation
 * ("lanjutkan" for "▶️ Lanjutkan"), else the one button whose cut title it is as shown
 * ("Sama dengan ketua…" or "sama dengan ketua" for the title "Sama dengan ketua…": the
 * ellipsis is punctuation). Undefined when the answer is none of these; it then goes to the bot as typed text. So does a
 * checkbox's label while nothing of its list is ticked (an answer in words, see
 * ../typed-buttons.ts); its number is always a tap.
 */
export function matchListAnswer(text: string, list: readonly ListedButton[]): ListedButton | undefined {
  if (list.length === 0) return undefined;
  const number = /^\s*(\d{1,3})\s*[.)]?\s*$/.exec(text);
  // A number is a numbered line's; an interactive row shows none, so "2" there is the text 2.
  if (number) return list.filter((button) => button.unnumbered !== true)[Number(number[1]) - 1];
  const wanted = simplifyLabel(text);
  if (wanted === '') return undefined;
  const byLabel = list.find((button) => simplifyLabel(button.label) === wanted);
  // A title two buttons were cut to alike names neither: it goes to the bot as typed.
  const byTitle = byLabel ? undefined : list.filter((button) => button.title !== undefined && simplifyLabel(button.title) === wanted);
  return typedLabelAsButton(byLabel ?? (byTitle?.length === 1 ? byTitle[0] : undefined), list);
}
