/**
 * The part the alert fan-out scenarios share: a fresh PostgreSQL database with N officers
 * covering one province, one level change of a desa there recording one alert per officer in
 * one transaction (the real domain function), the real OutboxDispatcher sending them through
 * the channel the scenario builds, and the figures every fan-out reports (time, achieved
 * rate, what the outbox says it sent). What differs by channel (the identities, the channel
 * adapter, its fake platform and the platform's own figures) is passed in.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { ChannelRegistry } from '../../src/core/outbox/ports.js';
import { OutboxDispatcher, type DispatcherOptions } from '../../src/core/outbox/dispatcher.js';
import { levelChangedAlert } from '../../src/domain/alerts/alert-messages.js';
import { alertOfficersOfVillage } from '../../src/domain/alerts/officer-alerts.js';
import { loadLocaleResources } from '../../src/i18n/locales.js';
import { createRenderer, type I18nRenderer } from '../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../src/paths.js';
import { createAppTransactionRunner } from '../../src/storage/app-tx.js';
import { openDatabase, type Database } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/migrator.js';
import { createOutboxStore } from '../../src/storage/outbox/outbox-store.js';
import { createBenchDatabase } from './postgres.js';

const VILLAGE = '34.02.15.2004';

/** A logger that says nothing (the bench prints its own lines). */
export const SILENT = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** What a fake platform counts that the shared figures need. */
export interface PlatformCounts {
  readonly accepted: number;
  /** Epoch ms of the first and the last accepted message. */
  readonly firstAt: number;
  readonly lastAt: number;
}

/** The channel side of a run, built once the alerts are recorded. */
export interface FanoutChannel {
  readonly channels: ChannelRegistry;
  /** Dispatcher options the channel needs beyond the defaults (rate limits, sequencing). */
  readonly dispatcher?: Pick<DispatcherOptions, 'rateLimits' | 'sequentialChannels'>;
  readonly stop: () => Promise<void>;
}

/** How one fan-out scenario differs from the others. */
export interface FanoutRunOptions {
  /** Name of the throw-away database. */
  readonly databaseName: string;
  readonly officers: number;
  /** Messages a second the fake platform accepts. */
  readonly limitPerSecond: number;
  /**
   * SQL inserting each officer's channel identity (and anything hanging off it), run after
   * the persons `md5('op' || i)` exist and before the officers; `${officers}` is the count.
   */
  readonly identitiesSql: (officers: number) => string;
  /** Prefix of the alerts' idempotency key. */
  readonly alertKey: string;
  /** The line logged once the alerts are recorded. */
  readonly recordedLine: (recorded: number, enqueueMs: number) => string;
  /** Builds (and starts, where it must) the channel on the run's database. */
  readonly openChannel: (database: Database, renderer: I18nRenderer) => Promise<FanoutChannel>;
  /** The fake platform's counts, read while waiting and at the end. */
  readonly counts: () => PlatformCounts;
  readonly log: (line: string) => void;
}

/** Figures every fan-out scenario reports. */
export interface SharedFanoutFigures {
  /** Alerts recorded, one per officer. */
  readonly officers: number;
  readonly seconds: number;
  readonly allowedPerSecond: number;
  readonly achievedPerSecond: number;
  readonly shareOfAllowed: number;
  readonly sentInOutbox: number;
  readonly dead: number;
}

/** What a run found: the shared figures, and how long recording the alerts took. */
export interface FanoutRun {
  readonly shared: SharedFanoutFigures;
  readonly enqueueMs: number;
}

/** Runs one fan-out on a fresh PostgreSQL database and drops it afterwards. */
export async function runAlertFanout(options: FanoutRunOptions): Promise<FanoutRun> {
  const { officers, limitPerSecond: limit, log } = options;
  const bench = await createBenchDatabase(options.databaseName);
  const database = await openDatabase({ databaseUrl: bench.url, dataDir: 'unused' });
  let dispatcher: OutboxDispatcher | undefined;
  let channel: FanoutChannel | undefined;
  try {
    await migrate(database.prisma);
    await seedOfficers(bench.url, officers, options.identitiesSql(officers));

    const enqueueStarted = performance.now();
    const recorded = await createAppTransactionRunner(database.prisma).transaction((tx) =>
      alertOfficersOfVillage(
        tx,
        VILLAGE,
        'level.changed',
        levelChangedAlert({ villageName: 'Panggungharjo', districtName: 'Sewon', regencyName: 'Kabupaten Bantul' }, 'tumbuh', 'aktif'),
        `${options.alertKey}:${Date.now()}`,
        new Date(),
      ),
    );
    const enqueueMs = Math.round(performance.now() - enqueueStarted);
    log(options.recordedLine(recorded, enqueueMs));

    const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
    channel = await options.openChannel(database, renderer);
    dispatcher = new OutboxDispatcher({
      store: createOutboxStore(database.prisma),
      channels: channel.channels,
      renderer,
      clock: () => new Date(),
      logger: SILENT,
      ...channel.dispatcher,
    });
    const started = performance.now();
    dispatcher.start();
    await waitForDrain(database, started + ((officers / limit) * 3 + 120) * 1000, options);
    const seconds = (performance.now() - started) / 1000;
    await dispatcher.stop();
    dispatcher = undefined;
    const counts = options.counts();
    const spanSeconds = (counts.lastAt - counts.firstAt) / 1000;
    const achievedPerSecond = spanSeconds > 0 ? (counts.accepted - 1) / spanSeconds : 0;
    const shared: SharedFanoutFigures = {
      officers: recorded,
      seconds: Math.round(seconds * 10) / 10,
      allowedPerSecond: limit,
      achievedPerSecond: Math.round(achievedPerSecond * 100) / 100,
      shareOfAllowed: Math.round((achievedPerSecond / limit) * 1000) / 10,
      sentInOutbox: await database.prisma.alert.count({ where: { status: 'sent' } }),
      dead: await database.prisma.alert.count({ where: { status: 'dead' } }),
    };
    return { shared, enqueueMs };
  } finally {
    await dispatcher?.stop();
    await channel?.stop().catch(() => undefined);
    await database.close();
    await bench.drop();
  }
}

/** One province, one desa in it, and `officers` officers covering the province. */
async function seedOfficers(url: string, officers: number, identitiesSql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
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
      ${identitiesSql}
      INSERT INTO "Officer" ("id", "personId", "kind", "active", "createdAt")
        SELECT md5('oo' || i)::uuid, md5('op' || i)::uuid, 'tksk', true, now() FROM generate_series(1, ${officers}) i;
      INSERT INTO "OfficerArea" ("officerId", "codePrefix") SELECT md5('oo' || i)::uuid, '34' FROM generate_series(1, ${officers}) i;`);
  } finally {
    await client.end();
  }
}

/** Waits until no alert is pending or being sent, or the deadline passes; says how it goes every 30 s. */
async function waitForDrain(database: Database, deadline: number, options: FanoutRunOptions): Promise<void> {
  let progress = performance.now();
  for (;;) {
    const open = await database.prisma.alert.count({ where: { status: { in: ['pending', 'sending'] } } });
    if (open === 0) return;
    if (performance.now() > deadline) {
      options.log(`    gave up waiting: ${open} alerts still open`);
      return;
    }
    if (performance.now() - progress > 30_000) {
      progress = performance.now();
      options.log(`    … ${options.counts().accepted} sent, ${open} to go`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
