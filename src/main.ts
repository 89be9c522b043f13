/**
 * Composition root: config → storage → services → channels → HTTP, and a graceful stop.
 * The only place that knows every concrete implementation.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { loadConfig, publicUrl, statusThresholds, type Config } from './config/config.js';
import { StartupError } from './config/startup-error.js';
// grammY (~17 MB resident once loaded) is loaded only when TELEGRAM_BOT_TOKEN is set: types only here.
import type { TelegramChannel } from './channels/telegram/telegram-channel.js';
import { telegramStartLink } from './channels/telegram/start-link.js';
import { OFFICER_INVITE_DEEP_LINK } from './domain/officers/enroll-flow.js';
import { ACCOUNT_LINK_DEEP_LINK } from './domain/accounts/effects.js';
import { telegramSettings } from './config/telegram.js';
import { whatsappSettings, type WhatsAppSettings } from './config/whatsapp.js';
import { whatsappCloudSettings, type WhatsAppCloudSettings } from './config/whatsapp-cloud.js';
// WhatsApp (Baileys' large library, or the Cloud API channel) is loaded only when a setup
// enables it (see createWhatsApp, createWhatsAppCloud): types only here.
import type { WhatsAppCloudChannel } from './channels/whatsapp-cloud/cloud-channel.js';
import type { WhatsAppChannel } from './channels/whatsapp/whatsapp-channel.js';
import type { SocketFactory } from './channels/whatsapp/socket.js';
import { WebchatChannel } from './channels/webchat/webchat-channel.js';
import { AlertSentMarks } from './storage/outbox/alert-sent-marks.js';
import { createOutboxStore } from './storage/outbox/outbox-store.js';
import { createWebchatInbox } from './storage/outbox/webchat-inbox.js';
import { createWebchatSessionStore } from './storage/webchat/webchat-sessions.js';
import { createEngine } from './core/engine/engine.js';
import type { Clock } from './core/ports.js';
import type { InboundMessage } from './core/messages.js';
import { OutboxDispatcher } from './core/outbox/dispatcher.js';
import { ReplyDispatcher } from './core/outbox/reply-dispatcher.js';
import type { ReplyOwner } from './core/outbox/reply-ports.js';
import { createReplyStore, createSentMarks, releaseOrphanedReplies } from './storage/outbox/reply-store.js';
import { FloodGuard } from './core/flood-guard.js';
import { sanitizeInbound } from './core/sanitize-text.js';
import { withFloodLimit } from './core/flood-limit.js';
import { Scheduler } from './core/scheduler/scheduler.js';
import { noticeAdmins } from './domain/alerts/admin-notices.js';
import { officerJobs } from './domain/alerts/officer-jobs.js';
import { retentionJobs } from './domain/privacy/retention-job.js';
import { t } from './core/text.js';
import { createJobRuns } from './storage/jobs/job-runs.js';
import { EffectRegistry } from './core/effect-registry.js';
import { EventBus } from './core/events.js';
import { ConversationRunner, type HandleResult } from './core/runner.js';
import { createPhotoPreparer } from './media/photo-preparer.js';
import { createPhotoFiles } from './storage/activities/photo-files.js';
import { createAssistant } from './domain/assistant.js';
import { createFaqMatcher, parseFaqKnowledge } from './domain/faq/matcher.js';
import { buildApp } from './http/app.js';
import { startServer } from './http/server.js';
import { domainWords } from './i18n/domain-words.js';
import { loadLocaleResources, SUPPORTED_LOCALES } from './i18n/locales.js';
import { createRenderer, type I18nRenderer } from './i18n/renderer.js';
import { createLogger } from './logging.js';
import { progressReporter } from './progress.js';
import { photoForChatIdentity } from './storage/activities/photo-viewers.js';
import { LOCALES_DIR } from './paths.js';
import { createAppTransactionRunner, PrismaAppTx } from './storage/app-tx.js';
import { ConversationMemory } from './storage/conversations/conversation-memory.js';
import { riders } from './storage/unit-of-work/passenger.js';
import type { RegionDataSource } from './storage/regions/region-dataset.js';
import { seedRegionsInChild } from './storage/regions/seed-in-child.js';
import { openDatabase, type Database } from './storage/database.js';
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
  /** The WhatsApp channel (Baileys) when WHATSAPP_MODE=baileys or WHATSAPP_ENABLED=true; started by {@link startBot}. */
  readonly whatsapp: WhatsAppChannel | undefined;
  /** The WhatsApp channel over the official Cloud API when WHATSAPP_MODE=cloud; started by {@link startBot}. */
  readonly whatsappCloud: WhatsAppCloudChannel | undefined;
  /** Sends the outbox (alerts, notices) when OUTBOX_ENABLED; started by {@link startBot}. */
  readonly dispatcher: OutboxDispatcher | undefined;
  /** Sends replies from the reply outbox (always; it also resends what a crash left); started by {@link startBot}. */
  readonly replies: ReplyDispatcher;
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
  /** Another WhatsApp socket than Baileys' (tests drive the whole bot through a fake socket). */
  readonly whatsappSocketFactory?: SocketFactory;
  /**
   * How long a sent reply's or alert's "sent" mark, or a web chat notice's inbox rows, wait for a
   * message to carry them (default RIDE_WAIT_MS, storage/unit-of-work/ride-queue.ts); tests make it
   * long, so that their next message surely does.
   */
  readonly rideWaitMs?: number;
}

