/**
 * Web chat as a channel for proactive messages: the browser is only connected while a
 * request is open, so `send` puts the messages in the user's inbox, and the page fetches
 * them (GET /webchat/inbox, see inbox-routes.ts) while it is open.
 */
import type { ChannelAdapter, SendResult } from '../../core/channel.js';
import { allLinksAsText } from '../../core/link-text.js';
import type { RenderedMessage } from '../../core/messages.js';
import type { Clock } from '../../core/ports.js';

/** Where the channel puts messages; storage's createWebchatInbox provides it. */
export interface WebchatInboxWriter {
  append(externalId: string, messages: readonly RenderedMessage[], now: Date, replyTo?: string): Promise<void>;
}

/** Everything the channel is built from. */
export interface WebchatChannelOptions {
  readonly inbox: WebchatInboxWriter;
  readonly clock?: Clock;
}

/** The web chat {@link ChannelAdapter}: receiving is HTTP (webchat-routes.ts), sending is the inbox. */
export class WebchatChannel implements ChannelAdapter {
  readonly name = 'webchat' as const;
  readonly #inbox: WebchatInboxWriter;
  readonly #clock: Clock;

  constructor(options: WebchatChannelOptions) {
    this.#inbox = options.inbox;
    this.#clock = options.clock ?? (() => new Date());
  }

  /** Nothing to start: messages arrive as HTTP requests. */
  async start(): Promise<void> {}

  /** Nothing to stop: a send is one database write, awaited by its caller. */
  async stop(): Promise<void> {}

  /** Stores the messages for the user's page; only a database failure fails it (retryable). */
  async send(externalId: string, messages: readonly RenderedMessage[]): Promise<SendResult> {
    return this.reply(externalId, messages);
  }

  /**
   * Replies whose HTTP answer did not go out (from the reply outbox): into the inbox too,
   * marked with the message they answer, so that a retried request does not show them twice.
   */
  async reply(externalId: string, messages: readonly RenderedMessage[], inReplyTo?: string): Promise<SendResult> {
    try {
      // The page shows text; links go into it, each address on its own line.
      await this.#inbox.append(externalId, allLinksAsText(messages), this.#clock(), inReplyTo);
      return { ok: true };
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : String(error).slice(0, 120);
      return { ok: false, error: { channel: 'webchat', retryable: true, reason: `inbox not written: ${detail}` } };
    }
  }
}
