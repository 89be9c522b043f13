/**
 * Rendered replies → Telegram sendMessage calls. Texts go out as plain text (no
 * parse_mode): replies mix translations with what users typed (group names, answers), and
 * plain text needs no escaping, so no user input can break or inject formatting. Buttons
 * become an inline keyboard on the last part of a split message, with sealed callback data.
 * An https link in the text (a dashboard sign-in link, a t.me link) also becomes a URL button
 * there, so it opens with one tap; the text keeps it for copying.
 */
import { InlineKeyboard } from 'grammy';
import type { RenderedMessage } from '../../core/messages.js';
import type { CallbackTokens } from './callback-token.js';
import { splitText } from './split-text.js';

/** One sendMessage call's text and options. */
export interface OutgoingMessage {
  readonly text: string;
  readonly keyboard?: InlineKeyboard;
}

/** Labels up to this many characters sit two to a row; longer ones get a row each. */
const SHORT_LABEL = 16;
/** At most this many URL buttons under one message. */
const MAX_LINK_BUTTONS = 3;
/**
 * https links only: Telegram refuses URL buttons to plain http, localhost or bare
 * addresses, and a refused button would lose the whole message.
 */
const HTTPS_LINK = /https:\/\/[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?(?:\/[^\s<>"']*)?/g;

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
    const buttons = reply.buttons ?? [];
    const text = reply.text.trim().length > 0 ? reply.text : buttons.length > 0 ? emptyText : '';
    if (text.length === 0) return [];
    const parts = splitText(text);
    const links = linksIn(text);
    if (buttons.length === 0 && links.length === 0) return parts.map((part) => ({ text: part }));
    const keyboard = buttons.length > 0 ? buildKeyboard(buttons, (id) => tokens.seal(chatId, id)) : new InlineKeyboard();
    for (const link of links) keyboard.row().url(linkLabel(link), link);
    return parts.map((part, index) => (index === parts.length - 1 ? { text: part, keyboard } : { text: part }));
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

/** The distinct https links in a text, in order, without trailing punctuation. */
export function linksIn(text: string): string[] {
  const found = (text.match(HTTPS_LINK) ?? []).map((link) => link.replace(/[.,;:!?)\]]+$/, ''));
  return [...new Set(found)].slice(0, MAX_LINK_BUTTONS);
}

/** "🔗 t.me/wksbm_bot", "🔗 bot.example.org/dashboard": where the button goes, short. */
function linkLabel(link: string): string {
  const url = new URL(link);
  const where = `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  return `🔗 ${where.length > 40 ? `${where.slice(0, 39)}…` : where}`;
}
