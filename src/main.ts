/**
 * Composition root: config → storage → services → channels → HTTP, and a graceful stop.
 * The only place that knows every concrete implementation.
 */
import { pathToFileURL } from 'node:url';
import { loadConfig, ConfigError, type Config } from './config/config.js';
import { createEngine } from './core/engine/engine.js';
import { ConversationRunner } from './core/runner.js';
import { createAssistant } from './domain/assistant.js';
import { createFaqMatcher, parseFaqKnowledge } from './domain/faq/matcher.js';
import { buildApp } from './http/app.js';
import { startServer } from './http/server.js';
import { loadLocaleResources, SUPPORTED_LOCALES } from './i18n/locales.js';
import { createRenderer } from './i18n/renderer.js';
import { createLogger } from './logging.js';
import { LOCALES_DIR } from './paths.js';
import { createPrismaTransactionRunner } from './storage/conversation-tx.js';
import { openDatabase, DataDirLockedError } from './storage/database.js';
import { migrate } from './storage/migrator.js';
import { ping } from './storage/health.js';

/** A started bot, for tests and for the signal handlers. */
export interface RunningBot {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts everything with a configuration. */
export async function startBot(config: Config): Promise<RunningBot> {
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, logger });
  try {
    await migrate(database.prisma, { logger });

    const resources = loadLocaleResources(LOCALES_DIR);
    const renderer = createRenderer(resources, config.DEFAULT_LOCALE, (locale, key) =>
      logger.warn({ locale, key }, 'missing translation'),
    );
    const faq = createFaqMatcher(parseFaqKnowledge(SUPPORTED_LOCALES.map((locale) => resources[locale]?.faq)));
    const assistant = createAssistant({ faq });
    const engine = createEngine({
      flows: assistant.flows,
      rootFlow: assistant.rootFlow,
      languageFlow: assistant.languageFlow,
      idleTimeoutMs: config.CONVERSATION_IDLE_TIMEOUT,
      maxInvalid: config.MAX_INVALID_ANSWERS,
    });
    const runner = new ConversationRunner({
      transactions: createPrismaTransactionRunner(database.prisma),
      engine,
      renderer,
      effects: {},
      menu: () => assistant.menu,
      clock: () => new Date(),
      defaultLocale: config.DEFAULT_LOCALE,
      supportedLocales: SUPPORTED_LOCALES,
    });

    const app = await buildApp({
      logger,
      ping: () => ping(database.prisma),
      webchat: { handle: (message) => runner.handle(message) },
    });
    const url = await startServer(app, config.HOST, config.PORT);
    logger.info({ url, database: database.kind }, `wksbm-bot is running: web chat at ${url}/chat`);

    let stopping: Promise<void> | undefined;
    return {
      url,
      stop: () =>
        (stopping ??= (async () => {
          logger.info('stopping');
          await app.close(); // stops accepting, waits for requests in flight
          await runner.drain();
          await database.close();
          logger.info('stopped');
        })()),
    };
  } catch (error) {
    await database.close();
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
  let bot: RunningBot;
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
    console.error(`${signal} received, shutting down…`);
    const timer = setTimeout(() => process.exit(1), 15_000);
    timer.unref();
    bot.stop().then(
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
