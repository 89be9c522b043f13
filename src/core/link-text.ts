/**
 * Links for channels that have no link buttons (WhatsApp, web chat): each link goes under
 * the text as its label and, on a line of its own, the address — nothing else on that line,
 * so apps that make addresses tappable find the whole of it.
 */
import type { RenderedMessage } from './messages.js';

/** The message with its links moved into the text (unchanged when it has none). */
export function linksAsText(message: RenderedMessage): RenderedMessage {
  if (!message.links || message.links.length === 0) return message;
  const lines = message.links.map((link) => `${link.label}\n${link.url}`);
  const text = [message.text, ...lines].filter((part) => part.trim() !== '').join('\n\n');
  return {
    text,
    ...(message.buttons && message.buttons.length > 0 && { buttons: message.buttons }),
    ...(message.photos && message.photos.length > 0 && { photos: message.photos }),
  };
}

/** {@link linksAsText} for every message. */
export function allLinksAsText(messages: readonly RenderedMessage[]): RenderedMessage[] {
  return messages.map(linksAsText);
}
