/**
 * The child process of seed-in-child.ts: takes the database URL and the data source over IPC,
 * opens its own connections, seeds the regions, closes them and exits. Logs and progress go
 * to the parent.
 */
import { openDatabase } from '../database.js';
import type { StorageLogFn, StorageLogger } from '../logger.js';
import type { RegionDataSource } from './region-dataset.js';
import { seedRegions, type SeedRegionsResult } from './seed-regions.js';

/** What the parent sends first. */
export interface SeedChildData {
  readonly databaseUrl: string;
  readonly source: RegionDataSource;
}

/** What the child tells the parent. */
export type SeedChildMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'log'; readonly level: keyof StorageLogger; readonly fields: Record<string, unknown>; readonly message: string }
  | { readonly kind: 'done'; readonly result: SeedRegionsResult }
  | { readonly kind: 'failed'; readonly message: string; readonly stack: string | undefined };

const post = (message: SeedChildMessage): Promise<void> =>
  new Promise((resolve) => (process.send ? process.send(message, undefined, {}, () => resolve()) : resolve()));
const forward = (level: keyof StorageLogger): StorageLogFn => (fields, message) => void post({ kind: 'log', level, fields, message });

async function run({ databaseUrl, source }: SeedChildData): Promise<void> {
  try {
    // A server as far as this process knows: the parent owns the embedded cluster, if any.
    const database = await openDatabase({ databaseUrl, dataDir: '' });
    try {
      const logger: StorageLogger = { info: forward('info'), warn: forward('warn'), error: forward('error') };
      const result = await seedRegions(database.prisma, { source, logger, onProgress: (done, total) => void post({ kind: 'progress', done, total }) });
      await post({ kind: 'done', result });
    } finally {
      await database.close();
    }
  } catch (error) {
    await post({ kind: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
  }
  process.disconnect?.();
}

process.once('message', (data: SeedChildData) => void run(data));
