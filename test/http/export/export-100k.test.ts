/**
 * 100,000 groups exported through a real listening server, read by `fetch` chunk by chunk
 * in a child process (so the client's buffers are not counted as the server's memory).
 *
 * After the first chunk the reader stops until the server has read no new batch from the
 * database for a second (the batches are counted by wrapping the export source), so memory
 * is also sampled while the server is held back. How many batches it reads before it stops
 * depends on the kernel's socket buffers (megabytes on loopback), so that number is only
 * logged; stream-backpressure.test.ts checks the writers' backpressure without sockets.
 *
 * Memory (PostgreSQL): the process's retained memory (heap plus buffers, after a forced
 * collection) is sampled during the download and the stall. A streaming export holds about
 * one batch; a buffered one at least the whole file, so the bound is half the CSV's size.
 * As a control, the same download with all rows in one batch (what a non-streaming export
 * holds) must exceed that bound, so the test can fail.
 */
import { fork } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ExportSource } from '../../../src/storage/export/export-source.js';
import type { PrismaClient } from '../../../src/storage/generated/prisma/client.js';
import { describeEachDatabase, type DatabaseKind } from '../../support/databases.js';
import { ADMIN_TOKEN, buildExportApp, openExportApp, type ExportTestApp } from './export-fixture.js';

const GROUPS = 100_000;
/**
 * How long a download (or the seeding) may take: a bound that stops a stuck run, not a speed
 * target (those are the bench's). Generous: on a machine at load 14 the XLSX alone took more
 * than the two minutes this used to be.
 */
const BOUND_MS = 300_000;
const BATCH = 1_000;
/** A desa of the extract, for the warm-up download (4,000 of the groups). */
const WARM_UP_DESA = '35.79.01.1001';
/** The download client (a separate process). */
const CHILD = join(import.meta.dirname, 'download-child.mjs');
const MB = 1024 * 1024;
const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** What the process holds after a full collection: heap plus Buffers, or the heap alone. */
function retained(kind: DatabaseKind): number {
  gc();
  const usage = process.memoryUsage();
  return kind === 'postgres' ? usage.heapUsed + usage.arrayBuffers : usage.heapUsed;
}

/** 100,000 groups with leaders spread over the 25 test villages, in INSERT … SELECT statements. */
async function seedManyGroups(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Area" ("id", "villageCode")
    SELECT md5('area' || "code")::uuid, "code" FROM "Region" WHERE "level" = 'village'`);
  await prisma.$executeRawUnsafe(`
    WITH v AS (SELECT (row_number() OVER (ORDER BY "code")) - 1 AS "i", "code", count(*) OVER () AS "n" FROM "Region" WHERE "level" = 'village')
    INSERT INTO "Group" ("id", "name", "nameNorm", "type", "areaId", "villageCode", "memberCount", "foundedYear",
                         "meetingSchedule", "verification", "createdAt", "updatedAt")
    SELECT md5('group' || s)::uuid, 'Arisan "Mawar", RT ' || s, 'arisan mawar rt ' || s, 'arisan', md5('area' || v."code")::uuid,
           v."code", 10 + s % 40, 1990 + s % 30, 'Setiap Jumat malam, ' || (s % 28 + 1) || ' di rumah ketua',
           CASE WHEN s % 3 = 0 THEN 'pending'::"VerificationStatus" ELSE 'verified'::"VerificationStatus" END,
           now(), now()
    FROM generate_series(1, ${GROUPS}) AS s JOIN v ON v."i" = s % v."n"`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Person" ("id", "displayName", "phoneE164", "updatedAt")
    SELECT md5('person' || s)::uuid, 'Ibu Ketua ' || s, '+62812' || lpad(s::text, 8, '0'), now()
    FROM generate_series(1, ${GROUPS}) AS s`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "GroupLeader" ("groupId", "personId", "role", "status")
    SELECT md5('group' || s)::uuid, md5('person' || s)::uuid, 'leader', 'active'
    FROM generate_series(1, ${GROUPS}) AS s`);
  await prisma.$executeRawUnsafe('ANALYZE');
}

/** Counts the group batches the routes have read from the database. */
class BatchCounter {
  count = 0;
  observe = (source: ExportSource): ExportSource => {
    const counter = this;
    return {
      ...source,
      groups: (scope, batchSize) => ({
        async *[Symbol.asyncIterator]() {
          for await (const batch of source.groups(scope, batchSize)) {
            counter.count++;
            yield batch;
          }
        },
      }),
    };
  };
}

/** What one download looked like. */
interface Download {
  readonly bytes: number;
  /** Line feeds in the body (the CSV's rows and header: the quoted fields here hold none). */
  readonly lineFeeds: number;
  readonly baseline: number;
  readonly peak: number;
  /** Batches read by the time the stalled reader resumed. */
  readonly batchesAtStall: number | null;
}

/** Resolves once `counter` has not moved for `quietMs`. */
async function waitUntilIdle(counter: BatchCounter, quietMs: number): Promise<void> {
  let last = counter.count;
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (counter.count !== last) {
      last = counter.count;
      quietSince = Date.now();
    }
  }
}

/** What the child reports at the end. */
interface ChildDone {
  readonly type: 'done';
  readonly status: number;
  readonly bytes: number;
  readonly lineFeeds: number;
}

/**
 * Downloads `path` with a client in another process (download-child.mjs), sampling this
 * process's retained memory every 250 ms. With `stallWith`, the client stops after the
 * first chunk until that counter is idle. With `saveTo`, the body goes to that file.
 */
async function download(
  kind: DatabaseKind,
  app: FastifyInstance,
  path: string,
  options: { saveTo?: string; stallWith?: BatchCounter } = {},
): Promise<Download> {
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('server not listening');
  const baseline = retained(kind);
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, retained(kind));
  }, 250);
  try {
    const child = fork(CHILD, [`http://127.0.0.1:${address.port}${path}`, ADMIN_TOKEN, options.saveTo ?? '']);
    let batchesAtStall: number | null = null;
    const done = new Promise<ChildDone>((resolve, reject) => {
      child.on('message', (message: { type: string }) => {
        if (message.type === 'done') resolve(message as ChildDone);
        else if (message.type === 'first') {
          void (async () => {
            if (options.stallWith) {
              await waitUntilIdle(options.stallWith, 1_000);
              batchesAtStall = options.stallWith.count;
            }
            child.send('resume');
          })();
        }
      });
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code !== 0) reject(new Error(`download client exited with ${code}`));
      });
    });
    const result = await done;
    expect(result.status).toBe(200);
    peak = Math.max(peak, retained(kind));
    return { bytes: result.bytes, lineFeeds: result.lineFeeds, baseline, peak, batchesAtStall };
  } finally {
    clearInterval(sampler);
  }
}

