/**
 * The whole-flow script of one pair of simulated users in one desa: both register a group,
 * the first logs a joint activity with the second's group, then the second confirms it
 * from the inbox while the first checks the desa's status. Used by the closed-loop
 * (saturation) and the open-loop runs alike; the chat clients decide the pacing.
 */
import type { HttpClient } from './http.js';
import { BENCH_BOT_TOKEN, BENCH_WEBHOOK_SECRET, type AppProcess } from './app-process.js';
import { TelegramClient, WebchatClient, type ChatClient, type ReplyCounts } from './chat-clients.js';
import type { FakeBotApi } from './fake-bot-api.js';
import { checkStatus, confirmInbox, logJointActivity, registerGroup, SimulatedUser, type BenchGroup, type Recorder } from './flows.js';
import { benchVillages } from './villages.js';

const TYPES = ['pkk', 'karang_taruna', 'arisan', 'posyandu', 'majelis_taklim', 'kelompok_tani', 'dasa_wisma', 'remaja_masjid'];

/** The channels a pair can use. */
export type FlowChannel = 'webchat' | 'telegram';

/** What creates the chat clients of a run. */
export interface ClientFactory {
  /** A new simulated user's chat client (a new person each time). */
  client(index: number): ChatClient;
}

let telegramUserIds = 700_000_000;
let villages: ReturnType<typeof benchVillages> | undefined;

/** Which region list the app under test has: the extract (quick runs) or the full one. Call before the first pair. */
export function useRegionList(regionExtract: boolean): void {
  villages = benchVillages(regionExtract);
}

/** A fresh Telegram user id (every run's people are new to the bot). */
export function nextTelegramUserId(): number {
  return telegramUserIds++;
}

/** Chat clients of `channel` against the app; `run` makes web chat labels unique. */
export function clientFactory(app: AppProcess, channel: FlowChannel, http: HttpClient, fake: FakeBotApi, counts: ReplyCounts, run: string): ClientFactory {
  return {
    client: (index) =>
      channel === 'webchat'
        ? new WebchatClient(http, app.url, `bench-${run}-${index}`)
        : new TelegramClient(http, `${app.url}/telegram/webhook`, BENCH_WEBHOOK_SECRET, BENCH_BOT_TOKEN, fake, counts, nextTelegramUserId()),
  };
}

/** Walks the pair script number `pair` with two chat clients; errors go to the recorder unless `quiet(error)`. */
export async function pairScript(a: ChatClient, b: ChatClient, pair: number, run: string, recorder: Recorder, quiet: (error: unknown) => boolean = () => false): Promise<void> {
  if (!villages) throw new Error('pairs: useRegionList() first');
  const village = villages[pair % villages.length]!;
  const group = (side: number): BenchGroup => ({
    name: `${side === 0 ? 'Paguyuban' : 'Kelompok'} ${run} ${pair}`,
    type: TYPES[(pair * 2 + side) % TYPES.length]!,
    villageName: village.name,
    districtName: village.districtName,
    villageCode: village.code,
    rw: 1 + (pair % 12),
  });
  const first = new SimulatedUser(a, recorder);
  const second = new SimulatedUser(b, recorder);
  try {
    await both(registerGroup(first, group(0), pair * 2), registerGroup(second, group(1), pair * 2 + 1));
    await logJointActivity(first, group(1), pair);
    await both(confirmInbox(second), checkStatus(first, group(0)));
  } catch (error) {
    if (!quiet(error)) recorder.fail(error);
  }
}

/** Like Promise.all, but waits for both sides before failing (no side walks on alone). */
async function both(left: Promise<unknown>, right: Promise<unknown>): Promise<void> {
  const [a, b] = await Promise.allSettled([left, right]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
}
