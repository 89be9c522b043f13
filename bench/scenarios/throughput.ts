/**
 * Scenario 1, conversation throughput: simulated users in pairs register two groups of one
 * desa, one logs a joint activity with the other's group (with PMKS beneficiaries), the
 * other confirms it from the inbox, and the first checks the desa's status — through web
 * chat and through the Telegram webhook, on the embedded PostgreSQL and on a PostgreSQL
 * server. Next to it the floor: a bare grammY webhook bot that only echoes, with the same
 * kind of users and the same fake Bot API.
 *
 * Each combination is measured twice over: first closed-loop (every user sends its next
 * message as soon as the last is answered: the saturation rate), then open-loop at 50 %
 * and 90 % of that rate (bench/lib/open-loop.ts), where latency is read at a stated load.
 */
import { performance } from 'node:perf_hooks';
import { BENCH_BOT_TOKEN, BENCH_WEBHOOK_SECRET, startApp, type AppProcess, type Setup } from '../lib/app-process.js';
import { BenchChild, type Usage } from '../lib/child.js';
import { ReplyCounts, TelegramClient } from '../lib/chat-clients.js';
import { FakeBotApi } from '../lib/fake-bot-api.js';
import { Recorder, SimulatedUser } from '../lib/flows.js';
import { HttpClient } from '../lib/http.js';
import { ArrivalSchedule, ScheduleEnded, type ScheduleFigures } from '../lib/open-loop.js';
import { clientFactory, nextTelegramUserId, pairScript, useRegionList, type FlowChannel } from '../lib/pairs.js';
import { summarize, type LatencySummary } from '../lib/stats.js';

/** Figures of one closed-loop run (one channel on one setup, or the echo floor). */
export interface ThroughputRun {
  readonly label: string;
  readonly setup: Setup | 'none';
  readonly channel: FlowChannel | 'echo';
  readonly users: number;
  readonly updates: number;
  readonly errors: number;
  readonly errorSamples: readonly string[];
  readonly seconds: number;
  readonly updatesPerSecond: number;
  readonly latencyMs: LatencySummary;
  /** CPU time of the app process per update (user + system). */
  readonly cpuMsPerUpdate: number;
  /** The kernel's share of that CPU time (system time per update): socket reads and writes mostly. */
  readonly systemCpuMsPerUpdate: number;
  /** SQL statements per update, counted at the app's `pg` driver (null for the echo bot). */
  readonly statementsPerUpdate: number | null;
}

/** Figures of one open-loop run at a share of a closed-loop run's rate. */
export interface OpenLoopRun extends ScheduleFigures {
  readonly label: string;
  readonly setup: Setup | 'none';
  readonly channel: FlowChannel | 'echo';
  /** The share of the saturation rate offered (0.5, 0.9). */
  readonly share: number;
  readonly saturationPerSecond: number;
  readonly users: number;
  readonly errors: number;
  readonly errorSamples: readonly string[];
  readonly cpuMsPerUpdate: number;
}

/** Options of the scenario. */
export interface ThroughputOptions {
  /** Simulated users (closed loop) and pool size (open loop) per setup. */
  readonly users: Readonly<Record<Setup, number>>;
  readonly setups: readonly Setup[];
  readonly regionExtract: boolean;
  /** Duration of the echo bot's closed-loop run (its rate is high: a count of messages would be over in a blink). */
  readonly echoSeconds: number;
  /** Duration of each open-loop run. */
  readonly openLoopSeconds: number;
  /** Shares of the saturation rate to offer open-loop. */
  readonly shares: readonly number[];
  readonly log: (line: string) => void;
}

/** Everything the scenario measured. */
export interface ThroughputFigures {
  readonly saturation: ThroughputRun[];
  readonly openLoop: OpenLoopRun[];
}

/** Runs the echo floor and every setup × channel, closed- then open-loop. */
export async function runThroughput(options: ThroughputOptions): Promise<ThroughputFigures> {
  const saturation: ThroughputRun[] = [];
  const openLoop: OpenLoopRun[] = [];
  useRegionList(options.regionExtract);
  const fake = await FakeBotApi.start();
  const most = Math.max(...options.setups.map((setup) => options.users[setup]));
  const http = new HttpClient(Math.max(64, most + 16));
  try {
    const echo = await echoFloor(fake, http, most, options);
    saturation.push(...echo.saturation);
    openLoop.push(...echo.openLoop);
    for (const setup of options.setups) {
      const app = await startApp({ kind: setup, apiRoot: fake.apiRoot, regionExtract: options.regionExtract });
      try {
        const counts = listenForReplyCounts(app);
        for (const channel of ['webchat', 'telegram'] as const) {
          // A warm-up (JIT, connection pool, prepared plans) outside the figures, on the channel
          // about to be measured and with as many users as its run: each pooled connection
          // plans each statement once and the channel's code gets compiled, which a smaller
          // web-chat-only warm-up left to the measured runs (a running service is past both).
          await pairsRun(app, channel, options.users[setup], http, fake, counts, `warm-${channel}`);
          const run = await pairsRun(app, channel, options.users[setup], http, fake, counts, channel);
          saturation.push(run);
          options.log(formatRun(run));
          for (const share of options.shares) {
            const point = await openLoopRun(app, channel, run, share, http, fake, counts, options);
            openLoop.push(point);
            options.log(formatOpenLoop(point));
          }
        }
      } finally {
        await app.stop();
      }
    }
  } finally {
    http.close();
    await fake.close();
  }
  return { saturation, openLoop };
}