/** The sheet read back with exceljs' streaming reader: row count, second and last row values. */
async function readSheet(path: string): Promise<{ count: number; second: unknown[]; last: unknown[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), { sharedStrings: 'ignore', styles: 'ignore', worksheets: 'emit' });
  let count = 0;
  let second: unknown[] = [];
  let last: unknown[] = [];
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      count++;
      if (count === 2) second = row.values as unknown[];
      last = row.values as unknown[];
    }
  }
  return { count, second, last };
}

describeEachDatabase('export of 100,000 groups in constant memory', (kind) => {
  const counter = new BatchCounter();
  const tmp = mkdtempSync(join(tmpdir(), 'wksbm-export-'));
  let t: ExportTestApp;
  let seeded = 0;
  let buffered: FastifyInstance | undefined;
  let bound = 0;

  beforeAll(async () => {
    t = await openExportApp(kind, { batchSize: BATCH, observe: counter.observe });
    const seeding = Date.now();
    await seedManyGroups(t.db.prisma);
    seeded = Date.now() - seeding;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    if (kind === 'postgres') {
      // The control: the same routes with all rows in one batch.
      buffered = await buildExportApp(t.db.prisma, { batchSize: GROUPS });
      await buffered.listen({ port: 0, host: '127.0.0.1' });
      await download(kind, buffered, `/api/export/groups.csv?prefix=${WARM_UP_DESA}`);
    }
    // Warm up (fetch, Prisma's query cache, exceljs): first-use costs are not growth.
    await download(kind, t.app, `/api/export/groups.csv?prefix=${WARM_UP_DESA}`);
    if (kind === 'postgres') await download(kind, t.app, `/api/export/groups.xlsx?prefix=${WARM_UP_DESA}`);
  }, BOUND_MS);
  afterAll(async () => {
    await buffered?.close();
    await t?.close();
    rmSync(tmp, { recursive: true, force: true });
  }, BOUND_MS);

  it('streams the CSV: every row, a few batches read while the client waits, memory far below the file size', async () => {
    counter.count = 0;
    const result = await download(kind, t.app, '/api/export/groups.csv', { stallWith: counter });
    expect(result.lineFeeds).toBe(GROUPS + 1);
    expect(counter.count).toBe(GROUPS / BATCH);
    bound = result.bytes / 2;
    const growth = result.peak - result.baseline;
    console.info(`[${kind}] seeded in ${seeded} ms; CSV ${mb(result.bytes)}: ${result.batchesAtStall} batches read during the stall, retained growth ${mb(growth)} (bound ${mb(bound)})`);
    expect(growth).toBeLessThan(bound);
  }, BOUND_MS);

  it.runIf(kind === 'postgres')('control: the same download with all rows in one batch exceeds the bound', async () => {
    const result = await download(kind, buffered!, '/api/export/groups.csv');
    expect(result.lineFeeds).toBe(GROUPS + 1);
    const growth = result.peak - result.baseline;
    console.info(`[${kind}] control, one batch: retained growth ${mb(growth)} (bound ${mb(bound)})`);
    expect(growth).toBeGreaterThan(bound);
  }, BOUND_MS);

  it.runIf(kind === 'postgres')('streams the XLSX with exceljs: every row, a few batches read while the client waits, memory as flat', async () => {
    counter.count = 0;
    const saveTo = join(tmp, 'groups.xlsx');
    const result = await download(kind, t.app, '/api/export/groups.xlsx', { saveTo, stallWith: counter });
    expect(counter.count).toBe(GROUPS / BATCH);
    const growth = result.peak - result.baseline;
    console.info(`[${kind}] XLSX ${mb(result.bytes)}: ${result.batchesAtStall} batches read during the stall, retained growth ${mb(growth)} (bound ${mb(bound)})`);
    expect(growth).toBeLessThan(bound);
    const rows = await readSheet(saveTo);
    expect(rows.count).toBe(GROUPS + 1);
    expect(rows.last[1]).toBe(GROUPS);
    expect(String(rows.second[2])).toMatch(/^Arisan "Mawar", RT \d+$/);
  }, BOUND_MS);
});
