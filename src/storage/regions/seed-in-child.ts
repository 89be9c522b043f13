/**
 * The region seed of a first start in a short-lived child process. Reading ~92,000 rows and
 * sending them in chunks grows the heap to ~190 MB; V8 and the C allocator keep such memory
 * for the life of the process, so done in the app itself the seed left the idle app ~120 MB
 * bigger for good (a worker thread did not help: its freed memory stayed in the process too).
 * A child's memory goes back to the system when it exits.
 *
 * A later start only checks the marker (one row and a count), here, without a child. Run
 * from TypeScript sources (the test runner), where there is no compiled module to start,
 * the seed runs in this process as before.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from '../generated/prisma/client.js';
import { silentLogger } from '../logger.js';
import { installedRegionDataSource } from './region-dataset.js';
import { regionsUpToDate, seedRegions, type SeedRegionsOptions, type SeedRegionsResult } from './seed-regions.js';
import type { SeedChildData, SeedChildMessage } from './seed-child.js';

/** The compiled child module next to this one (absent when running from TypeScript). */
const CHILD_PATH = fileURLToPath(new URL('./seed-child.js', import.meta.url));

/**
 * {@link seedRegions}, with the seeding itself in a child process that connects to
 * `databaseUrl` on its own. Its logs and progress are passed on to `options`.
 */
export async function seedRegionsInChild(prisma: PrismaClient, databaseUrl: string, options: SeedRegionsOptions = {}): Promise<SeedRegionsResult> {
  const source = options.source ?? (await installedRegionDataSource());
  const current = await regionsUpToDate(prisma, source);
  if (current) return current;
  if (!import.meta.url.endsWith('.js') || !existsSync(CHILD_PATH)) return seedRegions(prisma, { ...options, source });
  const logger = options.logger ?? silentLogger;
  // No execArgv of ours (a test's --import hook, --expose-gc): a plain node; the URL goes over IPC, never in argv.
  const child = fork(CHILD_PATH, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  const data: SeedChildData = { databaseUrl, source };
  child.send(data);
  return new Promise<SeedRegionsResult>((resolve, reject) => {
    let result: SeedRegionsResult | undefined;
    let failure: Error | undefined;
    child.on('message', (message: SeedChildMessage) => {
      if (message.kind === 'progress') options.onProgress?.(message.done, message.total);
      else if (message.kind === 'log') logger[message.level](message.fields, message.message);
      else if (message.kind === 'done') result = message.result;
      else failure = Object.assign(new Error(message.message), { stack: message.stack });
    });
    child.once('error', (error) => (failure ??= error));
    child.once('exit', (code, signal) => {
      if (result && !failure) resolve(result);
      else reject(failure ?? new Error(`wksbm-bot: the region seed process exited (${signal ?? `code ${code}`}) without a result`));
    });
  });
}
