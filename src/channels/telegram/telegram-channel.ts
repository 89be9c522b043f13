/**
 * The Telegram channel on grammY: receives updates by long polling (default) or webhook,
 * turns them into neutral messages for the conversation runner, and sends the replies back
 * as plain-text messages with inline keyboards.
 *
 * Every Bot API call goes through @grammyjs/auto-retry, which waits out 429s (honouring
 * retry_after up to a limit) and retries 5xx with backoff, a bounded number of times.
 * Network errors are not retried in place (the plugin would retry them forever): polling
 * recovers by itself, and a failed send reports a retryable error.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { createConcurrentSink, createRunner, createSource, createUpdateFetcher, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { Bot, BotError, InputFile } from 'grammy';
import type { LanguageCode, Update } from 'grammy/types';
import type { ChannelAdapter, SendResult } from '../../core/channel.js';
import type { InboundMedia, PhotoFiles } from '../../core/media.js';
import type { InboundMessage, RenderedMessage } from '../../core/messages.js';
import { downloadCapped } from '../download.js';
import { BackgroundWork } from './background.js';
import { BotApiTransport } from './bot-api-transport.js';
import { CallbackTokens } from './callback-token.js';
import { buildTelegramCommands, type TelegramCommandSets, type TextFn } from './commands.js';
import { classifyUpdate, type PressedMessage, type UpdateAction } from './inbound.js';
import { shownLabels, toOutgoing, type OutgoingMessage } from './outbound.js';
import { toChannelError } from './send-errors.js';
import { TELEGRAM_WEBHOOK_PATH, type TelegramWebhookOptions, type WebhookOutcome, type WebhookReply } from './webhook-routes.js';
import { TELEGRAM_RATE_LIMIT } from './rate-limit.js';
import { INBOUND_FAILED_TEXT, runInbound, type InboundAnswer } from '../../core/inbound.js';
import { TypedButtons, type RememberOptions } from '../typed-buttons.js';

/** The update types the bot asks Telegram for; everything else is never delivered. */
const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;
/** Pressed keyboards remembered (oldest forgotten first) so that a second press is refused. */
const PRESSED_MEMORY = 10_000;
/** One note per group in this window, however often the bot is addressed there. */
const GROUP_NOTE_INTERVAL_MS = 10 * 60_000;
/**
 * Telegram's code of each language the bot speaks, for the command menu. grammY types
 * `language_code` as its list of ISO 639-1 codes, so a locale is looked up rather than passed on.
 */
const TELEGRAM_LANGUAGE_CODES: Readonly<Record<string, LanguageCode>> = { id: 'id', en: 'en' };

