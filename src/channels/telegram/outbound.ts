/**
 * Rendered replies → Telegram sendMessage calls. Texts go out as plain text (no
 * parse_mode): replies mix translations with what users typed (group names, answers), and
 * plain text needs no escaping, so no user input can break or inject formatting. Buttons
 * become an inline keyboard on the last part of a split message, with sealed callback data.
 */
import { InlineKeyboard } from 'grammy';
import type { RenderedMessage } from '../../core/messages.js';
import type { CallbackTokens } from './callback-token.js';
import { splitText } from './split-text.js';

/** One sendMessage call's text and options. */
export interface OutgoingMessage {
  readonly text: string;
  readonly keyboard?: InlineKeyboard;
  /** A stored activity photo to send (sendPhoto) instead of text. */
  readonly photoId?: string;
}

/** Labels up to this many characters sit two to a row; longer ones get a row each. */
const SHORT_LABEL = 16;

/**
 * The messages to send for `replies` in chat `chatId`. `emptyText` stands in for a reply
 * that has buttons but no text (Telegram refuses empty messages).
 */
export function toOutgoing(
  replies: readonly RenderedMessage[],
  chatId: string,
  tokens: CallbackTokens,
  emptyText: string,
): OutgoingMessage[] {
  return replies.flatMap((reply) => {
    // Photos go first, so the text and its buttons (e.g. ✅ Verifikasi) follow them.
    const photos: OutgoingMessage[] = (reply.photos ?? []).map((photoId) => ({ text: '', photoId }));
    const buttons = reply.buttons ?? [];
    const text = reply.text.trim().length > 0 ? reply.text : buttons.length > 0 ? emptyText : '';
    if (text.length === 0) return photos;
    const parts = splitText(text);
    if (buttons.length === 0) return [...photos, ...parts.map((part) => ({ text: part }))];
    const keyboard = buildKeyboard(buttons, (id) => tokens.seal(chatId, id));
    return [...photos, ...parts.map((part, index) => (index === parts.length - 1 ? { text: part, keyboard } : { text: part }))];
  });
}

/** One button per row, or two per row when every label is short. */
export function buildKeyboard(
  buttons: ReadonlyArray<{ readonly id: string; readonly label: string }>,
  seal: (id: string) => string,
): InlineKeyboard {
  const perRow = buttons.length > 1 && buttons.every((button) => [...button.label].length <= SHORT_LABEL) ? 2 : 1;
  const keyboard = new InlineKeyboard();
  buttons.forEach((button, index) => {
    keyboard.text(button.label, seal(button.id));
    if ((index + 1) % perRow === 0 && index < buttons.length - 1) keyboard.row();
  });
  return keyboard;
}
