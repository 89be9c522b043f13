/**
 * The national recompute's SQL restates the rules of src/domain/status/criteria.ts; this
 * checks the two agree beyond the default thresholds (national-recompute.test.ts covers
 * those): on random desa with activities of up to six groups, dates in the future and past
 * the windows, and past Aktif records, for several sets of thresholds (a joint activity of
 * three or four groups, no new-group grace, every active group linked, …), every level and
 * provisional flag recorded must be what `computeStatus` gives for the same desa's facts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recomputeNational } from '../../../src/domain/status/national-recompute.js';
import { computeStatus, DEFAULT_STATUS_THRESHOLDS, factsSince, type StatusThresholds } from '../../../src/domain/status/status.js';
import { createNationalStatusStore } from '../../../src/storage/status/national-recompute.js';
import { createStatusRepository } from '../../../src/storage/status/status-repository.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { seedActivity, seedGroup, seedRelation, seedVillage } from './seed.js';

const NOW = new Date('2026-11-20T03:00:00Z');
const DAY = 86_400_000;

/** No drop waits out a grace period here: what is recorded is what the rules give. */
const THRESHOLD_SETS: Record<string, StatusThresholds> = {
  'joint activities of three groups': { ...DEFAULT_STATUS_THRESHOLDS, minGroupsPerJointActivity: 3, minJointActivities: 1, minPmksJointActivities: 0, dropGraceDays: 0 },
  'short windows, every active group linked': {
    minActiveGroups: 2,
    minGroupTypes: 1,
    activityWindowDays: 200,
    newGroupGraceDays: 30,
    minRelations: 1,
    minLinkedPercent: 100,
    minGroupsPerJointActivity: 2,
    minJointActivities: 1,
    minPmksJointActivities: 1,
    dormantAfterDays: 90,
    newGroupLinkDays: 0,
    dropGraceDays: 0,
  },
  'joint activities of four groups, long windows, no grace': {
    minActiveGroups: 1,
    minGroupTypes: 1,
    activityWindowDays: 400,
    newGroupGraceDays: 0,
    minRelations: 0,
    minLinkedPercent: 0,
    minGroupsPerJointActivity: 4,
    minJointActivities: 0,
    minPmksJointActivities: 0,
    dormantAfterDays: 400,
    newGroupLinkDays: 365,
    dropGraceDays: 0,
  },
  'defaults without the drop grace': { ...DEFAULT_STATUS_THRESHOLDS, dropGraceDays: 0 },
};

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

describeEachDatabase('national recompute under other thresholds', (kind) => {
  let db: TestDatabase;
  const villages: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const rnd = random(29);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
    for (let v = 0; v < 40; v++) {
      const village = await seedVillage(db.prisma);
      villages.push(village);
      const groups: string[] = [];
      const count = v % 10 === 0 ? 0 : 1 + Math.floor(rnd() * 7);
      for (let i = 0; i < count; i++) {
        const type = pick(['arisan', 'pkk', 'posyandu', 'other', 'other'] as const);
        groups.push(
          await seedGroup(db.prisma, village, {
            type,
            ...(type === 'other' ? { typeOther: pick(['Karang Werda', 'karang  werda!', 'KUBE', '', '—']) } : {}),
            active: rnd() > 0.15,
            verification: pick(['verified', 'verified', 'pending', 'rejected'] as const),
            createdAt: new Date(NOW.getTime() - Math.floor(rnd() * 420) * DAY),
          }),
        );
      }
      const related = new Set<string>();
      for (let i = 0; i + 1 < groups.length; i++) {
        const other = groups[(i + 1 + Math.floor(rnd() * (groups.length - 1))) % groups.length]!;
        const pair = [groups[i]!, other].sort().join('|');
        if (rnd() < 0.5 && !related.has(pair)) {
          related.add(pair);
          await seedRelation(db.prisma, groups[i]!, other, pick(['confirmed', 'confirmed', 'pending', 'declined'] as const));
        }
      }
      const activities = groups.length === 0 ? 0 : Math.floor(rnd() * 8);
      for (let i = 0; i < activities; i++) {
        const participants: Record<string, 'pending' | 'confirmed' | 'declined'> = {};
        for (const group of groups) if (rnd() < 0.75) participants[group] = pick(['confirmed', 'confirmed', 'confirmed', 'pending', 'declined'] as const);
        if (Object.keys(participants).length === 0) continue;
        // Some a few days ahead (a typo, or a clock apart: they count as today), most up to 450 days old.
        const days = rnd() < 0.1 ? -Math.floor(rnd() * 3) - 1 : Math.floor(rnd() * 450);
        const date = new Date(NOW.getTime() - days * DAY).toISOString().slice(0, 10);
        await seedActivity(db.prisma, village, date, participants, {
          verification: pick(['verified', 'verified', 'pending', 'rejected'] as const),
          ...(rnd() < 0.5 ? { beneficiaries: { [1 + Math.floor(rnd() * 26)]: Math.floor(rnd() * 3) } } : {}),
        });
      }
      if (rnd() < 0.25) await db.prisma.areaLevelHistory.create({ data: { villageCode: village, rw: 0, level: 'aktif', at: new Date(NOW.getTime() - 300 * DAY) } });
    }
  });
  afterAll(() => db?.close());

  for (const [name, thresholds] of Object.entries(THRESHOLD_SETS)) {
    it(`records what computeStatus gives: ${name}`, async () => {
      // Only the seeded history: what an earlier set recorded goes.
      await db.prisma.areaLevelHistory.deleteMany({ where: { at: { gte: NOW } } });
      const expected = new Map<string, { level: string; provisional: boolean }>();
      for (const villageCode of villages) {
        const status = await db.prisma.$transaction(async (tx) =>
          computeStatus(await createStatusRepository(tx).loadFacts({ villageCode }, factsSince(NOW, thresholds)), NOW, thresholds),
        );
        expected.set(villageCode, { level: status.level, provisional: status.provisional });
      }
      await recomputeNational(createNationalStatusStore(db.prisma), NOW, thresholds);
      const levels = new Set<string>();
      for (const villageCode of villages) {
        const recorded = await db.prisma.$transaction((tx) => createStatusRepository(tx).lastLevel({ villageCode }));
        if (recorded === null) {
          // Only a desa without any group or record is left out; it is Belum Ada.
          expect({ villageCode, ...expected.get(villageCode) }).toMatchObject({ level: 'belum_ada' });
          continue;
        }
        levels.add(recorded.level);
        // History holds changes only: a desa still at its seeded Aktif keeps that record (and its flag).
        const unchanged = recorded.at.getTime() < NOW.getTime();
        const want = expected.get(villageCode)!;
        expect({ villageCode, level: recorded.level, provisional: unchanged ? want.provisional : recorded.provisional }).toEqual({ villageCode, ...want });
      }
      // The desa cover more than one level under each set, or the comparison proves little.
      expect(levels.size).toBeGreaterThanOrEqual(2);
    });
  }
});
