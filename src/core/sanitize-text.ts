/**
 * Text from outside, made safe to store, echo and send: every channel's input passes
 * through here before the conversation runner sees it.
 *
 * - A lone UTF-16 surrogate (half of an emoji pair, cut by a client or forged in JSON as
 *   "\ud800") is not a character: PostgreSQL rejects it in jsonb and Telegram rejects it in
 *   a message, so it becomes U+FFFD (the replacement character).
 * - NUL cannot be stored in PostgreSQL text at all, and the other C0 control characters
 *   (and DEL) are invisible garbage in a chat: they are dropped, except tab and line
 *   breaks; a carriage return becomes a line break.
 * - Text is capped at {@link MAX_INBOUND_TEXT} characters (code points, never splitting a
 *   pair). No answer the bot asks for is nearly that long, so a capped message still gets
 *   the usual polite "that is not what I need" from the step that reads it, instead of an
 *   error; and nothing huge reaches the database or the replies that echo it.
 *
 * Everything else is kept: emoji and ZWJ sequences, right-to-left text, zero-width
 * characters (parsers that care strip them), HTML and Markdown characters (replies are
 * plain text), quotes (queries are parameterised).
 */
import type { InboundContent, InboundMessage } from './messages.js';

/** Longest inbound text kept, in code points (Telegram's own message limit is 4,096). */
export const MAX_INBOUND_TEXT = 4_096;

/** Longest button id kept: ours are short, anything longer is forged and will not match. */
export const MAX_BUTTON_ID = 256;

// C0 controls except \t (09) and \n (0A); \r (0D) is handled first. DEL (7F) too.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Anything the replacements below could change (\r and every surrogate included): text without it is kept as it is, after one test. */
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f\ud800-\udfff]/;

/** Options of {@link sanitizeText}. */
export interface SanitizeOptions {
  /** Cap in code points; default no cap. */
  readonly maxLength?: number;
}

/** The text with lone surrogates replaced, control characters dropped and (optionally) capped. */
export function sanitizeText(text: string, options: SanitizeOptions = {}): string {
  // Most text (every key and string of a webhook's JSON, too) needs nothing: one test, no copies.
  if (!SUSPECT.test(text) && (options.maxLength === undefined || text.length <= options.maxLength)) return text;
  let clean = text.replace(LONE_SURROGATE, '\ufffd').replace(/\r\n?/g, '\n').replace(CONTROLS, '');
  const max = options.maxLength;
  if (max !== undefined && clean.length > max) {
    // Cheap test first: length in UTF-16 units ≥ length in code points.
    const points = Array.from(clean);
    if (points.length > max) clean = points.slice(0, max).join('');
  }
  return clean;
}

/** An inbound message with its text, caption and button id made safe (see the module comment). */
export function sanitizeInbound(message: InboundMessage): InboundMessage {
  const content = sanitizeContent(message.content);
  const externalId = sanitizeText(message.sender.externalId, { maxLength: MAX_BUTTON_ID });
  const messageId = sanitizeText(message.messageId, { maxLength: MAX_BUTTON_ID });
  if (content === message.content && externalId === message.sender.externalId && messageId === message.messageId) return message;
  return { ...message, messageId, sender: { ...message.sender, externalId }, content };
}

function sanitizeContent(content: InboundContent): InboundContent {
  switch (content.type) {
    case 'text': {
      const text = sanitizeText(content.text, { maxLength: MAX_INBOUND_TEXT });
      return text === content.text ? content : { ...content, text };
    }
    case 'button': {
      const id = sanitizeText(content.id, { maxLength: MAX_BUTTON_ID });
      return id === content.id ? content : { ...content, id };
    }
    case 'media': {
      if (content.caption === undefined) return content;
      const caption = sanitizeText(content.caption, { maxLength: MAX_INBOUND_TEXT });
      return caption === content.caption ? content : { ...content, caption };
    }
    case 'location':
      return content;
  }
}
