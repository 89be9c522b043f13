/**
 * The national recompute's SQL against the status rules in TypeScript: on random desa
 * (groups of every kind and state, relations, activities with confirmed, pending and
 * declined partners, beneficiaries, past Aktif records), every level and provisional flag
 * it records must be what `computeStatus` gives for the same desa's facts; a second run
 * records nothing, and a level already recorded by a single refresh is not recorded again.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/paths.js';
import { recomputeNational } from '../../../src/domain/status/national-recompute.js';
import { computeStatus, DEFAULT_STATUS_THRESHOLDS, factsSince } from '../../../src/domain/status/status.js';
import { refreshStatus } from '../../../src/domain/status/status-service.js';
import { createNationalStatusStore } from '../../../src/storage/status/national-recompute.js';
import { createStatusRepository } from '../../../src/storage/status/status-repository.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { seedRandomDesa, VARIED_DESA_ODDS } from './seed.js';

const NOW = new Date('2026-11-20T03:00:00Z');

describeEachDatabase('national recompute', (kind) => {
  let db: TestDatabase;
  const villages: string[] = [];
  /** Desa given an old Aktif record by the seed (a drop from it waits out the grace period). */
  const seededAktif = new Set<string>();

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const seeded = await seedRandomDesa(db.prisma, NOW, {
      seed: 11,
      villages: 36,
      emptyEvery: 9,
      ...VARIED_DESA_ODDS,
    });
    villages.push(...seeded.villages);
    for (const village of seeded.aktif) seededAktif.add(village);
    // One desa already refreshed the ordinary way: the recompute must agree and add nothing.
    await db.prisma.$transaction((tx) => refreshStatus(createStatusRepository(tx), { villageCode: villages[1]! }, NOW));
  });
  afterAll(() => db?.close());

  it('records for every desa the level and provisional flag computeStatus gives', async () => {
    const store = createNationalStatusStore(db.prisma);
    const reports: Array<[number, number]> = [];
    const result = await recomputeNational(store, NOW, DEFAULT_STATUS_THRESHOLDS, (done, total) => reports.push([done, total]));
    // Progress goes range by range, from nothing to every desa evaluated.
    expect(reports[0]).toEqual([0, result.villages]);
    expect(reports.at(-1)).toEqual([result.villages, result.villages]);
    expect(reports.length).toBeGreaterThan(10);
    for (let i = 1; i < reports.length; i++) expect(reports[i]![0]).toBeGreaterThan(reports[i - 1]![0]);
    const withGroups = new Set((await db.prisma.group.findMany({ select: { villageCode: true } })).map((row) => row.villageCode));
    expect(result.villages).toBeGreaterThanOrEqual(withGroups.size);

    const levels = new Set<string>();
    for (const villageCode of villages) {
      const expected = await db.prisma.$transaction(async (tx) => {
        const repo = createStatusRepository(tx);
        return computeStatus(await repo.loadFacts({ villageCode }, factsSince(NOW)), NOW);
      });
      const recorded = await db.prisma.$transaction((tx) => createStatusRepository(tx).lastLevel({ villageCode }));
      if (recorded === null) {
        // Only a desa without any group or record is left out; it is Belum Ada.
        expect(withGroups.has(villageCode)).toBe(false);
        expect(expected.level).toBe('belum_ada');
        continue;
      }
      levels.add(recorded.level);
      // A desa recorded Aktif before whose criteria now give a lower working level waits out
      // the grace period at Aktif, as a single refresh keeps it (its old record stays).
      const held = seededAktif.has(villageCode) && ['belum_ada', 'rintisan', 'tumbuh'].includes(expected.level);
      expect({ villageCode, level: recorded.level, provisional: held ? false : recorded.provisional }).toEqual({
        villageCode,
        level: held ? 'aktif' : expected.level,
        provisional: held ? false : expected.provisional,
      });
    }
    // The random desa cover more than one level, or the comparison proves little.
    expect(levels.size).toBeGreaterThanOrEqual(3);
    expect(Object.values(result.byLevel).reduce((a, b) => a + b, 0)).toBe(result.villages);
    expect(await db.prisma.areaLevelHistory.count({ where: { villageCode: villages[1]! } })).toBe(1);

    const again = await recomputeNational(store, NOW, DEFAULT_STATUS_THRESHOLDS);
    expect(again.changed).toBe(0);
    expect(again.byLevel).toEqual(result.byLevel);
  });

  it('records a change after a last record dated later than now one millisecond after it, as a refresh does', async () => {
    const store = createNationalStatusStore(db.prisma);
    await recomputeNational(store, NOW, DEFAULT_STATUS_THRESHOLDS);
    let village: { villageCode: string; level: string } | undefined;
    // Not one of the seeded Aktif desa, whose record may be held through a grace period.
    for (const villageCode of villages.filter((code) => !seededAktif.has(code))) {
      const last = await db.prisma.$transaction((tx) => createStatusRepository(tx).lastLevel({ villageCode }));
      if (last && last.level !== 'belum_ada') {
        village = { villageCode, level: last.level };
        break;
      }
    }
    expect(village).toBeDefined();
    const { villageCode, level } = village!;
    // A record a few milliseconds ahead of the run (another clock): the level recorded next
    // must come after it, or the last record would be the wrong one. Belum Ada → any other
    // level is no drop, so no grace period holds it.
    const ahead = new Date(NOW.getTime() + 5);
    await db.prisma.areaLevelHistory.create({ data: { villageCode, rw: 0, level: 'belum_ada', at: ahead } });
    const result = await recomputeNational(store, NOW, DEFAULT_STATUS_THRESHOLDS);
    expect(result.changed).toBe(1);
    const last = await db.prisma.$transaction((tx) => createStatusRepository(tx).lastLevel({ villageCode }));
    expect(last).toMatchObject({ level, at: new Date(ahead.getTime() + 1) });
    expect((await recomputeNational(store, NOW, DEFAULT_STATUS_THRESHOLDS)).changed).toBe(0);
  });

  it('`npm run recompute` prints one progress line per 10 % when its output is not a terminal', async () => {
    const villagesEvaluated = (await recomputeNational(createNationalStatusStore(db.prisma), NOW, DEFAULT_STATUS_THRESHOLDS)).villages;
    // The script itself (compiled by `npm run recompute`; here run from its source), its
    // output a pipe as in a cron job or a container's log.
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'recompute.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'silent' },
      timeout: 120_000,
    });
    const lines = stdout.split('\n').filter((line) => line.startsWith('recompute: '));
    // "recompute: 8/36 desa (22 %), 950 desa/s, about 1 s left": no terminal escapes, one line each.
    expect(stdout).not.toContain('\r');
    const readings = lines.map((line) => {
      const match = /^recompute: (\d+)\/(\d+) desa \((\d+) %\), [\d,]+ desa\/s, (about \d+ (s|min) left|estimating time left|done)$/.exec(line);
      expect(match, line).not.toBeNull();
      return { done: Number(match![1]), total: Number(match![2]), percent: Number(match![3]) };
    });
    // Every tenth reached once, in order, ending with all of them done.
    expect(readings.map((r) => Math.floor(r.percent / 10))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(readings.every((r) => r.total === villagesEvaluated)).toBe(true);
    expect(readings.at(-1)).toMatchObject({ done: villagesEvaluated, percent: 100 });
    expect(lines.at(-1)).toMatch(/, done$/);
    expect(stdout).toMatch(new RegExp(`Recomputed ${villagesEvaluated} desa in [\\d.]+ s: 0 level changes recorded`));
  });
});
