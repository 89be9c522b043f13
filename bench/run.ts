/**
 * `npm run bench` (full) and `npm run bench -- --quick` (smaller sizes, under 3 minutes on
 * two quiet cores): runs the four scenarios of issue #7 side by side, prints a table and
 * writes bench/results.json with the machine, every figure, its target and pass/miss.
 * `--only=throughput,national,fanout,fanout-cloud,memory` runs a subset. PostgreSQL scenarios need a
 * server at BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres);
 * without one they are skipped and say so.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machineInfo } from './lib/machine.js';
import { postgresAvailable, postgresVersion } from './lib/postgres.js';
import { NATIONAL_SIZES, scaledSizes } from './national/seed.js';
import { runFanout, type FanoutFigures } from './scenarios/fanout.js';
import { runCloudFanout, type CloudFanoutFigures } from './scenarios/fanout-cloud.js';
import { runMemory, type MemoryFigures } from './scenarios/memory.js';
import { runNational, type NationalFigures } from './scenarios/national.js';
import { runThroughput, type ThroughputRun } from './scenarios/throughput.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (name: string) => only === undefined || only.includes(name);

/** Sizes of a run. */
const SIZES = quick
  ? { users: { embedded: 20, postgres: 40 }, echoMessages: 10, nationalDivisor: 20, statusSamples: 300, officers: 600, conversations: { embedded: 150, postgres: 300 }, regionExtract: true }
  : { users: { embedded: 100, postgres: 200 }, echoMessages: 20, nationalDivisor: 1, statusSamples: 2_000, officers: 10_000, conversations: { embedded: 2_000, postgres: 10_000 }, regionExtract: false };

/** One checked figure. */
interface Check {
  readonly scenario: string;
  readonly figure: string;
  readonly value: number | string;
  readonly target: string;
  readonly pass: boolean | null;
}

const log = (line: string) => console.log(line);
const started = Date.now();
const hasPostgres = await postgresAvailable();
const machine = machineInfo(hasPostgres ? await postgresVersion() : null);
log(`wksbm-bot bench (${quick ? 'QUICK: smaller sizes, national scale 1/20' : 'full'}) on ${machine.cpuModel}, ${machine.cores} cores, ${machine.ramGb} GB, Node ${machine.node}, load ${machine.loadAverageAtStart}`);
log(`PostgreSQL: ${machine.postgres ?? 'not available: PostgreSQL scenarios are skipped'}`);
const databases: Array<'embedded' | 'postgres'> = hasPostgres ? ['embedded', 'postgres'] : ['embedded'];

const checks: Check[] = [];
const results: {
  throughput?: ThroughputRun[];
  national?: NationalFigures | { skipped: string };
  fanout?: FanoutFigures | { skipped: string };
  fanoutCloud?: CloudFanoutFigures | { skipped: string };
  memory?: MemoryFigures[];
} = {};

if (wanted('throughput')) {
  log('\n1. Conversation throughput (whole registration + joint activity + confirmation + status flows)');
  const runs: ThroughputRun[] = [];
  for (const kind of databases) {
    runs.push(...(await runThroughput({ users: SIZES.users[kind], databases: [kind], regionExtract: SIZES.regionExtract, echoMessagesPerUser: SIZES.echoMessages, log })));
  }
  results.throughput = runs;
  const echo = runs.filter((run) => run.channel === 'echo');
  const echoCpu = echo.reduce((sum, run) => sum + run.cpuMsPerUpdate, 0) / Math.max(1, echo.length);
  const echoRate = echo.reduce((sum, run) => sum + run.updatesPerSecond, 0) / Math.max(1, echo.length);
  for (const run of runs.filter((candidate) => candidate.channel !== 'echo')) {
    const target = run.database === 'postgres' ? 500 : 150;
    checks.push({ scenario: 'throughput', figure: `${run.label}: updates/s`, value: run.updatesPerSecond, target: `≥ ${target}`, pass: run.updatesPerSecond >= target && run.errors === 0 });
    checks.push({ scenario: 'throughput', figure: `${run.label}: p99 latency ms`, value: run.latencyMs.p99, target: '< 100', pass: run.latencyMs.p99 < 100 });
    const ratio = Math.round((run.cpuMsPerUpdate / echoCpu) * 10) / 10;
    checks.push({ scenario: 'throughput', figure: `${run.label}: CPU per update vs echo bot`, value: `${ratio}×`, target: '≤ 3×', pass: ratio <= 3 });
    checks.push({ scenario: 'throughput', figure: `${run.label}: time per update at saturation vs echo bot`, value: `${Math.round((echoRate / run.updatesPerSecond) * 10) / 10}×`, target: '(info)', pass: null });
  }
}

