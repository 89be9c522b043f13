/**
 * The HTTP answer of a web chat route that handled a message (`POST /webchat/messages`,
 * `POST /webchat/photos`): it carries the replies to the page, so it also tells the reply
 * outbox whether it went out.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { allLinksAsText } from '../../core/link-text.js';
import type { RenderedMessage } from '../../core/messages.js';
import type { ReplyHandover } from '../../core/outbox/reply-ports.js';

/** What a handled web chat message gives back. */
export interface HandledWebchatMessage {
  readonly replies: readonly RenderedMessage[];
  readonly outbox?: ReplyHandover;
  /** The language the person chose in the chat, if they did: the page shows its own words in it. */
  readonly locale?: string;
}

/**
 * The body to answer with. The replies count as sent once the answer is written out; when
 * the connection is gone first, the outbox puts them in the inbox the page polls.
 */
export function answerWithReplies(request: FastifyRequest, reply: FastifyReply, result: HandledWebchatMessage): { replies: RenderedMessage[]; locale?: string } {
  const outboxSettle = result.outbox?.settle;
  if (outboxSettle) {
    let told = false;
    const settle = (answered: boolean) => {
      if (told) return;
      told = true;
      outboxSettle(answered);
    };
    const response = reply.raw;
    if (response.destroyed || request.raw.socket?.destroyed === true) settle(false);
    else {
      response.once('finish', () => settle(true));
      response.once('close', () => settle(response.writableFinished));
    }
  }
  // Links go into the text, each address on its own line (the page makes them tappable).
  return { replies: allLinksAsText(result.replies), ...(result.locale !== undefined && { locale: result.locale }) };
}
