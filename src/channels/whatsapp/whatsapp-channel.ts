/**
 * The WhatsApp channel over Baileys (an unofficial WhatsApp Web client): turns incoming
 * one-to-one messages into neutral inbound messages for the runner, and sends replies as
 * paced, capped texts with buttons rendered as numbered lists. The socket's life (pairing,
 * reconnecting, logout) is {@link WhatsAppConnection}'s.
 *
 * Safety rules, because a banned number ends the service for everyone who uses it:
 * - it only answers people who wrote, and `send()` refuses anyone who never wrote first
 *   (except officers who opted in);
 * - every message goes through one queue with random gaps and a daily cap;
 * - groups, status updates, broadcasts and channels are ignored.
 */
import { toNumber, type BaileysEventMap, type WAMessage } from '@whiskeysockets/baileys';
import type { ChannelAdapter, SendResult } from '../../core/channel.js';
import { KeyedQueue } from '../../core/keyed-queue.js';
import type { PhotoFiles } from '../../core/media.js';
import type { InboundMessage, RenderedMessage } from '../../core/messages.js';
import { runInbound, type InboundAnswer } from '../../core/inbound.js';
import { describe, noPriorContact, notConnected, sendFailed, stopped } from './channel-errors.js';
import { realTimers, WhatsAppConnection, type Timers } from './connection.js';
import { toInboundContent } from './inbound-content.js';
import { whatsappMedia } from './media.js';
import { chatKey, chatKind, resolveSender } from './jid.js';
import { ChatListMemory, type RememberOptions } from './list-memory.js';
import { chatTag, type ChannelLogger } from './logger.js';
import { createMemorySendCounter } from './memory-send-counter.js';
import { renderNumbered } from './numbered-list.js';
import { PacedSender, type Pacing } from './paced-sender.js';
import type { PairingOutput } from './pairing-output.js';
import type { ChatListStore, SendCounter, WhatsAppAuthState, WhatsAppContacts } from './ports.js';
import type { Backoff } from './reconnect.js';
import type { SocketFactory, WhatsAppSocket } from './socket.js';
import type { WhatsAppTexts } from './texts.js';

export type { Timers } from './connection.js';

/** Everything the channel is built from. */
export interface WhatsAppChannelOptions {
  /** Builds a Baileys socket; production: createBaileysSocketFactory(…). */
  readonly socketFactory: SocketFactory;
  readonly authState: WhatsAppAuthState;
  /** The bot's number as digits with country code: pair with a code instead of a QR code. */
  readonly pairingNumber?: string | undefined;
  /** The conversation runner: `(message) => runner.handle(message)`. */
  readonly handle: (message: InboundMessage) => Promise<InboundAnswer>;
  readonly texts: WhatsAppTexts;
  /** Language of the channel's own texts when the person's is unknown. */
  readonly defaultLocale: string;
  readonly contacts: WhatsAppContacts;
  /** Persists the last numbered list per chat; without it the lists live in memory only. */
  readonly chatLists?: ChatListStore | undefined;
  /** Counts messages per day; without it the count lives in memory only. */
  readonly sendCounter?: SendCounter | undefined;
  readonly pacing: Pacing;
  readonly backoff?: Backoff | undefined;
  /**
   * Messages sent to the bot while it was disconnected arrive as upsert type "append", not
   * "notify" (Baileys 7: `offline ? 'append' : 'notify'`). Those younger than this are
   * answered too, so a restart loses nothing; older ones are left alone. 0 answers "notify"
   * only. Default 24 h.
   */
  readonly catchUpWindowMs?: number | undefined;
  /** How long a numbered list answers numbers (default 24 h, the conversation timeout). */
  readonly listTtlMs?: number | undefined;
  /** A send that takes longer fails as retryable (default 30 s). */
  readonly sendTimeoutMs?: number | undefined;
  /** How long stop() lets messages in flight finish (default 10 s). */
  readonly stopTimeoutMs?: number | undefined;
  readonly logger: ChannelLogger;
  /** Stored activity photos, sent with the messages that name them (officers' alerts). */
  readonly photos?: PhotoFiles | undefined;
  readonly clock?: (() => Date) | undefined;
  readonly random?: (() => number) | undefined;
  readonly sleep?: ((ms: number) => Promise<void>) | undefined;
  readonly timers?: Timers | undefined;
  /** Where the QR code or pairing code is shown (default: the terminal). */
  readonly pairingOutput?: PairingOutput | undefined;
  /**
   * Called once when the phone logged this device out. The channel has stopped and forgotten
   * the old pairing; restarting the bot shows a new QR code (or pairing code). Tell admins.
   */
  readonly onLoggedOut?: (() => void | Promise<void>) | undefined;
}

