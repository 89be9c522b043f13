/**
 * A CPU profile of one throughput run (`npm run bench -- --profile`): the app child runs
 * with `node --cpu-prof` (profile written into a temporary folder when it exits), the
 * closed-loop web chat (or Telegram) run of scenario 1 is taken once after a warm-up, and the samples of
 * that run's window are summed into the top frames by self time.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type Setup } from '../lib/app-process.js';
import { summarizeProfile, type ProfileSummary } from '../lib/cpu-profile.js';
import { FakeBotApi } from '../lib/fake-bot-api.js';
import { HttpClient } from '../lib/http.js';
import { useRegionList, type FlowChannel } from '../lib/pairs.js';
import { formatRun, listenForReplyCounts, pairsRun, type ThroughputRun } from './throughput.js';

/** What the profile run reports. */
export interface ProfileFigures extends ProfileSummary {
  readonly setup: Setup;
  readonly run: ThroughputRun;
  /** The .cpuprofile (opens in Chrome DevTools or speedscope); left in the temporary folder. */
  readonly file: string;
}

/** Rows of the table. */
const TOP = 15;

/** Profiles the closed-loop run of `channel` with `users` users on `setup`. */
export async function runProfile(setup: Setup, channel: FlowChannel, users: number, regionExtract: boolean, log: (line: string) => void): Promise<ProfileFigures> {
  useRegionList(regionExtract);
  const dir = mkdtempSync(join(tmpdir(), 'wksbm-bench-profile-'));
  const fake = await FakeBotApi.start();
  const http = new HttpClient(Math.max(64, users + 16));
  let run: ThroughputRun;
  let window: [number, number];
  try {
    const app = await startApp({ kind: setup, apiRoot: fake.apiRoot, regionExtract, execArgv: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
    try {
      const counts = listenForReplyCounts(app);
      // As many users as the run (throughput.ts says why).
      await pairsRun(app, channel, users, http, fake, counts, 'warm');
      const from = await app.child.request<number>('clock-us');
      run = await pairsRun(app, channel, users, http, fake, counts, 'profiled');
      const to = await app.child.request<number>('clock-us');
      window = [from, to];
      log(formatRun(run));
    } finally {
      // The profile is written when the child exits.
      await app.stop();
    }
  } finally {
    http.close();
    await fake.close();
  }
  const name = readdirSync(dir).find((file) => file.endsWith('.cpuprofile'));
  if (!name) throw new Error(`profile: the app child wrote no .cpuprofile into ${dir}`);
  const file = join(dir, name);
  const summary = summarizeProfile(file, TOP, window[0], window[1]);
  return { setup, run, file, ...summary };
}

/** The table for the console (and, as Markdown, for docs/benchmarks.md). */
export function formatProfile(figures: ProfileFigures): string[] {
  const busy = figures.sampledMs - figures.idleMs;
  return [
    `  ${figures.windowed ? 'the run\'s window' : 'WHOLE profile (start-up included: the window could not be cut out)'}: ${figures.sampledMs} ms sampled, ${busy} ms busy, ${figures.idleMs} ms idle; ${figures.file}`,
    '',
    '| function | file:line | self ms | % of busy |',
    '| --- | --- | ---: | ---: |',
    ...figures.top.map((frame) => `| ${frame.function.replaceAll('|', '\\|')} | ${frame.location} | ${frame.selfMs} | ${frame.percent} |`),
    '',
    '| busy time by the code that caused it | ms | % of busy |',
    '| --- | ---: | ---: |',
    ...figures.byArea.slice(0, 12).map((entry) => `| ${entry.area} | ${entry.selfMs} | ${entry.percent} |`),
  ];
}
