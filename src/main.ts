/**
 * Composition root: config → storage → services → channels → HTTP, and a graceful stop.
 * The only place that knows every concrete implementation.
 */
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { loadConfig, ConfigError, statusThresholds, type Config } from './config/config.js';
import { TelegramChannel } from './channels/telegram/telegram-channel.js';
import { telegramSettings } from './config/telegram.js';
import { whatsappSettings, type WhatsAppSettings } from './config/whatsapp.js';
// WhatsApp's library is large: loaded only when the channel is enabled (see createWhatsApp).
import type { WhatsAppChannel } from './channels/whatsapp/whatsapp-channel.js';
import { WebchatChannel } from './channels/webchat/webchat-channel.js';
import { createOutboxStore } from './storage/outbox/outbox-store.js';
import { createWebchatInbox } from './storage/outbox/webchat-inbox.js';
import { createEngine } from './core/engine/engine.js';
import type { Clock } from './core/ports.js';
import type { InboundMessage } from './core/messages.js';
import { OutboxDispatcher } from './core/outbox/dispatcher.js';
import { FloodGuard } from './core/flood-guard.js';
import { sanitizeInbound } from './core/sanitize-text.js';
import { withFloodLimit } from './core/flood-limit.js';
import { Scheduler } from './core/scheduler/scheduler.js';
import { noticeAdmins } from './domain/alerts/admin-notices.js';
import { officerJobs } from './domain/alerts/officer-jobs.js';
import { retentionJobs } from './domain/privacy/retention-job.js';
import { t } from './core/text.js';
import { startControlServer } from './channels/control/control-server.js';
import { inviteCommand } from './channels/control/invite-command.js';
import { createJobRuns } from './storage/jobs/job-runs.js';
import { ConversationRunner, type HandleResult } from './core/runner.js';
import { createAssistant } from './domain/assistant.js';
import { createFaqMatcher, parseFaqKnowledge } from './domain/faq/matcher.js';
import { buildApp } from './http/app.js';
import { startServer } from './http/server.js';
import { loadLocaleResources, SUPPORTED_LOCALES } from './i18n/locales.js';
import { createRenderer, type I18nRenderer } from './i18n/renderer.js';
import { createLogger } from './logging.js';
import { LOCALES_DIR } from './paths.js';
import { createAppTransactionRunner, PrismaAppTx } from './storage/app-tx.js';
import type { RegionDataSource } from './storage/regions/region-dataset.js';
import { seedRegions } from './storage/regions/seed-regions.js';
import { openDatabase, DataDirLockedError, type Database } from './storage/database.js';
import { migrate } from './storage/migrator.js';
import { ping } from './storage/health.js';
import { senderLocale } from './storage/people/sender-locale.js';
import { releaseOrphanedClaims } from './storage/outbox/orphaned-claims.js';

/** The assembled bot, not yet listening: tests drive `app.inject()` on it. */
export interface Bot {
  readonly app: FastifyInstance;
  readonly runner: ConversationRunner<PrismaAppTx>;
  readonly database: Database;
  readonly logger: Logger;
  /** The Telegram channel when TELEGRAM_BOT_TOKEN is set; started by {@link startBot}. */
  readonly telegram: TelegramChannel | undefined;
  /** The WhatsApp channel when WHATSAPP_ENABLED=true; started by {@link startBot}. */
  readonly whatsapp: WhatsAppChannel | undefined;
  /** Sends the outbox (alerts, notices) when OUTBOX_ENABLED; started by {@link startBot}. */
  readonly dispatcher: OutboxDispatcher | undefined;
  /** Runs the daily and weekly jobs when SCHEDULER_ENABLED; started by {@link startBot}. */
  readonly scheduler: Scheduler<PrismaAppTx> | undefined;
  /** Stops accepting requests, finishes the messages in flight, closes the database. */
  close(): Promise<void>;
}

/** Things tests may replace. */
export interface BotOverrides {
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Another region list (tests load a small extract instead of ~92,000 rows). */
  readonly regionSource?: RegionDataSource;
}

