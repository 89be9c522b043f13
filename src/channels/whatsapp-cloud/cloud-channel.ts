/**
 * WhatsApp over the official Cloud API (WhatsApp Business Platform): webhooks in, Graph API
 * calls out, the same runner and flows as every other channel. It speaks as channel
 * "whatsapp" with the same identities Baileys mode uses ("628…@s.whatsapp.net"), so a
 * community that moves its number from one mode to the other keeps its people.
 *
 * The platform's rule that shapes it: free-form messages only within 24 hours of the
 * person's last message. Each inbound message records that time ({@link CloudStore}); an
 * alert inside the window goes as normal messages, outside it as the approved template for
 * its kind, and with no template it is held in the outbox (pending, the reason shown to
 * admins) until the person writes again, which releases it at once.
 */
import type { ChannelAdapter, ChannelError, ChannelLimits, SendContext, SendResult } from '../../core/channel.js';
import { isDeliveryStatus } from '../../core/channel-stores.js';
import type { CloudTemplates } from '../../config/whatsapp-cloud.js';
import { KeyedQueue } from '../../core/keyed-queue.js';
import type { InboundMedia, PhotoFiles } from '../../core/media.js';
import type { InboundMessage, RenderedMessage } from '../../core/messages.js';
import { runInbound, type InboundAnswer } from '../../core/inbound.js';
import { ChatListMemory, type RememberOptions } from '../whatsapp/list-memory.js';
import type { ChatListStore } from '../whatsapp/ports.js';
import type { GraphClient } from './graph-client.js';
import { cloudSender, recipientOf, toCloudInbound } from './inbound.js';
import { renderCloud } from './outbound.js';
import type { CloudStore } from './ports.js';
import { classifyCode, isOutsideWindow, toChannelError } from './send-errors.js';
import { pickTemplate, templateMessage } from './templates.js';
import type { CloudTexts } from './texts.js';
import type { CloudWebhookOptions } from './webhook-routes.js';
import { readWebhook, type CloudInboundMessage, type CloudStatus, type WebhookBody } from './webhook-payload.js';

/** The platform's customer service window. */
export const WINDOW_MS = 24 * 3_600_000;
/** A message sent this close to the window's end might arrive after it: a template goes instead. */
const WINDOW_MARGIN_MS = 5 * 60_000;

/** A logger such as pino's; phone numbers and message content are never logged. */
export interface CloudLogger {
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Everything the channel is built from. */
export interface WhatsAppCloudChannelOptions {
  readonly client: GraphClient;
  readonly phoneNumberId: string;
  readonly appSecret: string;
  readonly verifyToken: string;
  /** The conversation runner (with the flood limit): `handle` from main.ts. */
  readonly handle: (message: InboundMessage) => Promise<InboundAnswer>;
  readonly store: CloudStore;
  readonly texts: CloudTexts;
  readonly templates: CloudTemplates;
  readonly defaultLocale: string;
  readonly logger: CloudLogger;
  /** Persists the buttons shown last per chat (numbered lists, interactive buttons and rows); without it, memory only. */
  readonly chatLists?: ChatListStore | undefined;
  /** Stored activity photos, sent with the alerts that name them. */
  readonly photos?: PhotoFiles | undefined;
  /** Alerts held for a person were released (they wrote): send them now. */
  readonly onReleased?: (() => void) | undefined;
  readonly clock?: (() => Date) | undefined;
  /** How long the buttons shown last answer numbers and typed labels (default 24 h). */
  readonly listTtlMs?: number | undefined;
  /** The webhook is answered after this at the latest, even if messages are still being handled (default 5 s). */
  readonly webhookAnswerMs?: number | undefined;
  /** Messages per second the number may send (WHATSAPP_CLOUD_RATE_PER_SECOND; the platform's default tier is 80). */
  readonly ratePerSecond?: number | undefined;
}

/** The Cloud API {@link ChannelAdapter}. */
export class WhatsAppCloudChannel implements ChannelAdapter {
  readonly name = 'whatsapp' as const;
  /** The outbox sends alerts side by side up to the number's throughput; one person's stay in order. */
  readonly limits: ChannelLimits;

  readonly #o: WhatsAppCloudChannelOptions;
  readonly #clock: () => Date;
  readonly #lists: ChatListMemory;
  /** One chat's messages are handled in order (a number or label typed is read against the last buttons). */
  readonly #chats = new KeyedQueue();
  /** One chat's sends go in order. */
  readonly #sends = new KeyedQueue();
  readonly #inflight = new Set<Promise<unknown>>();
  #running = false;

