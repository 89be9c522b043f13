/**
 * Scenario 3, alert fan-out: N officers covering one province each have a Telegram
 * identity; a level change of a desa there records one alert per officer in one transaction
 * (the real domain function), and the real OutboxDispatcher sends them through the real
 * TelegramChannel (grammY, auto-retry) to a fake Bot API that allows 30 messages in any
 * sliding second and answers 429 with retry_after beyond. Figures: achieved rate as a share
 * of 30/s, alerts lost, early retries (a request for a chat before its retry_after ended),
 * duplicates (one message accepted twice). The run itself is bench/lib/fanout-run.ts.
 */
import { TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import { BENCH_BOT_TOKEN } from '../lib/app-process.js';
import { FakeBotApi } from '../lib/fake-bot-api.js';
import { runAlertFanout, SILENT, type SharedFanoutFigures } from '../lib/fanout-run.js';

/** Figures of the scenario. */
export interface FanoutFigures extends SharedFanoutFigures {
  readonly enqueueMs: number;
  readonly lost: number;
  readonly accepted: number;
  readonly rejected429: number;
  readonly earlyRetries: number;
  readonly duplicates: number;
}

const LIMIT = 30;

/** Runs the scenario on a fresh PostgreSQL database. */
export async function runFanout(officers: number, log: (line: string) => void): Promise<FanoutFigures> {
  const fake = await FakeBotApi.start({ limitPerSecond: LIMIT, keepMessages: false });
  try {
    const { shared, enqueueMs } = await runAlertFanout({
      databaseName: 'fanout',
      officers,
      limitPerSecond: LIMIT,
      identitiesSql: (count) => `
        INSERT INTO "ChannelIdentity" ("id", "channel", "externalId", "personId", "createdAt")
          SELECT md5('oi' || i)::uuid, 'telegram', (800000000 + i)::text, md5('op' || i)::uuid, now() FROM generate_series(1, ${count}) i;`,
      alertKey: 'bench-fanout',
      recordedLine: (recorded, enqueueMs) => `    ${recorded} alerts recorded in one transaction in ${enqueueMs} ms`,
      openChannel: async (_database, renderer) => {
        const telegram = new TelegramChannel({
          token: BENCH_BOT_TOKEN,
          mode: 'polling',
          apiRoot: fake.apiRoot,
          handle: async () => ({ replies: [] }),
          text: (key, locale) => renderer.text({ key }, locale),
          logger: SILENT,
        });
        return { channels: { telegram }, stop: () => telegram.stop() };
      },
      counts: () => fake.figures,
      log,
    });
    const figures = fake.figures;
    const { officers: recorded, ...rates } = shared;
    return {
      officers: recorded,
      enqueueMs,
      ...rates,
      lost: recorded - (figures.accepted - figures.duplicates),
      accepted: figures.accepted,
      rejected429: figures.rejected429,
      earlyRetries: figures.earlyRetries,
      duplicates: figures.duplicates,
    };
  } finally {
    await fake.close();
  }
}
