/**
 * The national recompute's SQL restates the rules of src/domain/status/criteria.ts; this
 * checks the two agree beyond the default thresholds (national-recompute.test.ts covers
 * those): on random desa with activities of up to six groups, dates in the future and past
 * the windows, and past Aktif records, for several sets of thresholds (a joint activity of
 * three or four groups, no new-group grace, every active group linked, …), every level and
 * provisional flag recorded must be what `computeStatus` gives for the same desa's facts,
 * whether the country is evaluated in one transaction or in parts at once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recomputeNational } from '../../../src/domain/status/national-recompute.js';
import { computeStatus, DEFAULT_STATUS_THRESHOLDS, factsSince, type StatusThresholds } from '../../../src/domain/status/status.js';
import { createNationalStatusStore } from '../../../src/storage/status/national-recompute.js';
import { createStatusRepository } from '../../../src/storage/status/status-repository.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { seedRandomDesa } from './seed.js';

const NOW = new Date('2026-11-20T03:00:00Z');

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

describeEachDatabase('national recompute under other thresholds', (kind) => {
  let db: TestDatabase;
  const villages: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const seeded = await seedRandomDesa(db.prisma, NOW, {
      seed: 29,
      villages: 40,
      emptyEvery: 10,
      maxGroups: 7,
      types: ['arisan', 'pkk', 'posyandu', 'other', 'other'],
      typeOthers: ['Karang Werda', 'karang  werda!', 'KUBE', '', '—'],
      createdWithinDays: 420,
      relationChance: 0.5,
      maxActivities: 8,
      participantChance: 0.75,
      participantStatuses: ['confirmed', 'confirmed', 'confirmed', 'pending', 'declined'],
      // Some a few days ahead (a typo, or a clock apart: they count as today), most up to 450 days old.
      activityDaysAgo: (rnd) => (rnd() < 0.1 ? -Math.floor(rnd() * 3) - 1 : Math.floor(rnd() * 450)),
      verifications: ['verified', 'verified', 'pending', 'rejected'],
      aktifChance: 0.25,
    });
    villages.push(...seeded.villages);
  });
  afterAll(() => db?.close());

  // Evaluated in one, two or three parts, each on a connection of its own (their ranges of
  // village codes read on the recompute's exported snapshot).
  for (const [index, [name, thresholds]] of Object.entries(THRESHOLD_SETS).entries()) {
    const parts = [1, 2, 3][index % 3]!;
    it(`records what computeStatus gives: ${name} (${parts} part${parts > 1 ? 's' : ''})`, async () => {
      // Only the seeded history: what an earlier set recorded goes.
      await db.prisma.areaLevelHistory.deleteMany({ where: { at: { gte: NOW } } });
      const expected = new Map<string, { level: string; provisional: boolean }>();
      for (const villageCode of villages) {
        const status = await db.prisma.$transaction(async (tx) =>
          computeStatus(await createStatusRepository(tx).loadFacts({ villageCode }, factsSince(NOW, thresholds)), NOW, thresholds),
        );
        expected.set(villageCode, { level: status.level, provisional: status.provisional });
      }
      await recomputeNational(createNationalStatusStore(db.prisma, { parts }), NOW, thresholds);
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
