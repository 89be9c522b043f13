/**
 * Replies and alerts as Cloud API messages. Per rendered message:
 * - no buttons: text, split at the platform's 4096 characters;
 * - 1–3 buttons: an interactive reply-button message (titles fitted to 20 characters, ids
 *   are our button ids, so a tap comes back as that button);
 * - 4–10 buttons: an interactive list (row titles 24 characters; a fitted title keeps the
 *   whole label as the row's description);
 * - more than 10: the numbered text Baileys mode uses ("1. …" lines and a hint), answered by
 *   number or label.
 * Every button shown is in the batch's list, so that its whole label typed is that button as
 * on the other channels (typed checkbox labels included, ../typed-buttons.ts), and so is a
 * title cut to fit, typed as it reads ("Sama dengan ketua…"); only the numbered ones answer
 * numbers.
 * Links go into the text (WhatsApp makes addresses tappable); stored photos go first.
 */
import { linksAsText } from '../../core/link-text.js';
import type { RenderedMessage } from '../../core/messages.js';
import { splitText } from '../telegram/split-text.js';
import { listedButton } from '../whatsapp/numbered-list.js';
import type { ListedButton } from '../whatsapp/ports.js';
import { fitTitle, fitTitles } from '../fit-title.js';
import type { CloudMessageBody } from './graph-client.js';

/** Platform limits (Cloud API reference, messages). */
export const CLOUD_LIMITS = {
  text: 4096,
  interactiveBody: 1024,
  buttonTitle: 20,
  buttonId: 256,
  rowTitle: 24,
  rowDescription: 72,
  rowId: 200,
  listButton: 20,
  replyButtons: 3,
  listRows: 10,
} as const;

/** One thing to send, in order. */
export type CloudPart = { readonly kind: 'photo'; readonly photoId: string } | { readonly kind: 'message'; readonly body: CloudMessageBody };

/** A batch as Cloud API messages, and the buttons it showed (empty: none), numbered or not. */
export interface CloudBatch {
  readonly parts: readonly CloudPart[];
  readonly list: readonly ListedButton[];
}

/** The channel's own words around buttons, in the person's language. */
export interface CloudButtonTexts {
  /** The label of the button that opens a list ("Pilih"). */
  readonly listButton: string;
  /** The line under a numbered list. */
  readonly listHint: string;
}

/** Renders replies or an alert as Cloud API messages. */
export function renderCloud(messages: readonly RenderedMessage[], texts: CloudButtonTexts): CloudBatch {
  const parts: CloudPart[] = [];
  const list: ListedButton[] = [];
  let numbered = 0;
  for (const original of messages) {
    for (const photoId of original.photos ?? []) parts.push({ kind: 'photo', photoId });
    const message = linksAsText(original);
    const buttons = message.buttons ?? [];
    const idsFit = (limit: number) => buttons.every((button) => button.id.length > 0 && button.id.length <= limit);
    if (buttons.length === 0) {
      parts.push(...texts_(message.text));
      continue;
    }
    const shape =
      buttons.length <= CLOUD_LIMITS.replyButtons && idsFit(CLOUD_LIMITS.buttonId) ? 'buttons' : buttons.length <= CLOUD_LIMITS.listRows && idsFit(CLOUD_LIMITS.rowId) ? 'list' : 'numbered';
    // The titles as shown: a cut one is remembered, so that typed as it reads it is that button.
    const titles = shape === 'numbered' ? [] : fitTitles(buttons.map((button) => button.label), shape === 'buttons' ? CLOUD_LIMITS.buttonTitle : CLOUD_LIMITS.rowTitle);
    list.push(...buttons.map((button, index) => listedButton({ ...button, title: titles[index] }, shape !== 'numbered')));
    if (shape === 'buttons') {
      parts.push(...interactiveParts(message.text, 'button', { buttons: buttons.map((button, index) => ({ type: 'reply', reply: { id: button.id, title: titles[index] } })) }));
    } else if (shape === 'list') {
      parts.push(
        ...interactiveParts(message.text, 'list', {
          button: fitTitle(texts.listButton, CLOUD_LIMITS.listButton),
          sections: [
            {
              rows: buttons.map((button, index) => {
                const title = titles[index]!;
                // The whole label stays readable under a shortened title.
                const whole = button.label.trim();
                return whole === title ? { id: button.id, title } : { id: button.id, title, description: fitTitle(whole, CLOUD_LIMITS.rowDescription) };
              }),
            },
          ],
        }),
      );
    } else {
      const lines = buttons.map((button) => `${++numbered}. ${button.label}`);
      parts.push(...texts_([message.text, lines.join('\n'), texts.listHint].filter((part) => part.trim() !== '').join('\n\n')));
    }
  }
  return { parts, list };
}

/** Text messages of at most the platform's length. */
function texts_(text: string): CloudPart[] {
  if (text.trim() === '') return [];
  return splitText(text, CLOUD_LIMITS.text).map((part) => ({ kind: 'message', body: { type: 'text', text: { body: part, preview_url: false } } }));
}

/**
 * An interactive message of `type` with `action` and the text as its body; a text longer
 * than a body may be goes first as text messages, its last piece being the body.
 */
function interactiveParts(text: string, type: 'button' | 'list', action: Record<string, unknown>): CloudPart[] {
  const { before, body } = bodyAndRest(text);
  return [...before, { kind: 'message', body: { type: 'interactive', interactive: { type, body: { text: body }, action } } }];
}

/** An interactive body (1024 characters at most) and the text messages before it, if the text is longer. */
function bodyAndRest(text: string): { before: CloudPart[]; body: string } {
  const trimmed = text.trim();
  // The body is required: a prompt made of buttons alone gets a pointing hand.
  if (trimmed === '') return { before: [], body: '👇' };
  if (trimmed.length <= CLOUD_LIMITS.interactiveBody) return { before: [], body: trimmed };
  const pieces = splitText(trimmed, CLOUD_LIMITS.interactiveBody);
  const body = pieces.pop()!;
  return { before: texts_(pieces.join('\n\n')), body };
}

/**
 * The text of an alert as one template parameter: the platform refuses parameters with new
 * lines, tabs or more than four spaces in a row, and the filled-in body must stay within
 * 1024 characters.
 */
export function templateParameter(messages: readonly RenderedMessage[], maxLength = 700): string {
  const flat = messages
    .map((message) => linksAsText(message).text)
    .join('\n')
    .split(/\s*\n+\s*/)
    .filter((line) => line.trim() !== '')
    .join(' · ')
    .replace(/[\t ]+/g, ' ')
    .trim();
  if (flat.length <= maxLength) return flat;
  return fitTitle(flat, maxLength);
}
