/**
 * `npm run bench` (full) and `npm run bench -- --quick` (smaller sizes and shorter open-loop
 * runs, about 3 minutes on two cores): runs the scenarios of issues #7 and #14 side by
 * side, prints a table and writes bench/results.json with the machine, every figure, its
 * goal and pass/miss. Flags (docs/benchmarks.md):
 *   --only=throughput,national,fanout,fanout-cloud,memory,profile   a subset
 *   --profile[=server|embedded]   also a CPU profile of one throughput run (its top frames)
 *   --profile-channel=telegram    profile the Telegram webhook run instead of web chat's
 *   --open-loop-seconds=N         duration of each open-loop run (full 30, quick 5)
 * The app runs as compiled JavaScript (dist/, built when stale) on its two setups:
 * `embedded` (no DATABASE_URL) and `server` (a PostgreSQL server at BENCH_POSTGRES_URL,
 * default postgresql://postgres@127.0.0.1:5432/postgres; without one, server scenarios are
 * skipped and say so).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Setup } from './lib/app-process.js';
import { compileForChildren } from './lib/compiled.js';
import { machineInfo } from './lib/machine.js';
import { postgresAvailable, postgresVersion } from './lib/postgres.js';
import { NATIONAL_SIZES, scaledSizes } from './national/seed.js';
import { runFanout, type FanoutFigures } from './scenarios/fanout.js';
import { runCloudFanout, type CloudFanoutFigures } from './scenarios/fanout-cloud.js';
import { runMemory, type MemoryFigures } from './scenarios/memory.js';
import { runNational, type NationalFigures } from './scenarios/national.js';
import { formatProfile, runProfile, type ProfileFigures } from './scenarios/profile.js';
import { runThroughput, type ThroughputFigures } from './scenarios/throughput.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const profileArg = args.find((arg) => arg === '--profile' || arg.startsWith('--profile='));
const secondsArg = args.find((arg) => arg.startsWith('--open-loop-seconds='));
const profileChannelArg = args.find((arg) => arg.startsWith('--profile-channel='));
const unknown = args.filter((arg) => arg !== '--quick' && arg !== profileArg && arg !== secondsArg && arg !== profileChannelArg && !arg.startsWith('--only='));
if (unknown.length > 0) {
  console.error(`bench: unknown ${unknown.join(' ')} (flags: --quick, --only=…, --profile[=server|embedded], --profile-channel=webchat|telegram, --open-loop-seconds=N)`);
  process.exit(2);
}
const wanted = (name: string) => (name === 'profile' ? profileArg !== undefined || only?.includes(name) === true : only === undefined || only.includes(name));

/** Sizes of a run. */
const SIZES = quick
  ? { users: { embedded: 20, server: 40 }, echoSeconds: 3, openLoopSeconds: 5, nationalDivisor: 20, statusSamples: 300, officers: 600, conversations: { embedded: 150, server: 300 }, regionExtract: true }
  : { users: { embedded: 100, server: 200 }, echoSeconds: 10, openLoopSeconds: 30, nationalDivisor: 1, statusSamples: 2_000, officers: 10_000, conversations: { embedded: 2_000, server: 10_000 }, regionExtract: false };
const openLoopSeconds = secondsArg ? Number(secondsArg.slice('--open-loop-seconds='.length)) : SIZES.openLoopSeconds;
if (!(openLoopSeconds > 0 && openLoopSeconds <= 600)) {
  console.error('bench: --open-loop-seconds must be between 0 and 600');
  process.exit(2);
}
/** Shares of the saturation rate offered open-loop. */
const SHARES = [0.5, 0.9];

/** One checked figure: a goal (pass or miss) or, with `pass: null`, information. */
interface Check {
  readonly scenario: string;
  readonly figure: string;
  readonly value: number | string;
  readonly target: string;
  readonly pass: boolean | null;
  readonly result: 'pass' | 'miss' | 'info';
}

const log = (line: string) => console.log(line);
const started = Date.now();
const hasPostgres = await postgresAvailable();
const machine = machineInfo(hasPostgres ? await postgresVersion() : null);
log(`wksbm-bot bench (${quick ? 'QUICK: smaller sizes, national scale 1/20' : 'full'}) on ${machine.cpuModel}, ${machine.cores} cores, ${machine.ramGb} GB, Node ${machine.node}, load ${machine.loadAverageAtStart}`);
log(`PostgreSQL server: ${machine.postgres ?? 'not available: server scenarios are skipped'}; embedded: ${machine.embeddedPostgres}`);
log(`build: ${await compileForChildren()}`);
const setups: Setup[] = hasPostgres ? ['embedded', 'server'] : ['embedded'];

/** Seconds each scenario took (the quick run is meant to stay near 3 minutes in all). */
const laps: Record<string, number> = {};
let lapStarted = Date.now(); // after the build
const lap = (name: string) => {
  laps[name] = Math.round((Date.now() - lapStarted) / 100) / 10;
  log(`    (${name}: ${laps[name]} s)`);
  lapStarted = Date.now();
};
const checks: Check[] = [];
const check = (scenario: string, figure: string, value: number | string, target: string, pass: boolean | null) =>
  checks.push({ scenario, figure, value, target, pass, result: pass === null ? 'info' : pass ? 'pass' : 'miss' });