/** A logger such as pino's; only ids and reasons are logged, never message content. */
export interface TelegramLogger {
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** What handling a message produced (the one inbound contract: core/inbound.ts). */
export type HandledMessage = InboundAnswer;

/** Everything the channel is built from. */
export interface TelegramChannelOptions {
  /** The bot token from @BotFather. */
  readonly token: string;
  readonly mode: 'polling' | 'webhook';
  /** A Bot API server other than https://api.telegram.org (no trailing slash). */
  readonly apiRoot?: string;
  /** Webhook mode: the public https address; Telegram posts to `${publicUrl}/telegram/webhook`. */
  readonly publicUrl?: string;
  /** Webhook mode: the secret Telegram echoes in X-Telegram-Bot-Api-Secret-Token. */
  readonly webhookSecret?: string;
  /** Retries of one call after a 429 or 5xx (default 3). */
  readonly maxRetries?: number;
  /** A 429 asking for a longer wait fails at once, as retryable (default 30). */
  readonly maxRetryDelaySeconds?: number;
  /** Hands a message to the conversation runner. */
  readonly handle: (message: InboundMessage) => Promise<HandledMessage>;
  /** Renders a locale key (`telegram:…`) in a language. */
  readonly text: TextFn;
  /** The command menus; default: built from `text`. */
  readonly commands?: TelegramCommandSets;
  readonly logger: TelegramLogger;
  /** Language of the channel's own notes when the user's Telegram language is not supported (default 'id'). */
  readonly defaultLocale?: string;
  readonly supportedLocales?: readonly string[];
  /** Long-polling wait per getUpdates call (default 30 s; tests use less). */
  readonly pollingTimeoutSeconds?: number;
  /** Polling: updates handled at once, across chats (default 50); one chat's stay in order. */
  readonly concurrency?: number;
  /**
   * Deep-link keys that `t.me/<bot>?start=<key>-<arg>` may start (e.g. an officer invite);
   * other `/start` payloads are read as a plain `/start`. See {@link telegramStartLink}.
   */
  readonly startLinkKeys?: readonly string[];
  /** Stored activity photos, sent (sendPhoto) with the messages that name them. */
  readonly photos?: PhotoFiles;
}

type State = 'new' | 'starting' | 'running' | 'stopping' | 'stopped';

/** The Telegram {@link ChannelAdapter}. */
export class TelegramChannel implements ChannelAdapter {
  readonly name = 'telegram' as const;
  /** Kept by the outbox dispatcher for proactive messages. */
  readonly limits = { rate: TELEGRAM_RATE_LIMIT };
  readonly mode: 'polling' | 'webhook';
  readonly #options: TelegramChannelOptions;
  readonly #bot: Bot;
  readonly #tokens: CallbackTokens;
  /** The Bot API server's address, without a trailing slash. */
  readonly #apiRoot: string;
  readonly #work = new BackgroundWork();
  readonly #groupNotes = new Map<string, number>();
  /** `chatId:messageId` of keyboards already pressed, in insertion order. */
  readonly #pressed = new Set<string>();
  /** A button's label typed instead of tapped is that button (../typed-buttons.ts). */
  readonly #typed = new TypedButtons({ shown: shownLabels });
  /** Webhook updates being processed, each with the call its answer to Telegram may carry. */
  readonly #webhookReplies = new WeakMap<Update, { reply?: WebhookReply }>();
  #state: State = 'new';
  #polling: Promise<void> | undefined;
  #runner: RunnerHandle | undefined;
  /** The highest update id fetched by polling: confirmed to Telegram on stop. */
  #lastFetched: number | undefined;