if (wanted('national')) {
  const sizes = quick ? scaledSizes(SIZES.nationalDivisor) : NATIONAL_SIZES;
  log(`\n2. National scale (${sizes.villages.toLocaleString('en')} desa, ${sizes.groups.toLocaleString('en')} groups, ${sizes.activities.toLocaleString('en')} activities${quick ? ': 1/20 of the national set' : ''}), PostgreSQL`);
  if (!hasPostgres) results.national = { skipped: 'no PostgreSQL server' };
  else {
    const figures = await runNational(sizes, SIZES.statusSamples, log);
    results.national = figures;
    const http = 'p99' in figures.statusHttp ? figures.statusHttp : null;
    checks.push({
      scenario: 'national',
      figure: http ? 'one area status p99 ms (HTTP API)' : 'one area status p99 ms (service; HTTP API not in this build)',
      value: http ? http.p99 : figures.statusService.p99,
      target: '< 10',
      pass: (http ? http.p99 : figures.statusService.p99) < 10,
    });
    checks.push({ scenario: 'national', figure: 'one area status p99 ms, plain SQL floor', value: figures.statusPlainSql.p99, target: '(info, ~2 ms)', pass: null });
    checks.push({ scenario: 'national', figure: 'national recompute ms (steady)', value: figures.recomputeSteady.ms, target: '< 10000', pass: figures.recomputeSteady.ms < 10_000 });
    checks.push({ scenario: 'national', figure: 'national recompute ms (first, records every desa)', value: figures.recomputeFirst.ms, target: '(info)', pass: null });
    checks.push({ scenario: 'national', figure: 'national aggregate ms, plain SQL floor', value: figures.recomputePlainSqlMs, target: '(info, ~1300 ms)', pass: null });
  }
}

if (wanted('fanout')) {
  log(`\n3. Alert fan-out to ${SIZES.officers.toLocaleString('en')} officers through a Bot API limited to 30 messages/s, PostgreSQL`);
  if (!hasPostgres) results.fanout = { skipped: 'no PostgreSQL server' };
  else {
    const figures = await runFanout(SIZES.officers, log);
    results.fanout = figures;
    log(`    ${figures.accepted} accepted in ${figures.seconds} s: ${figures.achievedPerSecond}/s = ${figures.shareOfAllowed} % of 30/s; lost ${figures.lost}, early retries ${figures.earlyRetries}, duplicates ${figures.duplicates}, 429s ${figures.rejected429}`);
    checks.push({ scenario: 'fanout', figure: 'achieved rate, % of 30/s', value: figures.shareOfAllowed, target: '≥ 95', pass: figures.shareOfAllowed >= 95 });
    checks.push({ scenario: 'fanout', figure: 'alerts lost', value: figures.lost, target: '0', pass: figures.lost === 0 && figures.dead === 0 });
    checks.push({ scenario: 'fanout', figure: 'early retries', value: figures.earlyRetries, target: '0', pass: figures.earlyRetries === 0 });
    checks.push({ scenario: 'fanout', figure: 'duplicates', value: figures.duplicates, target: '0', pass: figures.duplicates === 0 });
  }
}

if (wanted('fanout-cloud')) {
  log(`\n3b. Alert fan-out to ${SIZES.officers.toLocaleString('en')} officers through a WhatsApp Cloud API limited to 80 messages/s, PostgreSQL`);
  if (!hasPostgres) results.fanoutCloud = { skipped: 'no PostgreSQL server' };
  else {
    const figures = await runCloudFanout(SIZES.officers, log);
    results.fanoutCloud = figures;
    log(`    ${figures.accepted} accepted in ${figures.seconds} s: ${figures.achievedPerSecond}/s = ${figures.shareOfAllowed} % of 80/s; lost ${figures.lost}, duplicates ${figures.duplicates}, 130429s ${figures.rejected130429}, by type ${JSON.stringify(figures.byType)}`);
    checks.push({ scenario: 'fanout-cloud', figure: 'achieved rate, % of 80/s', value: figures.shareOfAllowed, target: '≥ 90', pass: figures.shareOfAllowed >= 90 });
    checks.push({ scenario: 'fanout-cloud', figure: 'alerts lost', value: figures.lost, target: '0', pass: figures.lost === 0 && figures.dead === 0 });
    checks.push({ scenario: 'fanout-cloud', figure: 'duplicates', value: figures.duplicates, target: '0', pass: figures.duplicates === 0 });
  }
}

if (wanted('memory')) {
  log('\n4. Memory of the running bot');
  results.memory = [];
  for (const kind of databases) {
    const figures = await runMemory(kind, SIZES.conversations[kind], SIZES.regionExtract, log);
    results.memory.push(figures);
    checks.push({ scenario: 'memory', figure: `idle RSS MB (${kind})`, value: figures.idleRssMb, target: '< 200', pass: figures.idleRssMb < 200 });
    checks.push({ scenario: 'memory', figure: `RSS MB with ${figures.conversations} conversations mid-flow (${kind})`, value: figures.midFlowRssMb, target: '(info)', pass: null });
  }
}

const minutes = Math.round(((Date.now() - started) / 60_000) * 10) / 10;
log(`\nResults (${quick ? 'quick' : 'full'} run, ${minutes} min; load average at start ${machine.loadAverageAtStart} on ${machine.cores} cores)`);
const width = Math.max(...checks.map((check) => check.figure.length), 10);
log(`${'scenario'.padEnd(11)} ${'figure'.padEnd(width)} ${'value'.padStart(10)}  ${'target'.padEnd(16)} result`);
for (const check of checks) {
  const verdict = check.pass === null ? '' : check.pass ? 'pass' : 'MISS';
  log(`${check.scenario.padEnd(11)} ${check.figure.padEnd(width)} ${String(check.value).padStart(10)}  ${check.target.padEnd(16)} ${verdict}`);
}
const path = fileURLToPath(new URL('./results.json', import.meta.url));
writeFileSync(path, `${JSON.stringify({ date: new Date().toISOString(), mode: quick ? 'quick' : 'full', minutes, machine, checks, results }, null, 2)}\n`);
log(`\nWrote ${path}`);
