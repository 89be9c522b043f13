/**
 * Starting the real bot (bench/children/app-child.ts) on a fresh database of either kind,
 * in Telegram webhook mode against a fake Bot API, with limits opened up for a load
 * generator that sends everything from one address.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchChild } from './child.js';
import { createBenchDatabase, type BenchDatabase } from './postgres.js';
import { REGION_EXTRACT_DIR } from './villages.js';

/**
 * The two setups the product has: `embedded`, the default (no DATABASE_URL: the app starts
 * its own PostgreSQL cluster in DATA_DIR), and `server`, a PostgreSQL server at
 * BENCH_POSTGRES_URL (127.0.0.1:5432 by default) given as DATABASE_URL.
 */
export type Setup = 'embedded' | 'server';

/** A bot token in @BotFather's format; the fake accepts any. */
export const BENCH_BOT_TOKEN = '123456789:AAbenchbenchbenchbenchbenchbench_xyz';
export const BENCH_WEBHOOK_SECRET = 'bench-webhook-secret';

/**
 * The V8 flags of `npm start` (package.json) and the Docker image's command, so that the
 * bench measures the app as it runs there (see README, "Memory"). BENCH_NO_FLAGS=1 leaves
 * them out, to compare.
 */
export const APP_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];

/** A running app child with its database. */
export interface AppProcess {
  readonly child: BenchChild;
  readonly url: string;
  readonly kind: Setup;
  /** The app's DATA_DIR on the embedded PostgreSQL (its cluster lives there); undefined on a server. */
  readonly dataDir: string | undefined;
  stop(): Promise<void>;
}

/** Options of {@link startApp}. */
export interface StartAppOptions {
  readonly kind: Setup;
  readonly apiRoot?: string;
  /** Load the small region extract instead of the full list. */
  readonly regionExtract: boolean;
  readonly env?: Record<string, string>;
  readonly execArgv?: readonly string[];
}

/** Starts the bot on a new empty database (created here, dropped or deleted by stop()). */
export async function startApp(options: StartAppOptions): Promise<AppProcess> {
  let database: BenchDatabase | undefined;
  let dataDir: string | undefined;
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    // One address sends everything here; real traffic comes from many.
    HTTP_RATE_LIMIT_PER_MINUTE: '1000000',
    HTTP_WEBCHAT_SESSIONS_PER_MINUTE: '1000000',
    // Simulated users answer at machine speed; people do not.
    FLOOD_MAX_PER_MINUTE: '10000',
    ...(options.regionExtract ? { BENCH_REGIONS: 'extract', BENCH_REGIONS_DIR: REGION_EXTRACT_DIR } : {}),
    ...(options.apiRoot
      ? {
          TELEGRAM_BOT_TOKEN: BENCH_BOT_TOKEN,
          TELEGRAM_MODE: 'webhook',
          PUBLIC_URL: 'https://bench.invalid',
          TELEGRAM_WEBHOOK_SECRET: BENCH_WEBHOOK_SECRET,
          TELEGRAM_API_ROOT: options.apiRoot,
        }
      : {}),
    ...options.env,
  };
  if (options.kind === 'server') {
    database = await createBenchDatabase('app');
    env.DATABASE_URL = database.url;
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'wksbm-bench-'));
    env.DATA_DIR = dataDir;
    env.DATABASE_URL = '';
  }
  const cleanup = async () => {
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const child = new BenchChild('app-child', env, [...(process.env.BENCH_NO_FLAGS ? [] : APP_NODE_FLAGS), ...(options.execArgv ?? [])]);
  let url: string;
  try {
    url = await child.url;
  } catch (error) {
    await cleanup();
    throw error;
  }
  return {
    child,
    url,
    kind: options.kind,
    dataDir,
    stop: async () => {
      try {
        await child.stop();
      } finally {
        await cleanup();
      }
    },
  };
}