const results: {
  throughput?: ThroughputFigures;
  national?: NationalFigures | { skipped: string };
  fanout?: FanoutFigures | { skipped: string };
  fanoutCloud?: CloudFanoutFigures | { skipped: string };
  memory?: MemoryFigures[];
  profile?: ProfileFigures;
} = {};

if (wanted('throughput')) {
  log(`\n1. Conversation throughput (whole registration + joint activity + confirmation + status flows): closed loop (saturation), then open loop at ${SHARES.map((share) => `${share * 100} %`).join(' and ')} of it for ${openLoopSeconds} s each`);
  const figures = await runThroughput({ users: SIZES.users, setups, regionExtract: SIZES.regionExtract, echoSeconds: SIZES.echoSeconds, openLoopSeconds, shares: SHARES, log });
  results.throughput = figures;
  const echo = figures.saturation.find((run) => run.channel === 'echo');
  for (const run of figures.saturation.filter((candidate) => candidate.channel !== 'echo')) {
    check('throughput', `${run.label}: updates/s (closed loop)`, run.updatesPerSecond, '≥ 600', run.updatesPerSecond >= 600 && run.errors === 0);
    if (echo) {
      const ratio = Math.round((run.cpuMsPerUpdate / echo.cpuMsPerUpdate) * 10) / 10;
      check('throughput', `${run.label}: CPU per update vs echo bot`, `${ratio}×`, '≤ 3×', ratio <= 3);
      check('throughput', `${run.label}: time per update at saturation vs echo bot`, `${Math.round((echo.updatesPerSecond / run.updatesPerSecond) * 10) / 10}×`, '(info)', null);
    }
    if (run.statementsPerUpdate !== null) check('throughput', `${run.label}: SQL statements per update`, run.statementsPerUpdate, '≤ 4', run.statementsPerUpdate <= 4);
    check('throughput', `${run.label}: p99 ms, closed loop (all users at once)`, run.latencyMs.p99, '(info)', null);
  }
  for (const point of figures.openLoop.filter((candidate) => candidate.channel !== 'echo')) {
    const figure = `${point.label}: p99 ms, open loop`;
    if (point.share === 0.5) check('throughput', figure, point.latencyMs.p99, '< 100', point.latencyMs.p99 < 100 && point.errors === 0);
    else check('throughput', figure, point.latencyMs.p99, '(info)', null);
  }
  lap('throughput');
}

if (wanted('national')) {
  const sizes = quick ? scaledSizes(SIZES.nationalDivisor) : NATIONAL_SIZES;
  log(`\n2. National scale (${sizes.villages.toLocaleString('en')} desa, ${sizes.groups.toLocaleString('en')} groups, ${sizes.activities.toLocaleString('en')} activities${quick ? ': 1/20 of the national set' : ''}), PostgreSQL`);
  if (!hasPostgres) results.national = { skipped: 'no PostgreSQL server' };
  else {
    const figures = await runNational(sizes, SIZES.statusSamples, log);
    results.national = figures;
    const http = 'p99' in figures.statusHttp ? figures.statusHttp : null;
    const statusP99 = http ? http.p99 : figures.statusService.p99;
    check('national', http ? 'one area status p99 ms (HTTP API)' : 'one area status p99 ms (service; HTTP API not in this build)', statusP99, '< 10', statusP99 < 10);
    check('national', 'one area status p99 ms, plain SQL floor', figures.statusPlainSql.p99, '(info, ~2 ms)', null);
    check('national', 'national recompute ms (steady)', figures.recomputeSteady.ms, '< 10000', figures.recomputeSteady.ms < 10_000);
    const overFloor = Math.round((figures.recomputeSteady.ms / Math.max(1, figures.recomputePlainSqlMs)) * 10) / 10;
    check('national', 'national recompute (steady) vs plain SQL aggregate', `${overFloor}×`, '≤ 1.6×', overFloor <= 1.6);
    check('national', 'national recompute ms (first, records every desa)', figures.recomputeFirst.ms, '(info)', null);
    check('national', 'national aggregate ms, plain SQL floor', figures.recomputePlainSqlMs, '(info, ~1300 ms)', null);
  }
  lap('national');
}

