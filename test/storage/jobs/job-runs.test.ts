/**
 * Periodic jobs once per period across instances, on both databases: the JobRun claim and
 * the job's writes commit together; a failed job leaves nothing and runs again next tick;
 * two schedulers (two clients on PostgreSQL) run a job once.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Scheduler } from '../../../src/core/scheduler/scheduler.js';
import type { Sleep } from '../../../src/core/scheduler/sleep.js';
import { openDatabase, type Database } from '../../../src/storage/database.js';
import type { PrismaClient } from '../../../src/storage/generated/prisma/client.js';
import { createJobRuns } from '../../../src/storage/jobs/job-runs.js';
import type { PrismaTx } from '../../../src/storage/transaction-runner.js';
import { manualClock } from '../../support/bot.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';

describeEachDatabase('job runs', (kind) => {
  let db: TestDatabase;
  let second: Database | undefined;
  let otherPrisma: PrismaClient;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    if (db.url) second = await openDatabase({ databaseUrl: db.url, dataDir: 'unused' });
    otherPrisma = second?.prisma ?? db.prisma;
  });
  afterAll(async () => {
    await second?.close();
    await db?.close();
  });

  const runsOn = (prisma: PrismaClient, clock = manualClock()) => createJobRuns<PrismaTx>(prisma, (tx) => tx, { clock });
  /** A write the job makes, to see it commit or roll back with the claim. */
  const mark = (tx: PrismaTx, name: string) => tx.person.create({ data: { displayName: name } });
  const marks = (name: string) => db.prisma.person.count({ where: { displayName: name } });

  it('runs once per (job, period), its writes committed with the claim', async () => {
    const clock = manualClock('2026-11-30T00:00:00Z');
    const runs = runsOn(db.prisma, clock);
    const job = `daily-${randomUUID()}`;
    let calls = 0;
    const work = async (tx: PrismaTx) => {
      calls += 1;
      await mark(tx, job);
    };
    expect(await runs.runOncePerPeriod(job, '2026-11-30', work)).toBe('ran');
    expect(await runs.runOncePerPeriod(job, '2026-11-30', work)).toBe('already-done');
    expect(await runsOn(otherPrisma).runOncePerPeriod(job, '2026-11-30', work)).toBe('already-done');
    expect(await runs.runOncePerPeriod(job, '2026-12-01', work)).toBe('ran');
    expect(calls).toBe(2);
    expect(await marks(job)).toBe(2);
    expect(await db.prisma.jobRun.findUnique({ where: { job_period: { job, period: '2026-11-30' } } })).toMatchObject({
      startedAt: clock(),
      doneAt: clock(),
    });
  });

  it('a job that fails leaves no claim and no writes, and runs again', async () => {
    const runs = runsOn(db.prisma);
    const job = `failing-${randomUUID()}`;
    await expect(
      runs.runOncePerPeriod(job, '2026-W49', async (tx) => {
        await mark(tx, job);
        throw new Error('officer list unavailable');
      }),
    ).rejects.toThrow('officer list unavailable');
    expect(await db.prisma.jobRun.count({ where: { job } })).toBe(0);
    expect(await marks(job)).toBe(0);
    expect(await runs.runOncePerPeriod(job, '2026-W49', (tx) => mark(tx, job).then(() => undefined))).toBe('ran');
    expect(await marks(job)).toBe(1);
  });

  it.runIf(kind === 'postgres')('while another instance runs the job, the answer is "busy" at once, not a wait', async () => {
    const job = `slow-${randomUUID()}`;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inside = new Promise<void>((resolve) => (started = resolve));
    const first = runsOn(db.prisma).runOncePerPeriod(job, 'p', async (tx) => {
      started();
      await gate;
      await mark(tx, job);
    });
    await inside;
    const before = Date.now();
    expect(await runsOn(otherPrisma).runOncePerPeriod(job, 'p', () => Promise.reject(new Error('must not run')))).toBe('busy');
    expect(Date.now() - before).toBeLessThan(1_000);
    release();
    expect(await first).toBe('ran');
    expect(await runsOn(otherPrisma).runOncePerPeriod(job, 'p', () => Promise.reject(new Error('must not run')))).toBe('already-done');
  });

  it('two schedulers run a daily job once per day between them', async () => {
    const clock = manualClock('2026-11-30T00:00:00Z'); // 07:00 WIB
    const name = `inactive-groups-${randomUUID()}`;
    let runs = 0;
    const seen: string[] = [];
    const job = {
      name,
      schedule: { kind: 'daily', hour: 7 } as const,
      run: async (tx: PrismaTx, { period }: { period: string }) => {
        runs += 1;
        seen.push(period);
        await mark(tx, name);
      },
    };
    const ran: string[] = [];
    const a = new Scheduler({ runs: runsOn(db.prisma, clock), clock, onRan: (_job, period) => ran.push(`a:${period}`) }).register(job);
    const b = new Scheduler({ runs: runsOn(otherPrisma, clock), clock, onRan: (_job, period) => ran.push(`b:${period}`) }).register(job);

    const [reportA, reportB] = await Promise.all([a.tick(), b.tick()]);
    expect([reportA[name], reportB[name]].filter((outcome) => outcome === 'ran')).toHaveLength(1);
    await Promise.all([a.tick(), b.tick(), a.tick()]);
    expect(runs).toBe(1);

    clock.advance(23 * 3_600_000); // 06:00 WIB the next day: not yet
    await Promise.all([a.tick(), b.tick()]);
    expect(runs).toBe(1);
    clock.advance(3_600_000); // 07:00 WIB
    await Promise.all([a.tick(), b.tick()]);
    expect(runs).toBe(2);
    expect(seen).toEqual(['2026-11-30', '2026-12-01']);
    expect(ran).toHaveLength(2);
    expect(await db.prisma.jobRun.count({ where: { job: name } })).toBe(2);
  });

  it('a failing job is tried again at the next tick', async () => {
    const clock = manualClock('2026-11-30T02:00:00Z'); // Monday 09:00 WIB
    const name = `weekly-digest-${randomUUID()}`;
    let attempts = 0;
    const errors: string[] = [];
    const scheduler = new Scheduler({
      runs: runsOn(db.prisma, clock),
      clock,
      logger: { info: () => undefined, error: (details) => errors.push(String((details as { err: Error }).err.message)) },
    }).register({
      name,
      schedule: { kind: 'weekly', weekday: 1, hour: 8 },
      run: async (tx) => {
        attempts += 1;
        await mark(tx, name);
        if (attempts === 1) throw new Error('digest query timed out');
      },
    });
    expect(await scheduler.tick()).toEqual({ [name]: 'failed' });
    expect(errors).toEqual(['digest query timed out']);
    clock.advance(60_000);
    expect(await scheduler.tick()).toEqual({ [name]: 'ran' });
    expect(await scheduler.tick()).toEqual({}); // known done: no query
    expect(attempts).toBe(2);
    expect(await marks(name)).toBe(1);
    expect(await db.prisma.jobRun.findMany({ where: { job: name }, select: { period: true } })).toEqual([{ period: '2026-W49' }]);
  });

  it('start() ticks at once and then every tickMs; stop() ends the loop', async () => {
    const clock = manualClock('2026-11-30T02:00:00Z');
    const waits: number[] = [];
    let wakeUp: (() => void) | undefined;
    // A sleep the test releases by hand, one tick at a time (or that stop() aborts).
    const sleep: Sleep = (ms, signal) =>
      new Promise<void>((resolve) => {
        waits.push(ms);
        wakeUp = resolve;
        signal?.addEventListener('abort', () => resolve(), { once: true });
      });
    const name = `loop-${randomUUID()}`;
    let runs = 0;
    const scheduler = new Scheduler({ runs: runsOn(db.prisma, clock), clock, sleep, tickMs: 60_000 }).register({
      name,
      schedule: { kind: 'daily', hour: 0 },
      run: async () => {
        runs += 1;
      },
    });
    expect(() => scheduler.register({ name, schedule: { kind: 'daily', hour: 1 }, run: async () => undefined })).toThrow(/registered already/);
    scheduler.start();
    await until(() => waits.length === 1);
    expect(runs).toBe(1);
    clock.advance(86_400_000);
    wakeUp!();
    await until(() => waits.length === 2);
    expect(runs).toBe(2);
    expect(waits).toEqual([60_000, 60_000]);
    await scheduler.stop();
  });
});

async function until(predicate: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
