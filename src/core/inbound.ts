/**
 * The one inbound contract of every channel: what a channel does with the runner's answer
 * to a message. Telegram, WhatsApp (and any new channel) call {@link runInbound} and act on
 * its outcome the same way:
 *
 * - `outbox`: the reply outbox sends the replies (at least once, across crashes). A
 *   duplicate delivery lands here too: its replies went to the outbox the first time.
 * - `send`: send these replies now (a refusal by the flood limit, a duplicate whose replies
 *   were stored without the outbox, a set-up without the outbox).
 * - `failed`: the runner failed and rolled back; the channel tells the person in their
 *   language (`common:channel.failed`) rather than leave them waiting. Logged once, here.
 *
 * Web chat answers in its HTTP response instead, but reads the same result.
 */
import type { InboundMessage, RenderedMessage } from './messages.js';
import type { ReplyHandover } from './outbox/reply-ports.js';

/** What handling a message produced, as a channel sees it; a duplicate carries the replies stored the first time. */
export interface InboundAnswer {
  readonly kind?: 'processed' | 'duplicate' | 'throttled';
  readonly replies: readonly RenderedMessage[];
  /** Set when the reply outbox sends the replies: the channel does not send them itself. */
  readonly outbox?: ReplyHandover;
}

/** What the channel does next; see the module comment. */
export type InboundOutcome =
  | { readonly kind: 'outbox'; readonly handover: ReplyHandover }
  | { readonly kind: 'send'; readonly replies: readonly RenderedMessage[] }
  | { readonly kind: 'failed' };

/** The i18n key of the apology a channel sends for a `failed` outcome. */
export const INBOUND_FAILED_TEXT = 'common:channel.failed';

/** A logger such as pino's (only ids, never content). */
export interface InboundLogger {
  error(details: object, message: string): void;
}

/** Hands `message` to the runner and says what the channel must do with the answer. */
export async function runInbound(
  handle: (message: InboundMessage) => Promise<InboundAnswer>,
  message: InboundMessage,
  logger: InboundLogger,
): Promise<InboundOutcome> {
  let answer: InboundAnswer;
  try {
    answer = await handle(message);
  } catch (error) {
    logger.error({ err: error, channel: message.channel, messageId: message.messageId }, `${message.channel}: message not processed`);
    return { kind: 'failed' };
  }
  if (answer.outbox) return { kind: 'outbox', handover: answer.outbox };
  return { kind: 'send', replies: answer.replies };
}
