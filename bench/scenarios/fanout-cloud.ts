/**
 * Scenario 3b, alert fan-out through the WhatsApp Cloud API: the fan-out of scenario 3, but
 * the officers have WhatsApp identities and the real OutboxDispatcher sends through the real
 * WhatsAppCloudChannel (Graph client over fetch, window store on PostgreSQL) to a fake Graph
 * API that accepts 80 messages in any sliding second (the platform's default throughput)
 * and answers 130429 beyond. Half the officers wrote within 24 hours (ordinary messages),
 * half did not (the "*" template). Figures: achieved rate as a share of 80/s, alerts lost,
 * duplicates, messages by type.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { WhatsAppCloudChannel } from '../../src/channels/whatsapp-cloud/cloud-channel.js';
import { GraphClient } from '../../src/channels/whatsapp-cloud/graph-client.js';
import { createCloudTexts } from '../../src/channels/whatsapp-cloud/texts.js';
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
import { createCloudStore } from '../../src/storage/whatsapp-cloud/cloud-store.js';
import { FakeGraphApi } from '../lib/fake-graph-api.js';
import { createBenchDatabase } from '../lib/postgres.js';

/** Figures of the scenario. */
export interface CloudFanoutFigures {
  readonly officers: number;
  readonly seconds: number;
  readonly allowedPerSecond: number;
  readonly achievedPerSecond: number;
  readonly shareOfAllowed: number;
  readonly sentInOutbox: number;
  readonly dead: number;
  readonly lost: number;
  readonly accepted: number;
  readonly byType: Readonly<Record<string, number>>;
  readonly rejected130429: number;
  readonly duplicates: number;
}

const VILLAGE = '34.02.15.2004';
const LIMIT = 80;
const PHONE_ID = '106540352242922';

/** Runs the scenario on a fresh PostgreSQL database. */
export async function runCloudFanout(officers: number, log: (line: string) => void): Promise<CloudFanoutFigures> {
  const bench = await createBenchDatabase('fanoutcloud');
  const database = await openDatabase({ databaseUrl: bench.url, dataDir: 'unused' });
  const fake = await FakeGraphApi.start(LIMIT);
  let dispatcher: OutboxDispatcher | undefined;
  let channel: WhatsAppCloudChannel | undefined;
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
          SELECT md5('oi' || i)::uuid, 'whatsapp', (6281300000000 + i)::text || '@s.whatsapp.net', md5('op' || i)::uuid, now() FROM generate_series(1, ${officers}) i;
        INSERT INTO "WhatsAppCloudWindow" ("identityId", "lastInboundAt")
          SELECT md5('oi' || i)::uuid, now() - interval '1 hour' FROM generate_series(1, ${officers}) i WHERE i % 2 = 0;
        INSERT INTO "Officer" ("id", "personId", "kind", "active", "createdAt")
          SELECT md5('oo' || i)::uuid, md5('op' || i)::uuid, 'tksk', true, now() FROM generate_series(1, ${officers}) i;
        INSERT INTO "OfficerArea" ("officerId", "codePrefix") SELECT md5('oo' || i)::uuid, '34' FROM generate_series(1, ${officers}) i;`);
    } finally {
      await client.end();
    }

    const recorded = await createAppTransactionRunner(database.prisma).transaction((tx) =>
      alertOfficersOfVillage(
        tx,
        VILLAGE,
        'level.changed',
        levelChangedAlert({ villageName: 'Panggungharjo', districtName: 'Sewon', regencyName: 'Kabupaten Bantul' }, 'tumbuh', 'aktif'),
        `bench-fanout-cloud:${Date.now()}`,
        new Date(),
      ),
    );
    log(`    ${recorded} alerts recorded (half the officers inside the 24-hour window)`);

    const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
    const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    channel = new WhatsAppCloudChannel({
      client: new GraphClient({ apiRoot: fake.apiRoot, apiVersion: 'v24.0', accessToken: 'bench-token-0000000000000', phoneNumberId: PHONE_ID }),
      phoneNumberId: PHONE_ID,
      appSecret: 'benchsecret0000000000',
      verifyToken: 'bench-verify',
      handle: async () => ({ kind: 'throttled', replies: [] }),
      store: createCloudStore(database.prisma),
      texts: createCloudTexts(renderer),
      templates: { '*': [{ name: 'wksbm_notice', language: 'id' }] },
      defaultLocale: 'id',
      logger: silent,
    });
    await channel.start();
    dispatcher = new OutboxDispatcher({
      store: createOutboxStore(database.prisma),
      channels: { whatsapp: channel },
      renderer,
      clock: () => new Date(),
      logger: silent,
      rateLimits: { whatsapp: { perSecond: LIMIT } },
      sequentialChannels: [],
    });
    const started = performance.now();
    dispatcher.start();
    const deadline = started + ((officers / LIMIT) * 3 + 120) * 1000;
    for (;;) {
      const open = await database.prisma.alert.count({ where: { status: { in: ['pending', 'sending'] } } });
      if (open === 0) break;
      if (performance.now() > deadline) {
        log(`    gave up waiting: ${open} alerts still open`);
        break;
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
      seconds: Math.round(seconds * 10) / 10,
      allowedPerSecond: LIMIT,
      achievedPerSecond: Math.round(achievedPerSecond * 100) / 100,
      shareOfAllowed: Math.round((achievedPerSecond / LIMIT) * 1000) / 10,
      sentInOutbox,
      dead,
      // An alert inside the window is one text message here (no photos, no buttons).
      lost: recorded - sentInOutbox,
      accepted: figures.accepted,
      byType: figures.byType,
      rejected130429: figures.rejected130429,
      duplicates: figures.duplicates,
    };
  } finally {
    await dispatcher?.stop();
    await channel?.stop().catch(() => undefined);
    await fake.close();
    await database.close();
    await bench.drop();
  }
}
