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
import { seedActivity, seedGroup, seedRelation, seedVillage } from './seed.js';

const NOW = new Date('2026-11-20T03:00:00Z');
const DAY = 86_400_000;

/** mulberry32: the same "random" desa on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describeEachDatabase('national recompute', (kind) => {
  let db: TestDatabase;
  const villages: string[] = [];
  /** Desa given an old Aktif record by the seed (a drop from it waits out the grace period). */
  const seededAktif = new Set<string>();

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const rnd = random(11);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
    for (let v = 0; v < 36; v++) {
      const village = await seedVillage(db.prisma);
      villages.push(village);
      const groups: string[] = [];
      const count = v % 9 === 0 ? 0 : 1 + Math.floor(rnd() * 6);
      for (let i = 0; i < count; i++) {
        const type = pick(['arisan', 'pkk', 'posyandu', 'karang_taruna', 'other'] as const);
        groups.push(
          await seedGroup(db.prisma, village, {
            type,
            ...(type === 'other' ? { typeOther: pick(['Karang Werda', 'karang  werda!', 'KUBE', '']) } : {}),
            active: rnd() > 0.15,
            verification: pick(['verified', 'verified', 'pending', 'rejected'] as const),
            createdAt: new Date(NOW.getTime() - Math.floor(rnd() * 400) * DAY),
          }),
        );
      }
      const related = new Set<string>();
      for (let i = 0; i + 1 < groups.length; i++) {
        const other = groups[(i + 1 + Math.floor(rnd() * (groups.length - 1))) % groups.length]!;
        const pair = [groups[i]!, other].sort().join('|');
        if (rnd() < 0.6 && !related.has(pair)) {
          related.add(pair);
          await seedRelation(db.prisma, groups[i]!, other, pick(['confirmed', 'confirmed', 'pending', 'declined'] as const));
        }
      }
      const activities = groups.length === 0 ? 0 : Math.floor(rnd() * 6);
      for (let i = 0; i < activities; i++) {
        const participants: Record<string, 'pending' | 'confirmed' | 'declined'> = {};
        for (const group of groups) if (rnd() < 0.6) participants[group] = pick(['confirmed', 'confirmed', 'pending', 'declined'] as const);
        if (Object.keys(participants).length === 0) continue;
        const date = new Date(NOW.getTime() - Math.floor(rnd() * 420) * DAY).toISOString().slice(0, 10);
        await seedActivity(db.prisma, village, date, participants, {
          verification: pick(['verified', 'pending', 'rejected'] as const),
          ...(rnd() < 0.5 ? { beneficiaries: { [1 + Math.floor(rnd() * 26)]: Math.floor(rnd() * 3) } } : {}),
        });
      }
      if (rnd() < 0.2) {
        seededAktif.add(village);
        await db.prisma.areaLevelHistory.create({ data: { villageCode: village, rw: 0, level: 'aktif', at: new Date(NOW.getTime() - 300 * DAY) } });
      }
    }
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
