/**
 * Scenario 3, alert fan-out: N officers covering one province each have a Telegram
 * identity; a level change of a desa there records one alert per officer in one transaction
 * (the real domain function), and the real OutboxDispatcher sends them through the real
 * TelegramChannel (grammY, auto-retry) to a fake Bot API that allows 30 messages in any
 * sliding second and answers 429 with retry_after beyond. Figures: achieved rate as a share
 * of 30/s, alerts lost, early retries (a request for a chat before its retry_after ended),
 * duplicates (one message accepted twice).
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import { OutboxDispatcher } from '../../src/core/outbox/dispatcher.js';
import { levelChangedAlert } from '../../src/domain/alerts/alert-messages.js';
import { alertOfficersOfVillage } from '../../src/domain/alerts/officer-alerts.js';
import { loadLocaleResources } from '../../src/i18n/locales.js';
import { createRenderer } from '../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../src/paths.js';
import { createAppTransactionRunner } from '../../src/storage/app-tx.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/migrator.js';
import { createOutboxStore } from '../../src/storage/outbox/outbox-store.js';
import { BENCH_BOT_TOKEN } from '../lib/app-process.js';
import { FakeBotApi } from '../lib/fake-bot-api.js';
import { createBenchDatabase } from '../lib/postgres.js';

/** Figures of the scenario. */
export interface FanoutFigures {
  readonly officers: number;
  readonly enqueueMs: number;
  readonly seconds: number;
  readonly allowedPerSecond: number;
  readonly achievedPerSecond: number;
  readonly shareOfAllowed: number;
  readonly sentInOutbox: number;
  readonly dead: number;
  readonly lost: number;
  readonly accepted: number;
  readonly rejected429: number;
  readonly earlyRetries: number;
  readonly duplicates: number;
}

const VILLAGE = '34.02.15.2004';
const LIMIT = 30;

/** Runs the scenario on a fresh PostgreSQL database. */
export async function runFanout(officers: number, log: (line: string) => void): Promise<FanoutFigures> {
  const bench = await createBenchDatabase('fanout');
  const database = await openDatabase({ databaseUrl: bench.url, dataDir: 'unused' });
  const fake = await FakeBotApi.start({ limitPerSecond: LIMIT, keepMessages: false });
  let dispatcher: OutboxDispatcher | undefined;
  let telegram: TelegramChannel | undefined;
  try {
    await migrate(database.prisma);
    const client = new pg.Client({ connectionString: bench.url });
    await client.connect();
    try {
      await client.query(`
        INSERT INTO "Region" ("code", "level", "parentCode", "name", "nameNorm") VALUES
          ('34', 'province', NULL, 'DI YOGYAKARTA', 'di yogyakarta'),
          ('34.02', 'regency', '34', 'KABUPATEN BANTUL', 'kabupaten bantul'),
          ('34.02.15', 'district', '34.02', 'Sewon', 'sewon'),
          ('${VILLAGE}', 'village', '34.02.15', 'Panggungharjo', 'panggungharjo');
        INSERT INTO "Person" ("id", "displayName", "locale", "createdAt", "updatedAt")
          SELECT md5('op' || i)::uuid, 'Petugas ' || i, 'id', now(), now() FROM generate_series(1, ${officers}) i;
        INSERT INTO "ChannelIdentity" ("id", "channel", "externalId", "personId", "createdAt")
          SELECT md5('oi' || i)::uuid, 'telegram', (800000000 + i)::text, md5('op' || i)::uuid, now() FROM generate_series(1, ${officers}) i;
        INSERT INTO "Officer" ("id", "personId", "kind", "active", "createdAt")
          SELECT md5('oo' || i)::uuid, md5('op' || i)::uuid, 'tksk', true, now() FROM generate_series(1, ${officers}) i;
        INSERT INTO "OfficerArea" ("officerId", "codePrefix") SELECT md5('oo' || i)::uuid, '34' FROM generate_series(1, ${officers}) i;`);
    } finally {
      await client.end();
    }

    const enqueueStarted = performance.now();
    const recorded = await createAppTransactionRunner(database.prisma).transaction((tx) =>
      alertOfficersOfVillage(
        tx,
        VILLAGE,
        'level.changed',
        levelChangedAlert({ villageName: 'Panggungharjo', districtName: 'Sewon', regencyName: 'Kabupaten Bantul' }, 'tumbuh', 'aktif'),
        `bench-fanout:${Date.now()}`,
        new Date(),
      ),
    );
    const enqueueMs = Math.round(performance.now() - enqueueStarted);
    log(`    ${recorded} alerts recorded in one transaction in ${enqueueMs} ms`);

    const resources = loadLocaleResources(LOCALES_DIR);
    const renderer = createRenderer(resources, 'id');
    const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    telegram = new TelegramChannel({
      token: BENCH_BOT_TOKEN,
      mode: 'polling',
      apiRoot: fake.apiRoot,
      handle: async () => ({ replies: [] }),
      text: (key, locale) => renderer.text({ key }, locale),
      logger: silent,
    });
    dispatcher = new OutboxDispatcher({
      store: createOutboxStore(database.prisma),
      channels: { telegram },
      renderer,
      clock: () => new Date(),
      logger: silent,
    });
    const started = performance.now();
    dispatcher.start();
    const deadline = started + ((officers / LIMIT) * 3 + 120) * 1000;
    let progress = performance.now();
    for (;;) {
      const open = await database.prisma.alert.count({ where: { status: { in: ['pending', 'sending'] } } });
      if (open === 0) break;
      if (performance.now() > deadline) {
        log(`    gave up waiting: ${open} alerts still open`);
        break;
      }
      if (performance.now() - progress > 30_000) {
        progress = performance.now();
        log(`    … ${fake.figures.accepted} sent, ${open} to go`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const seconds = (performance.now() - started) / 1000;
    await dispatcher.stop();
    dispatcher = undefined;
    const figures = fake.figures;
    const sentInOutbox = await database.prisma.alert.count({ where: { status: 'sent' } });
    const dead = await database.prisma.alert.count({ where: { status: 'dead' } });
    const spanSeconds = (figures.lastAt - figures.firstAt) / 1000;
    const achievedPerSecond = spanSeconds > 0 ? (figures.accepted - 1) / spanSeconds : 0;
    return {
      officers: recorded,
      enqueueMs,
      seconds: Math.round(seconds * 10) / 10,
      allowedPerSecond: LIMIT,
      achievedPerSecond: Math.round(achievedPerSecond * 100) / 100,
      shareOfAllowed: Math.round((achievedPerSecond / LIMIT) * 1000) / 10,
      sentInOutbox,
      dead,
      lost: recorded - (figures.accepted - figures.duplicates),
      accepted: figures.accepted,
      rejected429: figures.rejected429,
      earlyRetries: figures.earlyRetries,
      duplicates: figures.duplicates,
    };
  } finally {
    await dispatcher?.stop();
    await telegram?.stop().catch(() => undefined);
    await fake.close();
    await database.close();
    await bench.drop();
  }
}