  constructor(options: WhatsAppCloudChannelOptions) {
    this.#o = options;
    this.limits = { rate: { perSecond: pacedRate(options.ratePerSecond ?? 80) } };
    this.#clock = options.clock ?? (() => new Date());
    this.#lists = new ChatListMemory({
      ...(options.chatLists !== undefined && { store: options.chatLists }),
      ttlMs: options.listTtlMs ?? 24 * 3_600_000,
      clock: this.#clock,
      onStoreError: (error) => options.logger.warn({ err: String(error) }, 'whatsapp-cloud: numbered list not stored'),
    });
  }

  /** The webhook routes' options (register `whatsappCloudWebhookRoutes` with them). */
  get webhook(): CloudWebhookOptions {
    return { appSecret: this.#o.appSecret, verifyToken: this.#o.verifyToken, receive: (body) => this.receive(body) };
  }

  /** Webhooks are taken from now on (the routes exist from the start; before this they answer 503). */
  async start(): Promise<void> {
    this.#running = true;
  }

  /** Takes no more webhooks and lets the messages in flight finish (bounded). */
  async stop(): Promise<void> {
    this.#running = false;
    await Promise.race([this.idle(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  }

  /** Resolves when no message is being handled or sent (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.#inflight.size > 0) await Promise.allSettled([...this.#inflight]);
  }

  /**
   * Handles a verified webhook body: statuses are recorded, messages go to the runner in
   * per-chat order. Resolves once every message is committed (or after `webhookAnswerMs`);
   * false when the channel is not running.
   */
  async receive(body: WebhookBody): Promise<boolean> {
    if (!this.#running) return false;
    const { messages, statuses, templates, skipped } = readWebhook(body, this.#o.phoneNumberId);
    if (skipped > 0) this.#o.logger.warn({ skipped }, 'whatsapp-cloud: skipped malformed webhook items');
    for (const event of templates) {
      // A paused or disabled template makes its alerts fail (132015/132016): say so where admins look.
      const level = event.event === 'APPROVED' ? 'info' : 'warn';
      this.#o.logger[level]({ template: event.message_template_name, language: event.message_template_language, event: event.event, reason: event.reason ?? undefined }, 'whatsapp-cloud: template review state changed');
    }
    const committed: Promise<void>[] = [];
    for (const message of messages) {
      let done!: () => void;
      committed.push(new Promise<void>((resolve) => (done = resolve)));
      const { externalId } = cloudSender(message.from);
      void this.#track(this.#chats.run(externalId, () => this.#process(message, done)).finally(done));
    }
    const recorded = statuses.map((status) => this.#track(this.#recordStatus(status)));
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.#o.webhookAnswerMs ?? 5_000);
    });
    await Promise.race([Promise.all([...committed, ...recorded]), limit]);
    clearTimeout(timer);
    return true;
  }

  /** Sends an alert or notice: as messages inside the 24-hour window, as a template outside it, else held. */
  async send(externalId: string, messages: readonly RenderedMessage[], context?: SendContext): Promise<SendResult> {
    if (!this.#running) return { ok: false, error: { channel: 'whatsapp', retryable: true, reason: 'WhatsApp channel stopped' } };
    const to = recipientOf(externalId);
    if (to === undefined) return { ok: false, error: noNumber() };
    return this.#track(
      this.#sends.run(externalId, async () => {
        const now = this.#clock().getTime();
        const contact = await this.#o.store.contact(externalId).catch(() => ({ lastInboundAt: undefined, locale: undefined }));
        const last = contact.lastInboundAt;
        if (last !== undefined && now - last.getTime() < WINDOW_MS - WINDOW_MARGIN_MS) {
          // An alert without buttons leaves the list of the question the person is answering.
          const result = await this.#deliver(externalId, to, messages, { context, locale: contact.locale, notice: true });
          // Our record said open, the platform says closed (a message the webhook never brought): template.
          if (result.ok || !result.outsideWindow) return result.ok ? { ok: true } : { ok: false, error: result.error };
        }
        return this.#sendTemplate(to, messages, context);
      }),
    );
  }

  /** Sends the replies to someone who just wrote (from the reply outbox): their window is open. */
  reply(externalId: string, messages: readonly RenderedMessage[]): Promise<SendResult> {
    return this.#answer(externalId, messages, {});
  }

  /**
   * Sends the channel's own note to someone who just wrote ("only text and photos", the
   * apology): the question before it still stands, so its buttons stay answerable by label.
   */
  async #note(externalId: string, text: (locale: string) => string): Promise<void> {
    const locale = (await this.#o.store.localeOf(externalId).catch(() => undefined)) ?? this.#o.defaultLocale;
    await this.#answer(externalId, [{ text: text(locale) }], { notice: true, locale });
  }

  /** Sends to someone who just wrote, after that chat's earlier sends (`locale`: theirs, when already read). */
  #answer(externalId: string, messages: readonly RenderedMessage[], options: RememberOptions & { locale?: string }): Promise<SendResult> {
    const to = recipientOf(externalId);
    if (to === undefined) return Promise.resolve({ ok: false, error: noNumber() });
    return this.#track(
      this.#sends.run(externalId, async () => {
        const result = await this.#deliver(externalId, to, messages, options);
        return result.ok ? { ok: true } : { ok: false, error: result.error };
      }),
    );
  }

  async #process(message: CloudInboundMessage, committed: () => void): Promise<void> {
    const { logger } = this.#o;
    // The profile name the person set in WhatsApp: offered as their own name, never stored unasked.
    const sender = { ...cloudSender(message.from), ...(message.profileName !== undefined && { profileName: message.profileName }) };
    const inbound = toCloudInbound(message);
    try {
      if (inbound.kind === 'ignore') return;
      if (inbound.kind === 'unsupported') {
        committed();
        await this.#note(sender.externalId, (locale) => this.#o.texts.unsupported(locale));
        return;
      }
      const outcome = await runInbound(
        this.#o.handle,
        {
          channel: 'whatsapp',
          messageId: `wa:${message.id}`,
          sender,
          // A typed "12" of the last numbered list, or a typed label of any button shown last, is that button.
          content: await this.#lists.answer(sender.externalId, inbound.content),
          ...(inbound.mediaId !== undefined && { media: this.#media(inbound.mediaId) }),
        },
        logger,
      );
      if (outcome.kind === 'failed') {
        // Rolled back by the runner (logged there): tell the person rather than leave them waiting.
        await this.#note(sender.externalId, (locale) => this.#o.texts.failed(locale));
        return;
      }
      committed();
      await this.#touch(sender.externalId, message.timestamp);
      // The reply outbox sends them (through reply()); the chat's next message waits for that.
      // A duplicate's replies went there the first time (see core/inbound.ts).
      if (outcome.kind === 'outbox') await outcome.handover.sent;
      else await this.reply(sender.externalId, outcome.replies);
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'whatsapp-cloud: handling a message failed');
    }
  }

  /** The window opens at the message's own time (a webhook Meta retried hours later does not stretch it). */
  async #touch(externalId: string, timestamp: string | undefined): Promise<void> {
    const now = this.#clock();
    const sentAt = timestamp === undefined ? now : new Date(Math.min(now.getTime(), Number(timestamp) * 1000));
    try {
      const released = await this.#o.store.touch(externalId, sentAt);
      if (released > 0) {
        this.#o.logger.info({ released }, 'whatsapp-cloud: held alerts released (the person wrote)');
        this.#o.onReleased?.();
      }
    } catch (error) {
      this.#o.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'whatsapp-cloud: last inbound time not recorded');
    }
  }

  #media(mediaId: string): InboundMedia {
    return { fetch: (maxBytes) => this.#o.client.downloadMedia(mediaId, maxBytes) };
  }

  async #recordStatus(status: CloudStatus): Promise<void> {
    const kind = status.status;
    if (!isDeliveryStatus(kind)) return;
    const at = status.timestamp === undefined ? this.#clock() : new Date(Number(status.timestamp) * 1000);
    const error = status.errors?.[0];
    const failure =
      kind === 'failed'
        ? failureOf(classifyCode(error?.code, [error?.title ?? error?.message ?? 'failed', error?.error_data?.details].filter(Boolean).join(': ')))
        : undefined;
    try {
      const outcome = await this.#o.store.recordStatus({ wamid: status.id, status: kind, at, ...(failure && { failure }) });
      if (outcome === 'dead') this.#o.logger.error({ reason: failure?.reason }, 'whatsapp-cloud: an alert failed on delivery: dead letter');
      if (outcome === 'retry') {
        this.#o.logger.warn({ reason: failure?.reason }, 'whatsapp-cloud: an alert failed on delivery: will retry');
        this.#o.onReleased?.();
      }
    } catch (error_) {
      this.#o.logger.warn({ err: error_ instanceof Error ? error_.message : String(error_) }, 'whatsapp-cloud: status not recorded');
    }
  }

  async #sendTemplate(to: string, messages: readonly RenderedMessage[], context: SendContext | undefined): Promise<SendResult> {
    const kind = context?.kind ?? '*';
    const template = pickTemplate(this.#o.templates, kind, context?.locale ?? this.#o.defaultLocale);
    if (!template) {
      return {
        ok: false,
        error: {
          channel: 'whatsapp',
          retryable: true,
          hold: true,
          reason: `waiting: outside the 24-hour window and no template configured for "${kind}" (WHATSAPP_CLOUD_TEMPLATES); sent when the person writes again`,
        },
      };
    }
    try {
      const wamid = await this.#o.client.sendMessage(to, templateMessage(template, messages));
      await this.#remember(wamid, context);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: toChannelError(error) };
    }
  }

  /**
   * Photos, then the messages, one after another; stops at the first failure. `locale`: the
   * person's, when already known; `notice`: see {@link RememberOptions}.
   */
  async #deliver(
    externalId: string,
    to: string,
    messages: readonly RenderedMessage[],
    options: RememberOptions & { context?: SendContext | undefined; locale?: string | undefined },
  ): Promise<{ ok: true } | { ok: false; error: ChannelError; outsideWindow: boolean }> {
    if (messages.length === 0) return { ok: true };
    const { context } = options;
    const locale = options.locale ?? context?.locale ?? (await this.#o.store.localeOf(externalId).catch(() => undefined)) ?? this.#o.defaultLocale;
    const batch = renderCloud(messages, { listButton: this.#o.texts.listButton(locale), listHint: this.#o.texts.listHint(locale) });
    // Remembered before sending: the chat's next message must be read against what it shows.
    await this.#lists.remember(externalId, batch.list, options);
    try {
      for (const part of batch.parts) {
        if (part.kind === 'photo') {
          const photo = await this.#o.photos?.read(part.photoId);
          // Gone since the alert was recorded (erased, purged): nothing to send.
          if (!photo) continue;
          const mediaId = await this.#o.client.uploadMedia(photo.bytes, photo.mime);
          await this.#remember(await this.#o.client.sendMessage(to, { type: 'image', image: { id: mediaId } }), context);
        } else {
          await this.#remember(await this.#o.client.sendMessage(to, part.body), context);
        }
      }
      return { ok: true };
    } catch (error) {
      return { ok: false, error: toChannelError(error), outsideWindow: isOutsideWindow(error) };
    }
  }

  async #remember(wamid: string, context: SendContext | undefined): Promise<void> {
    if (!context) return;
    // Best effort: a lost mapping only means its status webhooks are not recorded.
    await this.#o.store.remember(wamid, context.alertId, this.#clock()).catch((error: unknown) =>
      this.#o.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'whatsapp-cloud: message id not recorded'),
    );
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#inflight.add(promise);
    const forget = () => this.#inflight.delete(promise);
    promise.then(forget, forget);
    return promise;
  }
}

/** An identity without a phone number (a Baileys LID) cannot be written to through the Cloud API. */
function noNumber(): ChannelError {
  return { channel: 'whatsapp', retryable: false, reason: 'this WhatsApp identity has no phone number (a Baileys LID): the person must write to the number first' };
}

function failureOf(error: ChannelError): { retryable: boolean; reason: string; retryAfterMs?: number } {
  return error.retryAfterMs === undefined ? { retryable: error.retryable, reason: error.reason } : { retryable: error.retryable, reason: error.reason, retryAfterMs: error.retryAfterMs };
}

/**
 * The rate the outbox paces sends at for a number allowed `limit` messages per second: 95 % of
 * it. Sent evenly at the limit itself, requests that arrive bunched by the network (one late,
 * the next on time) put limit + 1 into one of Meta's seconds now and then; each 130429 holds
 * its alert back for 2 s (send-errors.ts), which cost a fan-out a third of its rate in the
 * bench (bench/scenarios/fanout-cloud.ts) while the margin costs 5 %.
 */
export function pacedRate(limit: number): number {
  return Math.max(1, Math.floor(limit * 0.95));
}