/** Assembles the bot: config → storage → services → channels → HTTP. */
export async function createBot(config: Config, overrides: BotOverrides = {}): Promise<Bot> {
  const logger = overrides.logger ?? createLogger(config.LOG_LEVEL);
  const clock = overrides.clock ?? (() => new Date());
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, logger });
  try {
    await migrate(database.prisma, { logger });
    await seedRegions(database.prisma, { logger, ...(overrides.regionSource ? { source: overrides.regionSource } : {}) });
    // One process per data dir (its lock): outbox claims still held belong to a killed run.
    if (database.kind === 'pglite') await releaseOrphanedClaims(database.prisma);

    const resources = loadLocaleResources(LOCALES_DIR);
    const renderer = createRenderer(resources, config.DEFAULT_LOCALE, (locale, key) =>
      logger.warn({ locale, key }, 'missing translation'),
    );
    const faq = createFaqMatcher(parseFaqKnowledge(SUPPORTED_LOCALES.map((locale) => resources[locale]?.faq)));
    const publicUrl = config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
    const assistant = createAssistant<PrismaAppTx>({ faq, thresholds: statusThresholds(config), dashboardUrl: `${publicUrl}/dashboard`,
      // The consent notice states how long conversations are kept.
      dataRetentionMs: config.DATA_RETENTION,
    });
    const engine = createEngine({
      flows: assistant.flows,
      rootFlow: assistant.rootFlow,
      languageFlow: assistant.languageFlow,
      idleTimeoutMs: config.CONVERSATION_IDLE_TIMEOUT,
      maxInvalid: config.MAX_INVALID_ANSWERS,
      commandFlows: assistant.commandFlows,
    });
    const runner = new ConversationRunner<PrismaAppTx>({
      // A message that recorded alerts wakes the dispatcher once committed, instead of at its next poll.
      transactions: createAppTransactionRunner(database.prisma, clock, (tx) => {
        if (tx.enqueued > 0) dispatcher?.wake();
      }),
      engine,
      renderer,
      effects: assistant.effects,
      menu: (ctx) => assistant.menu(ctx),
      clock,
      defaultLocale: config.DEFAULT_LOCALE,
      supportedLocales: SUPPORTED_LOCALES,
    });
    // Every channel hands messages to the runner through this; a flood from one chat account
    // is refused before any work (src/core/flood-limit.ts).
    const handle = withFloodLimit(
      // Text PostgreSQL cannot store (NUL, half a surrogate pair) is mended at the edge.
      (message: InboundMessage) => runner.handle(sanitizeInbound(message)),
      {
        guard: new FloodGuard({ maxPerMinute: config.FLOOD_MAX_PER_MINUTE }),
        clock,
        renderer,
        localeOf: (message) => senderLocale(database.prisma, message.channel, message.sender.externalId),
        defaultLocale: config.DEFAULT_LOCALE,
        onThrottled: (message, retryAfterMs) => logger.warn({ channel: message.channel, retryAfterMs }, 'flood limit: asked a sender to slow down'),
      },
    );

    const telegramConfig = telegramSettings(config);
    const telegram =
      telegramConfig &&
      new TelegramChannel({
        ...telegramConfig,
        handle,
        text: (key, locale) => renderer.text({ key }, locale),
        logger,
        defaultLocale: config.DEFAULT_LOCALE,
      });

    const whatsappConfig = whatsappSettings(config);
    const whatsapp = whatsappConfig
      ? await createWhatsApp(database, handle, renderer, config, whatsappConfig, logger, clock, () => dispatcher?.wake())
      : undefined;

    const inbox = createWebchatInbox(database.prisma);
    const webchat = new WebchatChannel({ inbox, clock });
    const dispatcher = config.OUTBOX_ENABLED
      ? new OutboxDispatcher({
          store: createOutboxStore(database.prisma),
          channels: { webchat, telegram, whatsapp },
          renderer,
          clock,
          logger: logger.child({ module: 'outbox' }),
          maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
        })
      : undefined;

    const scheduler = config.SCHEDULER_ENABLED
      ? new Scheduler<PrismaAppTx>({
          runs: createJobRuns(database.prisma, (tx) => new PrismaAppTx(tx, clock), { clock }),
          clock,
          logger: logger.child({ module: 'scheduler' }),
          // A job's alerts are committed: send them now.
          onRan: () => dispatcher?.wake(),
        })
      : undefined;
    for (const job of officerJobs<PrismaAppTx>({
      inactiveDays: config.ALERT_INACTIVE_DAYS,
      dailyHour: config.ALERT_DAILY_HOUR,
      digestWeekday: config.DIGEST_WEEKDAY,
      digestHour: config.DIGEST_HOUR,
      thresholds: statusThresholds(config),
    })) {
      scheduler?.register(job);
    }
    for (const job of retentionJobs<PrismaAppTx>({ retentionMs: config.DATA_RETENTION })) scheduler?.register(job);

    const app = await buildApp({
      logger,
      ping: () => ping(database.prisma),
      webchat: { handle },
      webchatInbox: { inbox, clock },
      rateLimitPerMinute: config.HTTP_RATE_LIMIT_PER_MINUTE,
      api: {
        prisma: database.prisma,
        clock,
        adminToken: config.ADMIN_TOKEN,
        thresholds: statusThresholds(config),
        renderText: (text, locale) => renderer.text(text, locale),
        // A verification or a retried alert may have queued messages: send them now.
        afterWrite: () => dispatcher?.wake(),
      },
      ...(telegram?.mode === 'webhook' ? { telegramWebhook: telegram.webhook } : {}),
    });

    // Admin commands (officer invites) reach a bot on the embedded database through a local
    // socket in its data dir, since no second process may open that database.
    const control =
      database.kind === 'pglite' && !config.DATA_DIR.startsWith('memory://')
        ? await startControlServer({
            dataDir: config.DATA_DIR,
            logger: logger.child({ module: 'control' }),
            commands: { invite: inviteCommand(createAppTransactionRunner(database.prisma, clock), clock) },
          })
        : undefined;

    let closing: Promise<void> | undefined;
    return {
      app,
      runner,
      database,
      logger,
      telegram,
      whatsapp,
      dispatcher,
      scheduler,
      close: () =>
        (closing ??= (async () => {
          await control?.close();
          await app.close(); // stops accepting, waits for requests in flight
          await scheduler?.stop();
          // The dispatcher stops while the channels can still send what it has in hand.
          await dispatcher?.stop();
          await telegram?.stop();
          await whatsapp?.stop();
          await runner.drain();
          await database.close();
        })()),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The WhatsApp channel on the database's auth state (WHATSAPP_ENABLED=true). */
async function createWhatsApp(
  database: Database,
  handle: (message: InboundMessage) => Promise<HandleResult>,
  renderer: I18nRenderer,
  config: Config,
  settings: WhatsAppSettings,
  logger: Logger,
  clock: Clock,
  wake: () => void,
): Promise<WhatsAppChannel> {
  const [{ createBaileysSocketFactory }, { createWhatsAppTexts }, { WhatsAppChannel }, { createWhatsAppStorage }] = await Promise.all([
    import('./channels/whatsapp/socket.js'),
    import('./channels/whatsapp/texts.js'),
    import('./channels/whatsapp/whatsapp-channel.js'),
    import('./storage/whatsapp/whatsapp-storage.js'),
  ]);
  const storage = await createWhatsAppStorage(database.prisma);
  const channelLogger = logger.child({ channel: 'whatsapp' });
  // Admins hear of it on their other channels (WhatsApp itself is gone), through the outbox.
  const tellAdmins = async () => {
    const now = clock();
    await createAppTransactionRunner(database.prisma, clock).transaction((tx) =>
      noticeAdmins(tx, 'admin.whatsappLoggedOut', t('whatsapp:loggedOutAdmin'), `whatsapp.loggedOut:${now.toISOString()}`, now),
    );
    wake();
  };
  return new WhatsAppChannel({
    // Baileys logs a lot, some of it with phone numbers: errors only.
    socketFactory: createBaileysSocketFactory({ logger: logger.child({ module: 'baileys' }, { level: 'error' }) }),
    authState: storage.authState,
    pairingNumber: settings.pairingNumber,
    handle,
    texts: createWhatsAppTexts(renderer),
    defaultLocale: config.DEFAULT_LOCALE,
    contacts: storage.contacts,
    chatLists: storage.chatLists,
    sendCounter: storage.sendCounter,
    pacing: settings.pacing,
    listTtlMs: config.CONVERSATION_IDLE_TIMEOUT,
    logger: channelLogger,
    onLoggedOut: () => {
      channelLogger.error('WhatsApp logged this device out: restart the bot and pair again (a new QR code will be shown)');
      void tellAdmins().catch((error: unknown) => channelLogger.error({ err: error }, 'could not record the notice to admins'));
    },
  });
}

/** Assembles the bot and starts listening; resolves with its address. */
export async function startBot(config: Config, overrides: BotOverrides = {}): Promise<Bot & { readonly url: string }> {
  const bot = await createBot(config, overrides);
  try {
    const url = await startServer(bot.app, config.HOST, config.PORT);
    // After listening, so that Telegram's first webhook call finds the server up.
    await bot.telegram?.start();
    await bot.whatsapp?.start();
    bot.dispatcher?.start();
    bot.scheduler?.start();
    bot.logger.info({ url, database: bot.database.kind }, `wksbm-bot is running: web chat at ${url}/chat`);
    return { ...bot, url };
  } catch (error) {
    await bot.close();
    throw error;
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  let bot: Bot;
  try {
    bot = await startBot(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const shutdown = (signal: string) => {
    const timer = setTimeout(() => process.exit(1), 15_000);
    timer.unref();
    bot.logger.info({ signal }, 'stopping');
    bot.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

// Run only when executed directly (tests import startBot).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