/** How long a reply claim holds unless renewed: the wait before another instance sends a crashed one's replies. */
const REPLY_LEASE_MS = 30_000;

/** Assembles the bot: config → storage → services → channels → HTTP. */
export async function createBot(config: Config, overrides: BotOverrides = {}): Promise<Bot> {
  const logger = overrides.logger ?? createLogger(config.LOG_LEVEL);
  const clock = overrides.clock ?? (() => new Date());
  // Without DATABASE_URL this starts the embedded PostgreSQL in DATA_DIR; close() stops it.
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, embeddedPort: config.EMBEDDED_POSTGRES_PORT, logger });
  try {
    await migrate(database.prisma, { logger });
    // In a child process: a first start's seed would otherwise leave its grown heap to the app for good.
    await seedRegionsInChild(database.prisma, database.url, {
      logger,
      ...(overrides.regionSource ? { source: overrides.regionSource } : {}),
      // The first start loads ~92,000 rows: say how far it is (terminal line, a log line per 10 %).
      onProgress: progressReporter(logger, 'loading the region list', 'rows'),
    }).catch((error: unknown) => {
      // Said in the log, where operators look, before the error ends the start.
      logger.fatal({ err: error }, 'could not load the region list into the database: the start stops');
      throw error;
    });
    // One app per embedded cluster (a second refuses to start): claims still held belong to a killed run.
    if (database.mode === 'embedded') {
      await releaseOrphanedClaims(database.prisma);
      await releaseOrphanedReplies(database.prisma);
    }

    const resources = loadLocaleResources(LOCALES_DIR);
    const renderer = createRenderer(resources, config.DEFAULT_LOCALE, (locale, key) =>
      logger.warn({ locale, key }, 'missing translation'),
    );
    // Levels, criteria, group types… in plain words, for the exports and the dashboard (a missing word stops start-up here).
    const words = domainWords(resources);
    const faq = createFaqMatcher(parseFaqKnowledge(SUPPORTED_LOCALES.map((locale) => resources[locale]?.faq)));
    const assistant = createAssistant<PrismaAppTx>({ faq, thresholds: statusThresholds(config), dashboardUrl: `${publicUrl(config)}/dashboard`,
      // The consent notice states how long conversations are kept.
      dataRetentionMs: config.DATA_RETENTION,
      // Account-link codes come with a t.me link once Telegram runs (its username is known).
      telegramStartLink: (key, arg) => (telegram?.username ? telegramStartLink(telegram.username, key, arg) : undefined),
    });
    const engine = createEngine({
      flows: assistant.flows,
      rootFlow: assistant.rootFlow,
      languageFlow: assistant.languageFlow,
      idleTimeoutMs: config.CONVERSATION_IDLE_TIMEOUT,
      maxInvalid: config.MAX_INVALID_ANSWERS,
      commandFlows: assistant.commandFlows,
      fallbackFlows: assistant.fallbackFlows,
      asides: assistant.asides,
      closing: assistant.closing,
      courtesy: assistant.courtesy,
      asideLanguage: assistant.asideLanguage,
    });
    // This process's claim on the replies it writes: renewed while it lives, so a crashed
    // instance's unsent replies are taken over once its claim lapses.
    const replyOwner: ReplyOwner = { id: randomUUID(), leaseMs: REPLY_LEASE_MS };
    // A sent reply's row is deleted in the next message's COMMIT round trip (when one comes
    // within a few milliseconds) instead of a round trip of its own.
    const sentMarks = createSentMarks(database.prisma, overrides.rideWaitMs);
    // So is a sent alert's "sent" mark (a leaders' notice follows many a message).
    const alertMarks = new AlertSentMarks(database.prisma, overrides.rideWaitMs);
    // And a web chat notice's inbox rows (the page fetches them; nothing waits on the write but the dispatcher).
    const inbox = createWebchatInbox(database.prisma, overrides.rideWaitMs);
    // One bus for every emitter: effects through the runner, officers' verdicts through the API, jobs.
    const events = new EventBus<PrismaAppTx>(assistant.subscriptions);
    const runner = new ConversationRunner<PrismaAppTx>({
      // A message that recorded alerts wakes the dispatcher once committed, instead of at its next poll.
      transactions: createAppTransactionRunner(database.prisma, clock, (tx) => {
        if (tx.dueAlerts > 0) dispatcher?.wake();
        // The memory last: the next message of a sender this instance answered last skips reading its conversation.
      }, replyOwner, riders(sentMarks.board, alertMarks.board, inbox.board), new ConversationMemory()),
      engine,
      renderer,
      effects: new EffectRegistry(assistant.effects),
      events,
      menu: (ctx) => assistant.menu(ctx),
      clock,
      defaultLocale: config.DEFAULT_LOCALE,
      supportedLocales: SUPPORTED_LOCALES,
      // Every channel carries photos (Telegram file download, WhatsApp media, web chat upload).
      photos: { preparer: createPhotoPreparer(), channels: ['telegram', 'whatsapp', 'webchat'] },
    });
    // Every channel hands messages to the runner through this; a flood from one chat account
    // is refused before any work (src/core/flood-limit.ts).
    const handle = withFloodLimit(
      // Text PostgreSQL cannot store (NUL, half a surrogate pair) is mended at the edge.
      (message: InboundMessage) => {
        const clean = sanitizeInbound(message);
        return runner.handle(clean).then((result) => answerOnce(clean, handOver(clean.channel, result)));
      },
      {
        guard: new FloodGuard({ maxPerMinute: config.FLOOD_MAX_PER_MINUTE }),
        clock,
        renderer,
        localeOf: (message) => senderLocale(database.prisma, message.channel, message.sender.externalId),
        defaultLocale: config.DEFAULT_LOCALE,
        onThrottled: (message, retryAfterMs) => logger.warn({ channel: message.channel, retryAfterMs }, 'flood limit: asked a sender to slow down'),
      },
    );

    // Stored activity photos, sent with officers' alerts on Telegram and WhatsApp.
    const photoFiles = createPhotoFiles(database.prisma);
    const telegramConfig = telegramSettings(config);
    const telegram =
      telegramConfig &&
      new (await import('./channels/telegram/telegram-channel.js')).TelegramChannel({
        ...telegramConfig,
        handle,
        text: (key, locale) => renderer.text({ key }, locale),
        logger,
        defaultLocale: config.DEFAULT_LOCALE,
        // t.me/<bot>?start=inv-<code> and …=lnk-<code> open these flows in one tap.
        startLinkKeys: [OFFICER_INVITE_DEEP_LINK, ACCOUNT_LINK_DEEP_LINK],
        photos: photoFiles,
      });

    const whatsappConfig = whatsappSettings(config);
    const whatsapp = whatsappConfig
      ? await createWhatsApp(database, handle, renderer, config, whatsappConfig, logger, clock, () => dispatcher?.wake(), overrides.whatsappSocketFactory)
      : undefined;

    const cloudConfig = whatsappCloudSettings(config);
    const whatsappCloud = cloudConfig ? await createWhatsAppCloud(database, handle, renderer, config, cloudConfig, logger, clock, () => dispatcher?.wake()) : undefined;
    // One number, one mode: the outbox and the replies go through whichever runs.
    const whatsappChannel = whatsapp ?? whatsappCloud;

    // Web chat identities are issued by the server and checked on every web chat request.
    const webchatSessions = createWebchatSessionStore(database.prisma);
    const webchat = new WebchatChannel({ inbox, clock });
    const replies = new ReplyDispatcher({
      store: createReplyStore(database.prisma, sentMarks),
      channels: { webchat, telegram, whatsapp: whatsappChannel },
      owner: replyOwner.id,
      leaseMs: replyOwner.leaseMs,
      clock,
      logger: logger.child({ module: 'replies' }),
    });
    /**
     * Hands a committed message's replies to the reply outbox: sent now by this instance (web
     * chat: carried by the HTTP answer, and put in the inbox if that answer does not go out).
     * A duplicate's replies went to the outbox the first time, so the channel does not send
     * them again (web chat still answers with them).
     */
    const handOver = (channel: InboundMessage['channel'], result: HandleResult): HandleResult => {
      if (result.kind === 'processed' && result.queued) {
        if (result.queued.channel === 'webchat') return { ...result, outbox: { settle: replies.hold(result.queued).settle } };
        const sent = replies.accept(result.queued);
        return { ...result, outbox: sent ? { sent } : {} };
      }
      if (result.kind === 'duplicate' && channel !== 'webchat') return { ...result, outbox: {} };
      return result;
    };
    /** A retried web chat request whose first answer was lost: its replies come from the inbox, not twice. */
    const answerOnce = async (message: InboundMessage, result: HandleResult): Promise<HandleResult> =>
      result.kind === 'duplicate' && message.channel === 'webchat' && result.replies.length > 0 &&
      // Answered a moment ago, its "sent" mark still being written: the replies did not go missing.
      !replies.answeredJustNow(message.sender.externalId, message.messageId) &&
      (await inbox.repliesGoneToInbox(message.sender.externalId, message.messageId))
        ? { ...result, replies: [] }
        : result;

    const dispatcher = config.OUTBOX_ENABLED
      ? new OutboxDispatcher({
          store: createOutboxStore(database.prisma, alertMarks),
          channels: { webchat, telegram, whatsapp: whatsappChannel },
          renderer,
          clock,
          logger: logger.child({ module: 'outbox' }),
          maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
          leaseMs: config.OUTBOX_LEASE,
          sendTimeoutMs: config.OUTBOX_SEND_TIMEOUT,
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
      events,
    })) {
      scheduler?.register(job);
    }
    for (const job of retentionJobs<PrismaAppTx>({ retentionMs: config.DATA_RETENTION, idlePersonMs: config.IDLE_PERSON_RETENTION })) scheduler?.register(job);

    const app = await buildApp({
      logger,
      ping: () => ping(database.prisma),
      webchat: {
        handle,
        sessions: webchatSessions,
        clock,
        defaultLocale: config.DEFAULT_LOCALE,
        // The photos a reply names (a leader's own activity, an officer's alert), shown by the page.
        photos: { read: (externalId, photoId) => photoForChatIdentity(database.prisma, 'webchat', externalId, photoId) },
      },
      webchatInbox: { inbox, sessions: webchatSessions, clock },
      rateLimitPerMinute: config.HTTP_RATE_LIMIT_PER_MINUTE,
      authExchangePerMinute: config.HTTP_AUTH_EXCHANGE_PER_MINUTE,
      webchatSessionsPerMinute: config.HTTP_WEBCHAT_SESSIONS_PER_MINUTE,
      trustProxy: config.TRUST_PROXY,
      api: {
        prisma: database.prisma,
        clock,
        adminToken: config.ADMIN_TOKEN,
        thresholds: statusThresholds(config),
        words,
        events,
        renderText: (text, locale) => renderer.text(text, locale),
        // A verification or a retried alert may have queued messages: send them now.
        afterWrite: () => dispatcher?.wake(),
        // Invites made through the API come with the t.me link while Telegram runs.
        telegramStartLink: (key, arg) => (telegram?.username ? telegramStartLink(telegram.username, key, arg) : undefined),
      },
      ...(telegram?.mode === 'webhook' ? { telegramWebhook: telegram.webhook } : {}),
      ...(whatsappCloud ? { whatsappCloudWebhook: whatsappCloud.webhook } : {}),
    });

    let closing: Promise<void> | undefined;
    return {
      app,
      runner,
      database,
      logger,
      telegram,
      whatsapp,
      whatsappCloud,
      dispatcher,
      replies,
      scheduler,
      close: () =>
        (closing ??= (async () => {
          await app.close(); // stops accepting, waits for requests in flight
          await scheduler?.stop();
          // The dispatcher stops while the channels can still send what it has in hand.
          await dispatcher?.stop();
          await telegram?.stop();
          await whatsapp?.stop();
          await whatsappCloud?.stop();
          await runner.drain();
          // Last: the replies of every message above are sent or given back for the next start.
          await replies.stop();
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
  socketFactory?: SocketFactory,
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
    socketFactory: socketFactory ?? createBaileysSocketFactory({ logger: logger.child({ module: 'baileys' }, { level: 'error' }) }),
    authState: storage.authState,
    pairingNumber: settings.pairingNumber,
    handle,
    texts: createWhatsAppTexts(renderer),
    defaultLocale: config.DEFAULT_LOCALE,
    contacts: storage.contacts,
    photos: createPhotoFiles(database.prisma),
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

/** The WhatsApp channel over the official Cloud API (WHATSAPP_MODE=cloud). */
async function createWhatsAppCloud(
  database: Database,
  handle: (message: InboundMessage) => Promise<HandleResult>,
  renderer: I18nRenderer,
  config: Config,
  settings: WhatsAppCloudSettings,
  logger: Logger,
  clock: Clock,
  wake: () => void,
): Promise<WhatsAppCloudChannel> {
  // The numbered-list store shares Baileys' state table (and so its library).
  const [{ WhatsAppCloudChannel }, { GraphClient }, { createCloudTexts }, { createCloudStore }, { createDatabaseChatListStore }] = await Promise.all([
    import('./channels/whatsapp-cloud/cloud-channel.js'),
    import('./channels/whatsapp-cloud/graph-client.js'),
    import('./channels/whatsapp-cloud/texts.js'),
    import('./storage/whatsapp-cloud/cloud-store.js'),
    import('./storage/whatsapp/chat-lists.js'),
  ]);
  return new WhatsAppCloudChannel({
    client: new GraphClient(settings),
    phoneNumberId: settings.phoneNumberId,
    appSecret: settings.appSecret,
    verifyToken: settings.verifyToken,
    handle,
    store: createCloudStore(database.prisma),
    texts: createCloudTexts(renderer),
    templates: settings.templates,
    defaultLocale: config.DEFAULT_LOCALE,
    logger: logger.child({ channel: 'whatsapp-cloud' }),
    chatLists: createDatabaseChatListStore(database.prisma, 'default'),
    photos: createPhotoFiles(database.prisma),
    ratePerSecond: settings.ratePerSecond,
    // Held alerts were released (the person wrote) or a failed one is due again.
    onReleased: wake,
    clock,
    listTtlMs: config.CONVERSATION_IDLE_TIMEOUT,
  });
}

/** Assembles the bot and starts listening; resolves with its address. */
export async function startBot(config: Config, overrides: BotOverrides = {}): Promise<Bot & { readonly url: string }> {
  const bot = await createBot(config, overrides);
  try {
    const url = await startServer(bot.app, config.HOST, config.PORT);
    // Replies a crash left unsent go out first, before newer ones to those chats.
    bot.replies.start();
    // After listening, so that Telegram's first webhook call finds the server up.
    await bot.telegram?.start();
    await bot.whatsapp?.start();
    await bot.whatsappCloud?.start();
    bot.dispatcher?.start();
    bot.scheduler?.start();
    bot.logger.info({ url, database: bot.database.mode }, `wksbm-bot is running: web chat at ${url}/chat`);
    return { ...bot, url };
  } catch (error) {
    await bot.close();
    throw error;
  }
}

async function main(): Promise<void> {
  let bot: Bot;
  try {
    bot = await startBot(loadConfig());
  } catch (error) {
    // Expected at start-up, and the person can fix them: the message alone, naming what to change.
    if (error instanceof StartupError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    // A second Ctrl-C (or SIGTERM) while stopping: the person wants out now.
    if (stopping) {
      bot.logger.warn({ signal }, 'stopping at once');
      process.exit(1);
    }
    stopping = true;
    // Stopped within SHUTDOWN_LIMIT_MS whatever hangs, so `docker stop`, systemd or a
    // Ctrl-C never wait long; the database is closed first in the normal case.
    const timer = setTimeout(() => {
      bot.logger.error({ signal, limitMs: SHUTDOWN_LIMIT_MS }, 'could not stop in time: exiting anyway');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    timer.unref();
    bot.logger.info({ signal }, 'stopping');
    bot.close().then(
      () => {
        bot.logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // npm passes SIGHUP on when its terminal closes.
  process.on('SIGHUP', () => shutdown('SIGHUP'));
}

/** The longest a stop may take before the process exits anyway (the issue asks for < 5 s). */
const SHUTDOWN_LIMIT_MS = 4_500;

// Run only when executed directly (tests import startBot).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
