/**
 * Scenario 1, conversation throughput: simulated users in pairs register two groups of one
 * desa, one logs a joint activity with the other's group (with PMKS beneficiaries), the
 * other confirms it from the inbox, and the first checks the desa's status — concurrently,
 * through web chat and through the Telegram webhook, on the embedded PostgreSQL and on a PostgreSQL server. Next to it
 * the floor: a bare grammY webhook bot that only echoes, with the same users and fake API.
 */
import { performance } from 'node:perf_hooks';
import { BENCH_BOT_TOKEN, BENCH_WEBHOOK_SECRET, startApp, type AppProcess } from '../lib/app-process.js';
import { BenchChild, type Usage } from '../lib/child.js';
import { ReplyCounts, TelegramClient, WebchatClient, type ChatClient } from '../lib/chat-clients.js';
import { FakeBotApi } from '../lib/fake-bot-api.js';
import { checkStatus, confirmInbox, logJointActivity, Recorder, registerGroup, SimulatedUser, type BenchGroup } from '../lib/flows.js';
import { HttpClient } from '../lib/http.js';
import { summarize, type LatencySummary } from '../lib/stats.js';
import { benchVillages } from '../lib/villages.js';

/** Figures of one run (one channel on one database, or the echo floor). */
export interface ThroughputRun {
  readonly label: string;
  readonly database: 'embedded' | 'postgres' | 'none';
  readonly channel: 'webchat' | 'telegram' | 'echo';
  readonly users: number;
  readonly updates: number;
  readonly errors: number;
  readonly errorSamples: readonly string[];
  readonly seconds: number;
  readonly updatesPerSecond: number;
  readonly latencyMs: LatencySummary;
  /** CPU time of the app process per update (user + system). */
  readonly cpuMsPerUpdate: number;
  /** SQL statements per update (PostgreSQL only). */
  readonly statementsPerUpdate: number | null;
}

/** Options of the scenario. */
export interface ThroughputOptions {
  readonly users: number;
  readonly databases: ReadonlyArray<'embedded' | 'postgres'>;
  readonly regionExtract: boolean;
  readonly echoMessagesPerUser: number;
  readonly log: (line: string) => void;
}

const TYPES = ['pkk', 'karang_taruna', 'arisan', 'posyandu', 'majelis_taklim', 'kelompok_tani', 'dasa_wisma', 'remaja_masjid'];

/** Runs every combination and the echo floor. */
export async function runThroughput(options: ThroughputOptions): Promise<ThroughputRun[]> {
  const runs: ThroughputRun[] = [];
  const fake = await FakeBotApi.start();
  const http = new HttpClient(Math.max(64, options.users + 16));
  try {
    runs.push(await echoFloor(fake, http, options));
    options.log(formatRun(runs[runs.length - 1]!));
    for (const kind of options.databases) {
      const app = await startApp({ kind, apiRoot: fake.apiRoot, regionExtract: options.regionExtract });
      try {
        const counts = new ReplyCounts();
        app.child.onEvent = (name, data) => {
          if (name === 'telegram-replies') {
            const { chat, count } = data as { chat: string; count: number };
            counts.report(chat, count);
          }
        };
        // A short warm-up (JIT, connection pool, prepared plans) outside the figures.
        await pairsRun(app, 'webchat', Math.min(8, options.users), http, fake, counts, 'warm');
        for (const channel of ['webchat', 'telegram'] as const) {
          const run = await pairsRun(app, channel, options.users, http, fake, counts, channel);
          runs.push(run);
          options.log(formatRun(run));
        }
      } finally {
        await app.stop();
      }
    }
  } finally {
    http.close();
    await fake.close();
  }
  return runs;
}

let telegramUserIds = 700_000_000;

