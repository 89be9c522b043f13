/**
 * Scenario 3b, alert fan-out through the WhatsApp Cloud API: the fan-out of scenario 3, but
 * the officers have WhatsApp identities and the real OutboxDispatcher sends through the real
 * WhatsAppCloudChannel (Graph client over fetch, window store on PostgreSQL) to a fake Graph
 * API that accepts 80 messages in any sliding second (the platform's default throughput)
 * and answers 130429 beyond. Half the officers wrote within 24 hours (ordinary messages),
 * half did not (the "*" template). Figures: achieved rate as a share of 80/s, alerts lost,
 * duplicates, messages by type. The run itself is bench/lib/fanout-run.ts.
 */
import { WhatsAppCloudChannel } from '../../src/channels/whatsapp-cloud/cloud-channel.js';
import { GraphClient } from '../../src/channels/whatsapp-cloud/graph-client.js';
import { createCloudTexts } from '../../src/channels/whatsapp-cloud/texts.js';
import { createCloudStore } from '../../src/storage/whatsapp-cloud/cloud-store.js';
import { runAlertFanout, SILENT, type SharedFanoutFigures } from '../lib/fanout-run.js';
import { FakeGraphApi } from '../lib/fake-graph-api.js';

/** Figures of the scenario. */
export interface CloudFanoutFigures extends SharedFanoutFigures {
  readonly lost: number;
  readonly accepted: number;
  readonly byType: Readonly<Record<string, number>>;
  readonly rejected130429: number;
  readonly duplicates: number;
}

const LIMIT = 80;
const PHONE_ID = '106540352242922';

/** Runs the scenario on a fresh PostgreSQL database. */
export async function runCloudFanout(officers: number, log: (line: string) => void): Promise<CloudFanoutFigures> {
  const fake = await FakeGraphApi.start(LIMIT);
  try {
    const { shared } = await runAlertFanout({
      databaseName: 'fanoutcloud',
      officers,
      limitPerSecond: LIMIT,
      identitiesSql: (count) => `
        INSERT INTO "ChannelIdentity" ("id", "channel", "externalId", "personId", "createdAt")
          SELECT md5('oi' || i)::uuid, 'whatsapp', (6281300000000 + i)::text || '@s.whatsapp.net', md5('op' || i)::uuid, now() FROM generate_series(1, ${count}) i;
        INSERT INTO "WhatsAppCloudWindow" ("identityId", "lastInboundAt")
          SELECT md5('oi' || i)::uuid, now() - interval '1 hour' FROM generate_series(1, ${count}) i WHERE i % 2 = 0;`,
      alertKey: 'bench-fanout-cloud',
      recordedLine: (recorded) => `    ${recorded} alerts recorded (half the officers inside the 24-hour window)`,
      openChannel: async (database, renderer) => {
        const channel = new WhatsAppCloudChannel({
          client: new GraphClient({ apiRoot: fake.apiRoot, apiVersion: 'v24.0', accessToken: 'bench-token-0000000000000', phoneNumberId: PHONE_ID }),
          phoneNumberId: PHONE_ID,
          appSecret: 'benchsecret0000000000',
          verifyToken: 'bench-verify',
          handle: async () => ({ kind: 'throttled', replies: [] }),
          store: createCloudStore(database.prisma),
          texts: createCloudTexts(renderer),
          templates: { '*': [{ name: 'wksbm_notice', language: 'id' }] },
          defaultLocale: 'id',
          logger: SILENT,
        });
        await channel.start();
        return {
          channels: { whatsapp: channel },
          // The channel's own pacing (a margin below the platform's limit), as main.ts hands it to the dispatcher.
          dispatcher: { rateLimits: { whatsapp: channel.limits.rate ?? { perSecond: LIMIT } }, sequentialChannels: [] },
          stop: () => channel.stop(),
        };
      },
      counts: () => fake.figures,
      log,
    });
    const figures = fake.figures;
    return {
      ...shared,
      // An alert inside the window is one text message here (no photos, no buttons).
      lost: shared.officers - shared.sentInOutbox,
      accepted: figures.accepted,
      byType: figures.byType,
      rejected130429: figures.rejected130429,
      duplicates: figures.duplicates,
    };
  } finally {
    await fake.close();
  }
}
