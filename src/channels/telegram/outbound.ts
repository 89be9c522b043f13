/**
 * Rendered replies → Telegram sendMessage calls. Texts go out as plain text (no
 * parse_mode): replies mix translations with what users typed (group names, answers), and
 * plain text needs no escaping, so no user input can break or inject formatting. Buttons
 * become an inline keyboard on the last part of a split message, with sealed callback data.
 * A message's links, and any https link in its text (a t.me link), become URL buttons on
 * the same keyboard, so they open with one tap; the text keeps a typed link for copying.
 */
import { InlineKeyboard } from 'grammy';
import { linksAsText } from '../../core/link-text.js';
import type { RenderedMessage } from '../../core/messages.js';
import { numberedWhenAlike } from '../fit-title.js';
import type { ShownLabels } from '../typed-buttons.js';
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
 * About the characters a label on a row of its own shows whole in Telegram's phone apps. The
 * Bot API sets no limit, and the apps cut a wider label at its end, at the width the screen
 * has: labels stay whole (a wider screen shows "Sama dengan ketua Arisan Melati (Bu Siti
 * Aminah)" whole), but long names alike at their start ("Majelis Taklim Al Hikmah Dusun Glugo
 * Wetan" and "… Kulon") are numbered, as the text lists such names (../fit-title.ts).
 */
export const TELEGRAM_LABEL_ROOM = 30;
/** At most this many URL buttons under one message. */
const MAX_LINK_BUTTONS = 3;
/**
 * https links only: Telegram refuses URL buttons to plain http, localhost or bare
 * addresses, and a refused button would lose the whole message.
 */
const HTTPS_LINK = /https:\/\/[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?(?:\/[^\s<>"']*)?/g;

/**
 * The messages to send for `replies` in chat `chatId`. `emptyText` stands in for a reply
 * that has buttons but no text (Telegram refuses empty messages). `shown`, each reply's button
 * labels as the chat was told it is shown them (the channel's TypedButtons worked them out for
 * the message, ../typed-buttons.ts): its keyboard shows those, not worked out again.
 */
export function toOutgoing(
  replies: readonly RenderedMessage[],
  chatId: string,
  tokens: CallbackTokens,
  emptyText: string,
  shown?: ShownLabels,
): OutgoingMessage[] {
  return replies.flatMap((original, at) => {
    // Photos go first, so the text and its buttons (e.g. ✅ Verifikasi) follow them.
    const photos: OutgoingMessage[] = (original.photos ?? []).map((photoId) => ({ text: '', photoId }));
    // Telegram refuses URL buttons to local addresses: those go into the text instead.
    const links = (original.links ?? []).filter((link) => acceptsUrlButton(link.url));
    const local = (original.links ?? []).filter((link) => !acceptsUrlButton(link.url));
    const reply = local.length > 0 ? linksAsText({ ...original, links: local }) : original;
    const buttons = reply.buttons ?? [];
    const text = reply.text.trim().length > 0 ? reply.text : buttons.length > 0 || links.length > 0 ? emptyText : '';
    if (text.length === 0) return photos;
    const parts = splitText(text);
    const inText = linksIn(text)
      .filter((url) => !links.some((link) => link.url === url))
      .map((url) => ({ url, label: linkLabel(url) }));
    const allLinks = [...links, ...inText].slice(0, MAX_LINK_BUTTONS);
    if (buttons.length === 0 && allLinks.length === 0) return [...photos, ...parts.map((part) => ({ text: part }))];
    const keyboard = buildKeyboard(buttons, (id) => tokens.seal(chatId, id), allLinks, shown?.[at]);
    return [...photos, ...parts.map((part, index) => (index === parts.length - 1 ? { text: part, keyboard } : { text: part }))];
  });
}

/**
 * True when Telegram takes `url` for a URL button: http(s) to a named public host. Local
 * names and loopback or private addresses (a bot without PUBLIC_URL) are refused by the Bot
 * API, which would lose the whole message.
 */
export function acceptsUrlButton(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  const host = parsed.hostname;
  if (host === 'localhost' || host.endsWith('.localhost') || host.startsWith('[') || !host.includes('.')) return false;
  return !/^(127|10|0)\.|^192\.168\.|^172\.(1[6-9]|2\d|3[01])\.|^169\.254\./.test(host);
}

/** The labels of one message's buttons as its keyboard shows them: whole, numbered when alike within {@link TELEGRAM_LABEL_ROOM}. */
export function shownLabels(labels: readonly string[]): string[] {
  return numberedWhenAlike(labels, TELEGRAM_LABEL_ROOM);
}

/**
 * One button per row, or two per row when every label is short; labels alike within {@link
 * TELEGRAM_LABEL_ROOM} numbered, unless `shown` gives them as worked out already.
 */
export function buildKeyboard(
  buttons: ReadonlyArray<{ readonly id: string; readonly label: string }>,
  seal: (id: string) => string,
  links: ReadonlyArray<{ readonly url: string; readonly label: string }> = [],
  shown?: readonly string[],
): InlineKeyboard {
  const labels = shown ?? shownLabels(buttons.map((button) => button.label));
  const perRow = buttons.length > 1 && labels.every((label) => [...label].length <= SHORT_LABEL) ? 2 : 1;
  const keyboard = new InlineKeyboard();
  // Links first, a row each: Telegram opens them itself (URL buttons), so a long address
  // never wraps in the text and the button shows a short label.
  links.forEach((link, index) => {
    keyboard.url(link.label, link.url);
    if (index < links.length - 1 || buttons.length > 0) keyboard.row();
  });
  buttons.forEach((button, index) => {
    keyboard.text(labels[index]!, seal(button.id));
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