/** The WhatsApp {@link ChannelAdapter}. */
export class WhatsAppChannel implements ChannelAdapter {
  readonly name = 'whatsapp' as const;
  /** One proactive message at a time: this adapter paces them itself (see paced-sender.ts). */
  readonly limits = { sequential: true };

  readonly #options: WhatsAppChannelOptions;
  readonly #clock: () => Date;
  readonly #timers: Timers;
  readonly #connection: WhatsAppConnection;
  readonly #lists: ChatListMemory;
  readonly #counter: SendCounter;
  readonly #chats = new KeyedQueue();
  /** Sends of one chat in order (kept apart from #chats: a message being handled waits for its replies' send). */
  readonly #sends = new KeyedQueue();
  readonly #inflight = new Set<Promise<unknown>>();
  #sender: PacedSender;
  /** Set by stop(): no new messages are taken while the ones in flight finish. */
  #stopping = false;

  constructor(options: WhatsAppChannelOptions) {
    this.#options = options;
    this.#clock = options.clock ?? (() => new Date());
    this.#timers = options.timers ?? realTimers;
    this.#counter = options.sendCounter ?? createMemorySendCounter();
    this.#lists = new ChatListMemory({
      ...(options.chatLists !== undefined && { store: options.chatLists }),
      ttlMs: options.listTtlMs ?? 24 * 3_600_000,
      clock: this.#clock,
      onStoreError: (error) => options.logger.warn({ err: describe(error) }, 'whatsapp: numbered list not stored'),
    });
    this.#sender = this.#newSender();
    this.#connection = new WhatsAppConnection({
      socketFactory: options.socketFactory,
      authState: options.authState,
      pairingNumber: options.pairingNumber,
      backoff: options.backoff,
      random: options.random ?? Math.random,
      timers: this.#timers,
      logger: options.logger,
      pairingOutput: options.pairingOutput,
      onUpsert: (socket, upsert) => this.#onUpsert(socket, upsert),
      onLoggedOut: async () => {
        this.#sender.close();
        try {
          await options.onLoggedOut?.();
        } catch (error) {
          options.logger.error({ err: describe(error) }, 'whatsapp: onLoggedOut failed');
        }
      },
    });
  }

  /** True while the socket is open. */
  get connected(): boolean {
    return this.#connection.socket !== undefined;
  }

  /** Opens the socket. Resolves at once: pairing and connecting go on in the background. */
  async start(): Promise<void> {
    if (this.#connection.running) return;
    this.#stopping = false;
    this.#sender = this.#newSender();
    this.#connection.start();
  }

  /** Stops reconnecting, lets messages in flight finish (bounded), then closes the socket. */
  async stop(): Promise<void> {
    this.#stopping = true;
    if (this.#connection.running) await this.#settle(this.#options.stopTimeoutMs ?? 10_000);
    this.#sender.close();
    await this.#connection.stop();
  }

  /** Resolves when no message is being handled or sent (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.#inflight.size > 0) await Promise.allSettled([...this.#inflight]);
    await this.#connection.idle();
  }

  /**
   * Sends to someone who is not waiting for a reply (alerts, notices). Refused for anyone
   * who never wrote to the bot, unless an opted-in officer.
   */
  async send(externalId: string, messages: readonly RenderedMessage[]): Promise<SendResult> {
    if (!this.#connection.running || this.#stopping) return { ok: false, error: stopped() };
    if (!this.connected) return { ok: false, error: notConnected() };
    const { contacts, logger } = this.#options;
    let allowed: boolean;
    try {
      allowed = (await contacts.canMessage(externalId)) || ((await contacts.isOptedInOfficer?.(externalId)) ?? false);
    } catch (error) {
      return { ok: false, error: sendFailed(error) };
    }
    if (!allowed) {
      logger.warn({ chat: chatTag(externalId) }, 'whatsapp: refused to write to a number that never wrote to the bot');
      return { ok: false, error: noPriorContact() };
    }
    // A notice without buttons leaves the list of the question the person is answering, so
    // that their "2" still picks its second choice; a notice with buttons replaces it.
    return this.#track(this.#sends.run(chatKey(externalId), () => this.#deliver(externalId, externalId, messages, { notice: true })));
  }

  /**
   * Sends the replies to someone who just wrote (from the reply outbox): no first-contact
   * check, and still while stopping, so the replies of messages in flight go out.
   */
  async reply(externalId: string, messages: readonly RenderedMessage[]): Promise<SendResult> {
    if (!this.#connection.running) return { ok: false, error: stopped() };
    if (!this.connected) return { ok: false, error: notConnected() };
    return this.#track(this.#sends.run(chatKey(externalId), () => this.#deliver(externalId, externalId, messages)));
  }

  #newSender(): PacedSender {
    const { pacing, logger } = this.#options;
    return new PacedSender({
      pacing,
      counter: this.#counter,
      transmit: (jid, text) => this.#transmit(jid, { text }),
      transmitPhoto: async (jid, photoId) => {
        const photo = await this.#options.photos?.read(photoId);
        // Gone since the alert was recorded (erased, purged): nothing to send.
        if (photo) await this.#transmit(jid, { image: Buffer.from(photo.bytes), mimetype: photo.mime });
      },
      clock: this.#clock,
      random: this.#options.random ?? Math.random,
      sleep: this.#options.sleep ?? ((ms) => new Promise((resolve) => this.#timers.setTimeout(resolve, ms))),
      logger,
    });
  }

  #onUpsert(socket: WhatsAppSocket, upsert: BaileysEventMap['messages.upsert']): void {
    if (this.#stopping) return;
    for (const message of upsert.messages) {
      // 'append' is also our own sends and group notices (filtered below); from people, it
      // is what they wrote while the bot was offline.
      if (upsert.type !== 'notify' && !this.#isRecent(message)) continue;
      const chat = message.key.remoteJid;
      // Cheap filters first: own messages (sent from the phone or echoed) and non-user chats.
      if (!chat || message.key.fromMe || chatKind(chat) !== 'user') continue;
      // One chat's messages are handled in order: a numbered answer is read against the
      // list its predecessor's replies left.
      // #process logs and answers its own failures; tracked so that stop() waits for it.
      void this.#track(this.#chats.run(chatKey(chat), () => this.#process(socket, message)));
    }
  }

  #isRecent(message: WAMessage): boolean {
    const windowMs = this.#options.catchUpWindowMs ?? 24 * 3_600_000;
    const sentAtMs = toNumber(message.messageTimestamp) * 1000;
    return windowMs > 0 && sentAtMs > 0 && this.#clock().getTime() - sentAtMs <= windowMs;
  }

  async #process(socket: WhatsAppSocket, message: WAMessage): Promise<void> {
    const { logger } = this.#options;
    const chat = chatTag(message.key.remoteJid ?? '');
    try {
      const content = toInboundContent(message);
      const id = message.key.id;
      if (content === null || !id) {
        logger.debug({ chat }, 'whatsapp: ignored a message the bot does not answer (reaction, protocol, sticker, …)');
        return;
      }
      const lidMapping = socket.signalRepository?.lidMapping;
      const sender = await resolveSender(message.key, lidMapping ? (lid) => lidMapping.getPNForLID(lid) : undefined);
      if (sender === null) return;
      const media = content.type === 'media' ? whatsappMedia(message, socket.updateMediaMessage?.bind(socket)) : undefined;
      const inbound: InboundMessage = {
        channel: 'whatsapp',
        messageId: `wa:${id}`,
        sender: {
          externalId: sender.externalId,
          ...(sender.phoneE164 !== undefined && { phoneE164: sender.phoneE164 }),
          // The push name the person set in WhatsApp: offered as their own name, never stored unasked.
          ...(message.pushName?.trim() && { profileName: message.pushName.trim() }),
        },
        // A typed "2" or a typed label of the chat's last list is that button.
        content: await this.#lists.answer(sender.externalId, content),
        ...(media && { media }),
      };
      const outcome = await runInbound(this.#options.handle, inbound, logger);
      if (outcome.kind === 'outbox') {
        // The reply outbox sends them (through reply()); the chat's next message waits for
        // that, so that it is read against the numbered list these replies leave.
        await outcome.handover.sent;
        return;
      }
      if (outcome.kind === 'send') {
        await this.#deliver(sender.chatJid, sender.externalId, outcome.replies);
        return;
      }
      // Rolled back by the runner: tell the person rather than leave them waiting. The
      // question stands, so the apology (a notice) leaves its list for the answer sent again.
      const locale = (await this.#options.contacts.localeOf?.(sender.externalId).catch(() => undefined)) ?? this.#options.defaultLocale;
      await this.#deliver(sender.chatJid, sender.externalId, [{ text: this.#options.texts.failed(locale) }], { notice: true });
    } catch (error) {
      logger.error({ chat, err: describe(error) }, 'whatsapp: handling a message failed');
    }
  }

  /**
   * Renders and queues replies for one chat; the first failure, if any, is the result.
   * `notice`: a batch without buttons does not forget the chat's current list.
   */
  async #deliver(jid: string, externalId: string, messages: readonly RenderedMessage[], options: RememberOptions = {}): Promise<SendResult> {
    const { contacts, texts, defaultLocale } = this.#options;
    if (messages.length === 0) return { ok: true };
    const locale = (await contacts.localeOf?.(externalId).catch(() => undefined)) ?? defaultLocale;
    const batch = renderNumbered(messages, texts.listHint(locale));
    // Remembered before sending: the next message of this chat waits in the chat queue,
    // and must be read against this list.
    await this.#lists.remember(externalId, batch.list, options);
    // Photos (an alert's evidence) go first, then the texts that refer to them.
    const photos = messages.flatMap((message) => message.photos ?? []).map((photoId) => this.#sender.enqueuePhoto(jid, photoId));
    const results = await Promise.all([...photos, ...batch.texts.map((text) => this.#sender.enqueue(jid, text))]);
    return results.find((result) => !result.ok) ?? { ok: true };
  }

  async #transmit(jid: string, content: { text: string } | { image: Buffer; mimetype?: string }): Promise<void> {
    const socket = this.#connection.socket;
    if (socket === undefined) throw Object.assign(new Error('not connected'), { output: { statusCode: 428 } });
    const timeoutMs = this.#options.sendTimeoutMs ?? 30_000;
    let timer: unknown;
    const timeout = new Promise<never>((_, reject) => {
      timer = this.#timers.setTimeout(() => reject(new Error(`no answer from WhatsApp within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([socket.sendMessage(jid, content), timeout]);
    } finally {
      this.#timers.clearTimeout(timer);
    }
  }

  async #settle(timeoutMs: number): Promise<void> {
    let timer: unknown;
    const timeout = new Promise<void>((resolve) => {
      timer = this.#timers.setTimeout(resolve, timeoutMs);
    });
    await Promise.race([this.idle(), timeout]);
    this.#timers.clearTimeout(timer);
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#inflight.add(promise);
    const forget = () => this.#inflight.delete(promise);
    promise.then(forget, forget);
    return promise;
  }
}