/** Lets Telegram clients know how many replies each update makes (the app child reports them). */
export function listenForReplyCounts(app: AppProcess): ReplyCounts {
  const counts = new ReplyCounts();
  app.child.onEvent = (name, data) => {
    if (name === 'telegram-replies') {
      const { chat, heads } = data as { chat: string; heads: (string | null)[] };
      counts.report(chat, heads);
    }
  };
  return counts;
}

/** Closed loop: `userCount` users in pairs, all at once, each pair walking the script once. */
export async function pairsRun(app: AppProcess, channel: FlowChannel, userCount: number, http: HttpClient, fake: FakeBotApi, counts: ReplyCounts, prefix: string): Promise<ThroughputRun> {
  const recorder = new Recorder();
  const run = `${prefix}${Math.random().toString(36).slice(2, 7)}`;
  const factory = clientFactory(app, channel, http, fake, counts, run);
  const pairs = Math.max(1, Math.floor(userCount / 2));
  const before = await app.child.request<Usage>('usage');
  const started = performance.now();
  await Promise.all(Array.from({ length: pairs }, (_, pair) => pairScript(factory.client(pair * 2), factory.client(pair * 2 + 1), pair, run, recorder)));
  const seconds = (performance.now() - started) / 1000;
  const after = await app.child.request<Usage>('usage');
  const updates = recorder.latencies.length;
  return {
    label: `${channel} on ${app.kind}`,
    setup: app.kind,
    channel,
    users: pairs * 2,
    ...measured(recorder, seconds, before, after),
    statementsPerUpdate: round((after.statements - before.statements) / Math.max(1, updates)),
  };
}

/**
 * Open loop at `share` of a closed-loop run's rate for options.openLoopSeconds: a pool of
 * as many pairs as the closed-loop run had, each pair walking the script again and again
 * (new people each time) with every message sent only when the schedule gives an arrival.
 */
async function openLoopRun(app: AppProcess, channel: FlowChannel, closed: ThroughputRun, share: number, http: HttpClient, fake: FakeBotApi, counts: ReplyCounts, options: ThroughputOptions): Promise<OpenLoopRun> {
  const schedule = new ArrivalSchedule(closed.updatesPerSecond * share, options.openLoopSeconds);
  const recorder = new Recorder();
  const run = `ol${Math.round(share * 100)}${Math.random().toString(36).slice(2, 6)}`;
  const factory = clientFactory(app, channel, http, fake, counts, run);
  const pairs = Math.max(1, Math.floor(closed.users / 2));
  let next = 0;
  const loop = async () => {
    while (!schedule.ended) {
      const index = next++;
      const a = schedule.join(factory.client(index * 2));
      const b = schedule.join(factory.client(index * 2 + 1));
      await pairScript(a, b, index, run, recorder, (error) => error instanceof ScheduleEnded);
      schedule.leave(a);
      schedule.leave(b);
    }
  };
  const before = await app.child.request<Usage>('usage');
  const loops = Promise.all(Array.from({ length: pairs }, loop));
  await schedule.run();
  await settleWithin(loops, 60_000, options.log, `${closed.label} open loop`);
  const after = await app.child.request<Usage>('usage');
  return openLoopFigures(`${closed.label} at ${Math.round(share * 100)} %`, closed, share, pairs * 2, schedule, recorder, before, after);
}