if (wanted('fanout')) {
  log(`\n3. Alert fan-out to ${SIZES.officers.toLocaleString('en')} officers through a Bot API limited to 30 messages/s, PostgreSQL`);
  if (!hasPostgres) results.fanout = { skipped: 'no PostgreSQL server' };
  else {
    const figures = await runFanout(SIZES.officers, log);
    results.fanout = figures;
    log(`    ${figures.accepted} accepted in ${figures.seconds} s: ${figures.achievedPerSecond}/s = ${figures.shareOfAllowed} % of 30/s; lost ${figures.lost}, early retries ${figures.earlyRetries}, duplicates ${figures.duplicates}, 429s ${figures.rejected429}`);
    check('fanout', 'achieved rate, % of 30/s', figures.shareOfAllowed, '≥ 95', figures.shareOfAllowed >= 95);
    check('fanout', 'alerts lost', figures.lost, '0', figures.lost === 0 && figures.dead === 0);
    check('fanout', 'early retries', figures.earlyRetries, '0', figures.earlyRetries === 0);
    check('fanout', 'duplicates', figures.duplicates, '0', figures.duplicates === 0);
  }
  lap('fanout');
}

if (wanted('fanout-cloud')) {
  log(`\n3b. Alert fan-out to ${SIZES.officers.toLocaleString('en')} officers through a WhatsApp Cloud API limited to 80 messages/s, PostgreSQL`);
  if (!hasPostgres) results.fanoutCloud = { skipped: 'no PostgreSQL server' };
  else {
    const figures = await runCloudFanout(SIZES.officers, log);
    results.fanoutCloud = figures;
    log(`    ${figures.accepted} accepted in ${figures.seconds} s: ${figures.achievedPerSecond}/s = ${figures.shareOfAllowed} % of 80/s; lost ${figures.lost}, duplicates ${figures.duplicates}, 130429s ${figures.rejected130429}, by type ${JSON.stringify(figures.byType)}`);
    check('fanout-cloud', 'achieved rate, % of 80/s', figures.shareOfAllowed, '≥ 90', figures.shareOfAllowed >= 90);
    check('fanout-cloud', 'alerts lost', figures.lost, '0', figures.lost === 0 && figures.dead === 0);
    check('fanout-cloud', 'duplicates', figures.duplicates, '0', figures.duplicates === 0);
  }
  lap('fanout-cloud');
}

if (wanted('memory')) {
  log('\n4. Memory of the running bot');
  results.memory = [];
  for (const kind of setups) {
    const figures = await runMemory(kind, SIZES.conversations[kind], SIZES.regionExtract, log);
    results.memory.push(figures);
    check('memory', `idle RSS MB (${kind})`, figures.idleRssMb, '≤ 150', figures.idleRssMb <= 150);
    if (figures.clusterPssMb !== null) check('memory', 'embedded PostgreSQL cluster PSS MB at idle', figures.clusterPssMb, '≤ 60', figures.clusterPssMb <= 60);
    check('memory', `RSS MB with ${figures.conversations} conversations mid-flow (${kind})`, figures.midFlowRssMb, '(info)', null);
  }
  lap('memory');
}

if (wanted('profile')) {
  const setup: Setup = profileArg === '--profile=embedded' || !hasPostgres ? 'embedded' : 'server';
  if (profileArg !== undefined && !['--profile', '--profile=embedded', '--profile=server'].includes(profileArg)) throw new Error(`bench: ${profileArg}: expected --profile, --profile=server or --profile=embedded`);
  const channel = profileChannelArg?.slice('--profile-channel='.length) ?? 'webchat';
  if (channel !== 'webchat' && channel !== 'telegram') throw new Error(`bench: ${profileChannelArg}: expected --profile-channel=webchat or --profile-channel=telegram`);
  log(`\n5. CPU profile of the app (node --cpu-prof) during one closed-loop ${channel === 'webchat' ? 'web chat' : 'Telegram'} run on ${setup}, ${SIZES.users[setup]} users: top frames by self time`);
  results.profile = await runProfile(setup, channel, SIZES.users[setup], SIZES.regionExtract, log);
  for (const line of formatProfile(results.profile)) log(line);
  lap('profile');
}

const minutes = Math.round(((Date.now() - started) / 60_000) * 10) / 10;
log(`\nResults (${quick ? 'quick' : 'full'} run, ${minutes} min; load average at start ${machine.loadAverageAtStart} on ${machine.cores} cores)`);
const width = Math.max(...checks.map((check) => check.figure.length), 10);
log(`${'scenario'.padEnd(12)} ${'figure'.padEnd(width)} ${'value'.padStart(10)}  ${'target'.padEnd(16)} result`);
for (const check of checks) {
  const verdict = check.result === 'info' ? '' : check.result === 'pass' ? 'pass' : 'MISS';
  log(`${check.scenario.padEnd(12)} ${check.figure.padEnd(width)} ${String(check.value).padStart(10)}  ${check.target.padEnd(16)} ${verdict}`);
}
const goals = checks.filter((entry) => entry.result !== 'info');
log(`Goals: ${goals.filter((entry) => entry.result === 'pass').length} pass, ${goals.filter((entry) => entry.result === 'miss').length} miss`);
const path = fileURLToPath(new URL('./results.json', import.meta.url));
writeFileSync(path, `${JSON.stringify({ date: new Date().toISOString(), mode: quick ? 'quick' : 'full', args, minutes, scenarioSeconds: laps, machine, checks, results }, null, 2)}\n`);
log(`\nWrote ${path}`);