async function pairsRun(
  app: AppProcess,
  channel: 'webchat' | 'telegram',
  userCount: number,
  http: HttpClient,
  fake: FakeBotApi,
  counts: ReplyCounts,
  prefix: string,
): Promise<ThroughputRun> {
  const villages = benchVillages();
  const recorder = new Recorder();
  const run = `${prefix}${Math.random().toString(36).slice(2, 7)}`;
  const client = (index: number): ChatClient =>
    channel === 'webchat'
      ? new WebchatClient(http, app.url, `bench-${run}-${index}`)
      : new TelegramClient(http, `${app.url}/telegram/webhook`, BENCH_WEBHOOK_SECRET, BENCH_BOT_TOKEN, fake, counts, telegramUserIds++);
  const pairs = Math.max(1, Math.floor(userCount / 2));
  const before = await app.child.request<Usage>('usage');
  const started = performance.now();
  await Promise.all(
    Array.from({ length: pairs }, async (_, pair) => {
      const village = villages[pair % villages.length]!;
      const group = (side: number): BenchGroup => ({
        name: `${side === 0 ? 'Paguyuban' : 'Kelompok'} ${run} ${pair}`,
        type: TYPES[(pair * 2 + side) % TYPES.length]!,
        villageName: village.name,
        villageCode: village.code,
        rw: 1 + (pair % 12),
      });
      const a = new SimulatedUser(client(pair * 2), recorder);
      const b = new SimulatedUser(client(pair * 2 + 1), recorder);
      try {
        await Promise.all([registerGroup(a, group(0), pair * 2), registerGroup(b, group(1), pair * 2 + 1)]);
        await logJointActivity(a, group(1), pair);
        await Promise.all([confirmInbox(b), checkStatus(a, group(0))]);
      } catch (error) {
        recorder.fail(error);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const after = await app.child.request<Usage>('usage');
  const updates = recorder.latencies.length;
  const statements = after.statements - before.statements;
  return {
    label: `${channel} on ${app.kind}`,
    database: app.kind,
    channel,
    users: pairs * 2,
    ...measured(recorder, seconds, before, after),
    statementsPerUpdate: app.kind === 'postgres' ? round(statements / Math.max(1, updates)) : null,
  };
}

/** The figures every run reports, from its recorder, duration and the child's usage before and after. */
function measured(recorder: Recorder, seconds: number, before: Usage, after: Usage) {
  const updates = recorder.latencies.length;
  return {
    updates,
    errors: recorder.errors,
    errorSamples: recorder.errorSamples,
    seconds: round(seconds),
    updatesPerSecond: round(updates / seconds),
    latencyMs: summarize(recorder.latencies),
    cpuMsPerUpdate: round((after.cpuUser + after.cpuSystem - before.cpuUser - before.cpuSystem) / 1000 / Math.max(1, updates)),
  };
}

/** The bare echo bot, the same number of users each sending text through its webhook. */
async function echoFloor(fake: FakeBotApi, http: HttpClient, options: ThroughputOptions): Promise<ThroughputRun> {
  const child = new BenchChild('echo-child.ts', {
    TELEGRAM_BOT_TOKEN: BENCH_BOT_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_WEBHOOK_SECRET: BENCH_WEBHOOK_SECRET,
  });
  const url = await child.url;
  try {
    const recorder = new Recorder();
    const exchange = async (messages: number) =>
      Promise.all(
        Array.from({ length: options.users }, async () => {
          const user = new SimulatedUser(new TelegramClient(http, url, BENCH_WEBHOOK_SECRET, BENCH_BOT_TOKEN, fake, undefined, telegramUserIds++), recorder);
          for (let i = 0; i < messages; i++) {
            try {
              await user.send({ text: `echo ${i}` });
            } catch (error) {
              recorder.fail(error);
            }
          }
        }),
      );
    await exchange(3); // warm-up
    recorder.latencies.length = 0;
    const before = await child.request<Usage>('usage');
    const started = performance.now();
    await exchange(options.echoMessagesPerUser);
    const seconds = (performance.now() - started) / 1000;
    const after = await child.request<Usage>('usage');
    return {
      label: 'bare grammY echo (webhook)',
      database: 'none',
      channel: 'echo',
      users: options.users,
      ...measured(recorder, seconds, before, after),
      statementsPerUpdate: null,
    };
  } finally {
    await child.stop();
  }
}

/** One line for the console. */
export function formatRun(run: ThroughputRun): string {
  return `  ${run.label.padEnd(28)} ${String(run.updates).padStart(6)} updates in ${run.seconds}s = ${run.updatesPerSecond}/s, p50 ${run.latencyMs.p50} ms, p99 ${run.latencyMs.p99} ms, CPU ${run.cpuMsPerUpdate} ms/update${run.statementsPerUpdate !== null ? `, ${run.statementsPerUpdate} SQL/update` : ''}${run.errors ? `, ${run.errors} ERRORS: ${run.errorSamples[0]}` : ''}`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