  constructor(options: TelegramChannelOptions) {
    if (options.mode === 'webhook' && (!options.publicUrl || !options.webhookSecret)) {
      throw new Error('telegram: webhook mode needs publicUrl and webhookSecret');
    }
    this.#options = options;
    this.mode = options.mode;
    const pollingTimeout = options.pollingTimeoutSeconds ?? 30;
    const apiRoot = (options.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');
    this.#apiRoot = apiRoot;
    // grammY's default is 500 s; a long poll needs its timeout plus a margin, a send far less.
    const timeoutSeconds = pollingTimeout + 15;
    this.#bot = new Bot(options.token, { client: { apiRoot, timeoutSeconds } });
    // First, so that it is the one that reaches the network, under auto-retry.
    this.#bot.api.config.use(new BotApiTransport({ apiRoot, token: options.token, timeoutSeconds }).transformer);
    this.#bot.api.config.use(
      autoRetry({
        maxRetryAttempts: options.maxRetries ?? 3,
        maxDelaySeconds: options.maxRetryDelaySeconds ?? 30,
        rethrowInternalServerErrors: false,
        // The plugin retries network errors without any limit; we report them instead.
        rethrowHttpErrors: true,
      }),
    );
    this.#tokens = new CallbackTokens(options.token);
    // Updates are handled concurrently (polling through the runner below, webhooks as they
    // come), but one chat's updates one after another, in the order Telegram sent them.
    this.#bot.use(sequentialize((ctx) => String(ctx.chat?.id ?? ctx.from?.id ?? '')));
    this.#bot.use((ctx) => this.#onUpdate(ctx.update));
    this.#bot.catch((error) => {
      options.logger.error({ err: error.error, updateId: error.ctx.update.update_id }, 'telegram: update failed');
    });
  }

  /** Registers the command menus, then starts polling or sets the webhook. */
  async start(): Promise<void> {
    if (this.#state !== 'new') throw new Error(`telegram: cannot start a channel that is ${this.#state}`);
    this.#state = 'starting';
    // getMe through the retry limits (grammY's own init retries network errors forever).
    this.#bot.botInfo = await this.#bot.api.getMe();
    await this.#setCommands();
    if (this.mode === 'webhook') {
      const url = `${this.#options.publicUrl!.replace(/\/+$/, '')}${TELEGRAM_WEBHOOK_PATH}`;
      await this.#bot.api.setWebhook(url, {
        secret_token: this.#options.webhookSecret!,
        allowed_updates: [...ALLOWED_UPDATES],
        drop_pending_updates: false,
      });
      this.#state = 'running';
      this.#options.logger.info({ mode: 'webhook', username: this.#bot.botInfo.username }, 'telegram: webhook set');
      return;
    }
    // Polling: any webhook is removed first (Telegram refuses getUpdates while one is set).
    await this.#bot.api.deleteWebhook({ drop_pending_updates: false });
    this.#runner = this.#startRunner();
    this.#state = 'running';
    this.#polling = (this.#runner.task() ?? Promise.resolve()).catch((error: unknown) => {
      // 401 (token revoked) or 409 (another instance polls, or a webhook is set): polling ends.
      this.#options.logger.error({ err: toChannelError(error) }, 'telegram: polling stopped');
    });
    this.#options.logger.info({ mode: 'polling', username: this.#bot.botInfo.username }, 'telegram: polling');
  }

  /** Stops receiving, then waits for the update in hand and for every reply still being sent. */
  async stop(): Promise<void> {
    if (this.#state === 'stopped' || this.#state === 'stopping') return this.idle();
    this.#state = 'stopping';
    if (this.#runner) {
      // Stops fetching (the long poll in flight is aborted), lets the updates in hand finish,
      // then confirms them to Telegram so a restart does not receive them again.
      await this.#runner.stop();
      await this.#polling;
      await this.#work.idle();
      if (this.#lastFetched !== undefined) {
        await this.#bot.api.getUpdates({ offset: this.#lastFetched + 1, limit: 1, timeout: 0 }).catch((error: unknown) => {
          this.#options.logger.warn({ err: toChannelError(error) }, 'telegram: could not confirm the last update on stop');
        });
      }
    }
    // A webhook stays set: Telegram keeps updates while we are down and delivers them later.
    await this.#work.idle();
    this.#state = 'stopped';
  }

  /**
   * grammY's runner (long polling with concurrent handling), composed by hand so that each
   * update's handling is tracked by idle() from the moment it is handed over, and the last
   * fetched update id is known for the confirmation on stop.
   */
  #startRunner(): RunnerHandle {
    const fetchUpdates = createUpdateFetcher(this.#bot, {
      fetch: { allowed_updates: [...ALLOWED_UPDATES], timeout: this.#options.pollingTimeoutSeconds ?? 30 },
      // Network faults are retried with backoff without printing to the console (no JSON).
      silent: true,
    });
    const source = createSource({
      supply: async (batchSize, signal) => {
        const updates = await fetchUpdates(batchSize, signal);
        const last = updates.at(-1)?.update_id;
        if (last !== undefined) this.#lastFetched = last;
        return updates;
      },
    });
    const sink = createConcurrentSink<Update>(
      {
        consume: (update) => {
          const handled = this.#bot.handleUpdate(update);
          this.#work.track(handled);
          return handled;
        },
      },
      // grammY wraps a failed update in a BotError: the bot's own catch() logs it. Anything
      // else failed before there was an update's context (as grammY's own polling loop tells apart).
      async (error) => {
        if (error instanceof BotError) await this.#bot.errorHandler(error);
        else this.#options.logger.error({ err: toChannelError(error) }, 'telegram: an update could not be handled');
      },
      { concurrency: this.#options.concurrency ?? 50 },
    );
    const runner = createRunner(source, sink);
    runner.start();
    return runner;
  }

  /**
   * Sends a notice or alert to a user (a private chat's id is the user's id). Without
   * buttons it leaves the buttons of the question the user is answering typeable.
   */
  send(externalId: string, messages: readonly RenderedMessage[]): Promise<SendResult> {
    return this.#deliver(externalId, messages, { notice: true });
  }

  /** Sends the replies to a message the user just wrote (from the reply outbox). */
  reply(externalId: string, messages: readonly RenderedMessage[]): Promise<SendResult> {
    return this.#deliver(externalId, messages, {});
  }

  /**
   * Remembers the buttons for typed labels (see {@link RememberOptions}), then sends in the chat's
   * order, the keyboards showing the labels as remembered (worked out once per message).
   */
  #deliver(chatId: string, messages: readonly RenderedMessage[], options: RememberOptions): Promise<SendResult> {
    const shown = this.#typed.remember(chatId, messages, options);
    return this.#sendInOrder(chatId, toOutgoing(messages, chatId, this.#tokens, this.#text('telegram:chooseBelow', this.#locale(undefined)), shown));
  }

  /** The bot's @username, known once started (for `t.me/<username>` links). */
  get username(): string | undefined {
    if (this.#state === 'new') return undefined;
    try {
      return this.#bot.botInfo.username;
    } catch {
      return undefined; // getMe has not answered yet
    }
  }

  /** What {@link telegramWebhookRoutes} needs: the secret and a receiver of updates. */
  get webhook(): TelegramWebhookOptions {
    return {
      secretToken: this.#options.webhookSecret ?? '',
      receive: (update) => this.#receive(update),
    };
  }

  /** Resolves when every reply and callback answer started so far has been sent (tests, stop). */
  idle(): Promise<void> {
    return this.#work.idle();
  }

  /**
   * A webhook update: processed up to the runner's commit; replies go out in the background.
   * A press's callback query is answered in the answer to Telegram (its webhook reply).
   */
  async #receive(update: Update): Promise<WebhookOutcome> {
    if (this.mode !== 'webhook' || this.#state !== 'running') return { kind: 'unavailable' };
    const slot: { reply?: WebhookReply } = {};
    this.#webhookReplies.set(update, slot);
    const handled = this.#bot.handleUpdate(update);
    this.#work.track(handled);
    await handled;
    return slot.reply ? { kind: 'accepted', reply: slot.reply } : { kind: 'accepted' };
  }

  async #onUpdate(update: Update): Promise<void> {
    const action = classifyUpdate(update, this.#options.startLinkKeys ?? []);
    switch (action.kind) {
      case 'ignore':
        return;
      case 'group':
        return this.#noteGroup(action.chatId, this.#locale(action.languageCode));
      case 'unsupported':
        this.#note(action.chatId, this.#text('telegram:unsupported', this.#locale(action.languageCode)));
        return;
      case 'edited':
        this.#note(action.chatId, this.#text('telegram:edited', this.#locale(action.languageCode)));
        return;
      case 'foreign-callback':
        return this.#answerCallback(update, action.queryId, this.#text('telegram:groupNote', this.#locale(action.languageCode)));
      case 'callback':
        return this.#onCallback(update, action);
      case 'message':
        return this.#process(action.chatId, this.#asButton(action.chatId, this.#withMedia(action.message)), this.#locale(action.languageCode));
    }
  }

  async #onCallback(update: Update, action: Extract<UpdateAction, { kind: 'callback' }>): Promise<void> {
    const locale = this.#locale(action.languageCode);
    const id = this.#tokens.open(action.senderId, action.data);
    if (id === null) {
      // Forged, pressed by someone else, or from before a key change: say so, do nothing.
      this.#options.logger.info({ updateId: action.messageId }, 'telegram: rejected callback data');
      return this.#answerCallback(update, action.queryId, this.#text('telegram:buttonExpired', locale));
    }
    if (action.pressed) {
      // A keyboard answers one press: a second one (a double tap, or an old message) is refused.
      const key = `${action.chatId}:${action.pressed.messageId}`;
      if (this.#pressed.has(key)) return this.#answerCallback(update, action.queryId, this.#text('telegram:buttonExpired', locale));
      this.#pressed.add(key);
      if (this.#pressed.size > PRESSED_MEMORY) this.#pressed.delete(this.#pressed.values().next().value!);
      this.#closeKeyboard(action.chatId, action.pressed);
    }
    // Answered so the button stops spinning (polling: at once; webhook: with the answer to
    // Telegram, once processed); the reply follows as a new message.
    this.#answerCallback(update, action.queryId);
    const message: InboundMessage = {
      channel: 'telegram',
      messageId: action.messageId,
      sender: { externalId: action.senderId, ...(action.profileName !== undefined && { profileName: action.profileName }) },
      content: { type: 'button', id },
    };
    return this.#process(action.chatId, message, locale);
  }

  async #process(chatId: string, message: InboundMessage, locale: string): Promise<void> {
    const outcome = await runInbound(this.#options.handle, message, this.#options.logger);
    // Rolled back by the runner: tell the user rather than leave them waiting.
    if (outcome.kind === 'failed') this.#note(chatId, this.#text(INBOUND_FAILED_TEXT, locale));
    // Without the reply outbox (a refusal by the flood limit, a handler of its own): best effort, now.
    else if (outcome.kind === 'send') this.#reply(chatId, outcome.replies);
  }

  /** Text that is the label of a button the chat was shown last, as that button. */
  #asButton(chatId: string, message: InboundMessage): InboundMessage {
    if (message.content.type !== 'text') return message;
    const id = this.#typed.buttonFor(chatId, message.content.text);
    return id === undefined ? message : { ...message, content: { type: 'button', id } };
  }

  /** A photo or file gets a way to download it (getFile, then the file URL under the API root). */
  #withMedia(message: InboundMessage): InboundMessage {
    const content = message.content;
    if (content.type !== 'media' || (content.kind !== 'photo' && content.kind !== 'document')) return message;
    return { ...message, media: this.#media(content.ref) };
  }

  #media(fileId: string): InboundMedia {
    return {
      fetch: async (maxBytes) => {
        let file;
        try {
          file = await this.#bot.api.getFile(fileId);
        } catch (error) {
          // The Bot API refuses files over 20 MB with "file is too big".
          const reason = toChannelError(error).reason;
          return /too big/i.test(reason) ? { kind: 'too-large' } : { kind: 'unavailable' };
        }
        if (file.file_size !== undefined && file.file_size > maxBytes) return { kind: 'too-large' };
        if (!file.file_path) return { kind: 'unavailable' };
        return downloadCapped(`${this.#apiRoot}/file/bot${this.#options.token}/${file.file_path}`, maxBytes);
      },
    };
  }

  #noteGroup(chatId: string, locale: string): void {
    const now = Date.now();
    const last = this.#groupNotes.get(chatId);
    if (last !== undefined && now - last < GROUP_NOTE_INTERVAL_MS) return;
    this.#groupNotes.set(chatId, now);
    if (this.#groupNotes.size > 1000) {
      for (const [id, at] of this.#groupNotes) if (now - at >= GROUP_NOTE_INTERVAL_MS) this.#groupNotes.delete(id);
    }
    this.#note(chatId, this.#text('telegram:groupNote', locale));
  }

  /**
   * Queues the channel's own note for a chat ("edited messages are not read", the apology
   * after a failure): the question before it still stands, so its buttons stay typeable.
   */
  #note(chatId: string, text: string): void {
    this.#reply(chatId, [{ text }], { notice: true });
  }

  /** Queues replies for a chat; failures are logged (the user is not waiting on a result). */
  #reply(chatId: string, replies: readonly RenderedMessage[], options: RememberOptions = {}): void {
    if (replies.length === 0) return;
    void this.#deliver(chatId, replies, options).then((result) => {
      if (!result.ok) this.#options.logger.warn({ err: result.error }, 'telegram: reply not delivered');
    });
  }

  /** Sends after earlier sends to the same chat; stops at the first failure to keep order. */
  #sendInOrder(chatId: string, messages: readonly OutgoingMessage[]): Promise<SendResult> {
    return this.#work.inOrder(chatId, async () => {
      for (const [index, message] of messages.entries()) {
        try {
          if (message.photoId !== undefined) {
            const photo = await this.#options.photos?.read(message.photoId);
            // Gone since the alert was recorded (erased, purged): the text still goes out.
            if (photo) await this.#bot.api.sendPhoto(chatId, new InputFile(photo.bytes, 'photo.jpg'));
            continue;
          }
          await this.#bot.api.sendMessage(chatId, message.text, message.keyboard ? { reply_markup: message.keyboard } : {});
        } catch (error) {
          const failure = toChannelError(error);
          const reason = messages.length > 1 ? `${failure.reason} (after ${index} of ${messages.length} messages)` : failure.reason;
          return { ok: false, error: { ...failure, reason } };
        }
      }
      return { ok: true };
    });
  }

  /**
   * Edits a pressed message: its keyboard goes, and the choice is shown under the text
   * ("→ Karang Taruna"), so the chat reads as what was answered. Queued in the chat's order,
   * before the replies to the press.
   */
  #closeKeyboard(chatId: string, pressed: PressedMessage): void {
    const edited = this.#work.inOrder(chatId, async () => {
      try {
        if (pressed.text !== undefined && pressed.label !== undefined) {
          await this.#bot.api.editMessageText(chatId, pressed.messageId, `${pressed.text}\n\n→ ${pressed.label}`);
        } else {
          await this.#bot.api.editMessageReplyMarkup(chatId, pressed.messageId, { reply_markup: { inline_keyboard: [] } });
        }
      } catch (error) {
        // Too old to edit, or already edited: the press itself still counts.
        this.#options.logger.debug({ err: toChannelError(error) }, 'telegram: pressed keyboard not edited');
      }
    });
    this.#work.track(edited);
  }

  /**
   * Answers a callback query: in the answer to Telegram's POST when the update came by
   * webhook (no request of our own; its outcome is not known, and a lost answer only leaves
   * the button spinning a while), else by a Bot API call.
   */
  #answerCallback(update: Update, queryId: string, text?: string): void {
    const slot = this.#webhookReplies.get(update);
    if (slot && slot.reply === undefined) {
      slot.reply = { method: 'answerCallbackQuery', callback_query_id: queryId, ...(text !== undefined && { text }) };
      return;
    }
    const answered = this.#bot.api.answerCallbackQuery(queryId, text !== undefined ? { text } : {}).catch((error: unknown) => {
      // Too late (a query older than ~15 minutes) or a network fault: nothing to recover.
      this.#options.logger.debug({ err: toChannelError(error) }, 'telegram: callback query not answered');
    });
    this.#work.track(answered);
  }

  async #setCommands(): Promise<void> {
    const commands = this.#options.commands ?? buildTelegramCommands(this.#options.text, this.#options.defaultLocale ?? 'id');
    try {
      await this.#bot.api.setMyCommands([...commands.default]);
      for (const [language, list] of Object.entries(commands.byLanguage)) {
        const languageCode = TELEGRAM_LANGUAGE_CODES[language];
        if (languageCode === undefined) this.#options.logger.warn({ language }, 'telegram: no Telegram language code for a locale; its command menu is not set');
        else await this.#bot.api.setMyCommands([...list], { language_code: languageCode });
      }
    } catch (error) {
      // The menu is a convenience: typed commands work without it.
      this.#options.logger.warn({ err: toChannelError(error) }, 'telegram: could not set the command menu');
    }
  }

  #locale(languageCode: string | undefined): string {
    const supported = this.#options.supportedLocales ?? ['id', 'en'];
    const language = languageCode?.toLowerCase().split('-')[0];
    return language !== undefined && supported.includes(language) ? language : (this.#options.defaultLocale ?? 'id');
  }

  #text(key: string, locale: string): string {
    return this.#options.text(key, locale);
  }
}
