/**
 * bench/results.json as the Markdown tables docs/benchmarks.md records:
 * `npx tsx bench/report.ts` (after `npm run bench …`) prints the run's line, the goals
 * (pass/miss), the closed- and open-loop runs of scenario 1 and the CPU profile when the
 * run took one.
 */
import { readFileSync } from 'node:fs';
import type { ProfileFigures } from './scenarios/profile.js';
import { formatProfile } from './scenarios/profile.js';
import type { ThroughputFigures } from './scenarios/throughput.js';

interface Results {
  readonly date: string;
  readonly mode: string;
  readonly args?: readonly string[];
  readonly minutes: number;
  readonly scenarioSeconds?: Record<string, number>;
  readonly machine: { cpuModel: string; cores: number; ramGb: number; node: string; os: string; postgres: string | null; embeddedPostgres: string; loadAverageAtStart: number };
  readonly checks: ReadonlyArray<{ scenario: string; figure: string; value: number | string; target: string; result: string }>;
  readonly results: { throughput?: ThroughputFigures; profile?: ProfileFigures };
}

const data = JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8')) as Results;
const m = data.machine;
const out: string[] = [];
const number = (value: number | string) => (typeof value === 'number' ? value.toLocaleString('en') : value);
out.push(
  `\`npm run bench -- ${(data.args ?? []).join(' ')}\` of ${data.date.slice(0, 16).replace('T', ' ')} UTC (${data.minutes} min${data.scenarioSeconds ? `: ${Object.entries(data.scenarioSeconds).map(([name, seconds]) => `${name} ${seconds} s`).join(', ')}` : ''}) on ${m.cpuModel}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}, ${m.os}; server ${m.postgres?.split(' on ')[0] ?? 'none'} on 127.0.0.1; ${m.embeddedPostgres}; load average ${m.loadAverageAtStart} at the start.`,
  '',
  '| scenario | figure | value | goal | result |',
  '| --- | --- | ---: | --- | --- |',
  ...data.checks.map((check) => `| ${check.scenario} | ${check.figure} | ${number(check.value)} | ${check.target} | ${check.result === 'miss' ? '**miss**' : check.result === 'pass' ? 'pass' : ''} |`),
);
const throughput = data.results.throughput;
if (throughput) {
  out.push(
    '',
    '| closed loop | users | updates | errors | updates/s | p50 ms | p99 ms | app CPU ms/update | SQL/update |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...throughput.saturation.map((run) => `| ${run.label} | ${run.users} | ${run.updates} | ${run.errors} | ${run.updatesPerSecond} | ${run.latencyMs.p50} | ${run.latencyMs.p99} | ${run.cpuMsPerUpdate} | ${run.statementsPerUpdate ?? ''} |`),
    '',
    '| open loop | offered/s | achieved/s | p50 ms | p99 ms | deferred | late | unsent | errors | app CPU ms/update |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...throughput.openLoop.map((run) => `| ${run.label} | ${run.offeredPerSecond} | ${run.achievedPerSecond} | ${run.latencyMs.p50} | ${run.latencyMs.p99} | ${run.deferred} | ${run.late} | ${run.unsent} | ${run.errors} | ${run.cpuMsPerUpdate} |`),
  );
}
if (data.results.profile) out.push('', ...formatProfile(data.results.profile).map((line) => line.replace(/^ {2}/, '')));
console.log(out.join('\n'));