/** The bare echo bot: closed loop with `users` users each sending text, then open loop at each share. */
async function echoFloor(fake: FakeBotApi, http: HttpClient, users: number, options: ThroughputOptions): Promise<ThroughputFigures> {
  const child = new BenchChild('echo-child', {
    TELEGRAM_BOT_TOKEN: BENCH_BOT_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_WEBHOOK_SECRET: BENCH_WEBHOOK_SECRET,
  });
  const url = await child.url;
  const telegramUser = () => new TelegramClient(http, url, BENCH_WEBHOOK_SECRET, BENCH_BOT_TOKEN, fake, undefined, nextTelegramUserId());
  try {
    const recorder = new Recorder();
    // Every user sends its next text as soon as the last is answered, until `ms` have passed.
    const exchange = async (ms: number) => {
      const until = performance.now() + ms;
      await Promise.all(
        Array.from({ length: users }, async () => {
          const user = new SimulatedUser(telegramUser(), recorder);
          for (let i = 0; performance.now() < until; i++) {
            try {
              await user.send({ text: `echo ${i}` });
            } catch (error) {
              recorder.fail(error);
            }
          }
        }),
      );
    };
    await exchange(500); // warm-up
    recorder.latencies.length = 0;
    const before = await child.request<Usage>('usage');
    const started = performance.now();
    await exchange(options.echoSeconds * 1000);
    const seconds = (performance.now() - started) / 1000;
    const after = await child.request<Usage>('usage');
    const closed: ThroughputRun = {
      label: 'bare grammY echo (webhook)',
      setup: 'none',
      channel: 'echo',
      users,
      ...measured(recorder, seconds, before, after),
      statementsPerUpdate: null,
    };
    options.log(formatRun(closed));
    const openLoop: OpenLoopRun[] = [];
    for (const share of options.shares) {
      const schedule = new ArrivalSchedule(closed.updatesPerSecond * share, options.openLoopSeconds);
      const errors = new Recorder();
      const loop = async () => {
        const paced = schedule.join(telegramUser());
        for (let i = 0; ; i++) {
          try {
            await paced.send({ text: `echo ${i}` });
          } catch (error) {
            if (!(error instanceof ScheduleEnded)) errors.fail(error);
            break;
          }
        }
        schedule.leave(paced);
      };
      const start = await child.request<Usage>('usage');
      const loops = Promise.all(Array.from({ length: users }, loop));
      await schedule.run();
      await settleWithin(loops, 60_000, options.log, 'echo open loop');
      const end = await child.request<Usage>('usage');
      const point = openLoopFigures(`${closed.label} at ${Math.round(share * 100)} %`, closed, share, users, schedule, errors, start, end);
      openLoop.push(point);
      options.log(formatOpenLoop(point));
    }
    return { saturation: [closed], openLoop };
  } finally {
    await child.stop();
  }
}

function openLoopFigures(label: string, closed: ThroughputRun, share: number, users: number, schedule: ArrivalSchedule, recorder: Recorder, before: Usage, after: Usage): OpenLoopRun {
  const figures = schedule.figures();
  return {
    label,
    setup: closed.setup,
    channel: closed.channel,
    share,
    saturationPerSecond: closed.updatesPerSecond,
    users,
    ...figures,
    errors: recorder.errors,
    errorSamples: recorder.errorSamples,
    cpuMsPerUpdate: round(cpuMs(before, after) / Math.max(1, figures.completed)),
  };
}

/** Waits for `work`, but not longer than `ms` (a hung request must not hang the bench). */
async function settleWithin(work: Promise<unknown>, ms: number, log: (line: string) => void, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  const outcome = await Promise.race([work.then(() => 'done' as const), timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') log(`    ${what}: some users were still waiting for replies ${ms / 1000} s after the schedule ended; going on without them`);
}

/** The figures every closed-loop run reports, from its recorder, duration and the child's usage before and after. */
function measured(recorder: Recorder, seconds: number, before: Usage, after: Usage) {
  const updates = recorder.latencies.length;
  return {
    updates,
    errors: recorder.errors,
    errorSamples: recorder.errorSamples,
    seconds: round(seconds),
    updatesPerSecond: round(updates / seconds),
    latencyMs: summarize(recorder.latencies),
    cpuMsPerUpdate: round(cpuMs(before, after) / Math.max(1, updates)),
    systemCpuMsPerUpdate: round((after.cpuSystem - before.cpuSystem) / 1000 / Math.max(1, updates)),
  };
}

function cpuMs(before: Usage, after: Usage): number {
  return (after.cpuUser + after.cpuSystem - before.cpuUser - before.cpuSystem) / 1000;
}

/** One line for the console. */
export function formatRun(run: ThroughputRun): string {
  return `  ${run.label.padEnd(34)} closed loop, ${run.users} users: ${String(run.updates).padStart(5)} updates in ${run.seconds}s = ${run.updatesPerSecond}/s, p50 ${run.latencyMs.p50} ms, p99 ${run.latencyMs.p99} ms, CPU ${run.cpuMsPerUpdate} ms/update (system ${run.systemCpuMsPerUpdate})${run.statementsPerUpdate !== null ? `, ${run.statementsPerUpdate} SQL/update` : ''}${run.errors ? `, ${run.errors} ERRORS: ${run.errorSamples[0]}` : ''}`;
}

/** One line for the console. */
export function formatOpenLoop(run: OpenLoopRun): string {
  return `  ${run.label.padEnd(34)} open loop, offered ${run.offeredPerSecond}/s for ${run.seconds}s: achieved ${run.achievedPerSecond}/s, p50 ${run.latencyMs.p50} ms, p99 ${run.latencyMs.p99} ms, deferred ${run.deferred}, late ${run.late}, unsent ${run.unsent}, CPU ${run.cpuMsPerUpdate} ms/update${run.errors ? `, ${run.errors} ERRORS: ${run.errorSamples[0]}` : ''}`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
