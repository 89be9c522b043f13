/**
 * A whole bot with Telegram, for tests: the real app from src/main.ts (`createBot`) on a
 * real database, with a TelegramChannel around its conversation runner, talking to a
 * {@link FakeTelegram}. Until main.ts wires Telegram itself, the channel is composed here
 * the way main.ts will compose it.
 *
 * ```ts
 * const tg = await startTelegramTestBot(store);            // polling
 * const ani = tg.user({ id: 1001 });
 * const replies = await ani.say('halo');
 * await ani.press('❓ Tanya tentang WKSBM');
 * ```
 */
import { loadConfig, type Config } from '../../../src/config/config.js';
import { TelegramChannel, type TelegramChannelOptions } from '../../../src/channels/telegram/telegram-channel.js';
import { telegramWebhookRoutes, TELEGRAM_WEBHOOK_PATH } from '../../../src/channels/telegram/webhook-routes.js';
import type { Clock } from '../../../src/core/ports.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { createBot, startBot, type Bot } from '../../../src/main.js';
import { LOCALES_DIR } from '../../../src/paths.js';
import { testOverrides, UNLIMITED_TEST_ENV, type TestStore } from '../../support/bot.js';
import { FakeTelegram, TelegramTestUser, type Deliver, type FakeUser, type UpdateBody } from '../../support/fake-telegram.js';

/** A bot token of the real shape; the fake accepts any. */
export const TEST_BOT_TOKEN = '7000000001:AAHtestTOKENforWKSBMbotAAAAAAAAAAAAA';
export const TEST_WEBHOOK_SECRET = 'test-secret_123';

/** Renders `telegram:*` keys from the real locale files, as main.ts's renderer does. */
export function localeText(): (key: string, locale: string) => string {
  const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
  return (key, locale) => renderer.text({ key }, locale);
}

/** A Telegram channel + fake Bot API around a bot. */
export interface TelegramAttachment {
  readonly channel: TelegramChannel;
  readonly fake: FakeTelegram;
  /** Delivers an update the way the mode does (getUpdates queue, or POST to the webhook) and waits until handled. */
  readonly deliver: Deliver;
  /** A user of a private chat. */
  user(user: FakeUser): TelegramTestUser;
  /** Stops the channel (waiting for replies in flight) and the fake. */
  close(): Promise<void>;
}

/** A running bot + Telegram channel + fake Bot API. */
export interface TelegramTestBot extends TelegramAttachment {
  readonly bot: Bot;
}

/** Options of {@link attachTelegram}. */
export interface AttachTelegramOptions {
  readonly mode?: 'polling' | 'webhook';
  /** Overrides of the channel options (retry limits, a handle wrapper…). */
  readonly channel?: Partial<TelegramChannelOptions>;
  /** Two channels on one database need apart update ids (the runner's message ids). */
  readonly firstUpdateId?: number;
  /** Start the channel (default true); false to test start() itself. */
  readonly start?: boolean;
}

/**
 * Composes a TelegramChannel around an assembled bot's runner, talking to a new fake.
 * Webhook mode registers the route on `bot.app`: call it before the app's first request.
 */
export async function attachTelegram(bot: Bot, options: AttachTelegramOptions = {}): Promise<TelegramAttachment> {
  const mode = options.mode ?? 'polling';
  const fake = await FakeTelegram.start({ firstUpdateId: options.firstUpdateId ?? 1 });
  const channel = new TelegramChannel({
    token: TEST_BOT_TOKEN,
    mode,
    apiRoot: fake.apiRoot,
    ...(mode === 'webhook' && { publicUrl: 'https://bot.example.org', webhookSecret: TEST_WEBHOOK_SECRET }),
    maxRetries: 3,
    maxRetryDelaySeconds: 5,
    handle: (message) => bot.runner.handle(message),
    text: localeText(),
    logger: bot.logger,
    pollingTimeoutSeconds: 2,
    ...options.channel,
  });
  if (mode === 'webhook') await bot.app.register(telegramWebhookRoutes, channel.webhook);
  if (options.start ?? true) await channel.start();

  const deliver: Deliver =
    mode === 'polling'
      ? async (body) => {
          const update = fake.push(body);
          await fake.waitHandled(update);
          return update;
        }
      : async (body) => {
          const update = fake.number(body);
          const response = await bot.app.inject({
            method: 'POST',
            url: TELEGRAM_WEBHOOK_PATH,
            headers: { 'x-telegram-bot-api-secret-token': TEST_WEBHOOK_SECRET },
            payload: update,
          });
          if (response.statusCode !== 200) throw new Error(`webhook answered ${response.statusCode}: ${response.body}`);
          fake.webhookReply(response.body);
          return update;
        };

  return {
    channel,
    fake,
    deliver,
    user: (user) => new TelegramTestUser(fake, user, deliver, () => channel.idle()),
    async close() {
      await channel.stop();
      await fake.close();
    },
  };
}

/** Options of {@link startTelegramTestBot}. */
export interface TelegramTestBotOptions extends AttachTelegramOptions {
  readonly clock?: Clock;
  readonly env?: Record<string, string>;
}

/** Assembles a bot on `store` (as src/main.ts does) with a Telegram channel (polling by default). */
export async function startTelegramTestBot(store: TestStore, options: TelegramTestBotOptions = {}): Promise<TelegramTestBot> {
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', ...UNLIMITED_TEST_ENV, ...store.env, ...options.env });
  const bot = await createBot(config, testOverrides(options.clock ? { clock: options.clock } : {}));
  let attachment: TelegramAttachment;
  try {
    attachment = await attachTelegram(bot, options);
  } catch (error) {
    await bot.close();
    throw error;
  }
  return {
    ...attachment,
    bot,
    async close() {
      // The order main.ts will use: stop receiving, let replies go out, then the rest.
      await attachment.close();
      await bot.close();
    },
  };
}

export type { UpdateBody };

/** A whole bot started as `npm start` starts it, its Telegram channel polling `fake`. */
export interface ComposedTelegramBot {
  readonly bot: Bot;
  /** The settings it was started with (for thresholds and the like). */
  readonly config: Config;
  /** A Telegram user of this bot: sends through the fake and waits until its replies went out. */
  user(who: FakeUser): TelegramTestUser;
}

/**
 * Starts the whole bot (src/main.ts's startBot) on `store` with Telegram polling `fake`;
 * `env` adds or overrides settings (thresholds, PUBLIC_URL…).
 */
export async function startComposedTelegramBot(
  store: TestStore,
  fake: FakeTelegram,
  options: { env?: Record<string, string>; clock?: Clock } = {},
): Promise<ComposedTelegramBot> {
  const config = loadConfig({
    ...UNLIMITED_TEST_ENV,
    ...store.env,
    LOG_LEVEL: process.env.TEST_LOG ?? 'silent',
    PORT: '0',
    TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    ...options.env,
  });
  const bot = await startBot(config, testOverrides(options.clock ? { clock: options.clock } : {}));
  const deliver = async (body: UpdateBody) => {
    const update = fake.push(body);
    await fake.waitHandled(update);
    return update;
  };
  // Replies leave through the reply outbox, which hands them to the channel: wait for the
  // update's handling first (its replies reach the outbox only when it commits; on a busy
  // machine that can be after the update was confirmed), then the outbox, then the sends.
  const idle = async () => {
    await bot.telegram!.idle();
    await bot.replies.idle();
    await bot.telegram!.idle();
  };
  return { bot, config, user: (who) => new TelegramTestUser(fake, who, deliver, idle) };
}
