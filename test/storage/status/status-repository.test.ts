/**
 * The status repository on both databases: which rows become facts (rejected and declined
 * ones never do; RW views keep only their groups), the level history, and refreshStatus
 * recording only changes, also when two transactions refresh one desa at once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TransactionRunner } from '../../../src/core/ports.js';
import type { AreaFacts, StatusTx } from '../../../src/domain/model/status.js';
import { EffectRegistry } from '../../../src/core/effect-registry.js';
import { statusCheckEffects, type StatusCheckTx } from '../../../src/domain/status-check/effects.js';
import { STATUS_CHECK } from '../../../src/domain/status/status-check-effect.js';
import { refreshStatus } from '../../../src/domain/status/status-service.js';
import { DEFAULT_STATUS_THRESHOLDS, factsSince } from '../../../src/domain/status/status.js';
import { createOfficerRepository } from '../../../src/storage/officers/officer-repository.js';
import { createStatusRepository } from '../../../src/storage/status/status-repository.js';
import { createTransactionRunner } from '../../../src/storage/transaction-runner.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { seedActivity, seedGroup, seedRelation, seedVillage } from './seed.js';
import { effectContext } from '../../support/effect-context.js';

/** Noon in Jakarta on 15 June 2026; the facts window starts on 15 June 2025. */
const NOW = new Date('2026-06-15T05:00:00.000Z');
const SINCE = factsSince(NOW);
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * 86_400_000);
const DAY = 86_400_000;

/** Facts with every list sorted, so they compare regardless of row order. */
function sorted(facts: AreaFacts): AreaFacts {
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    ...facts,
    groups: byId(facts.groups),
    relations: [...facts.relations]
      .map((r) => ({ ...r, groupIds: [...r.groupIds].sort() as unknown as readonly [string, string] }))
      .sort((a, b) => a.groupIds.join().localeCompare(b.groupIds.join())),
    activities: byId(facts.activities).map((a) => ({
      ...a,
      confirmedGroupIds: [...a.confirmedGroupIds].sort(),
      pendingGroupIds: [...a.pendingGroupIds].sort(),
    })),
  };
}

describeEachDatabase('status repository', (kind) => {
  let db: TestDatabase;
  let runner: TransactionRunner<StatusTx>;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    runner = createTransactionRunner(db.prisma, (tx) => ({ status: createStatusRepository(tx) }));
  });
  afterAll(() => db?.close());

  /** A desa with groups in RW 0 and RW 3, another desa, and every kind of row to leave out. */
  async function seedMixedVillage() {
    const v = await seedVillage(db.prisma);
    const w = await seedVillage(db.prisma);
    const g1 = await seedGroup(db.prisma, v, { type: 'arisan', createdAt: daysAgo(400) });
    const g2 = await seedGroup(db.prisma, v, { type: 'pkk', rw: 3, verification: 'pending', createdAt: daysAgo(30) });
    const g3 = await seedGroup(db.prisma, v, { type: 'other', typeOther: 'Karang Werda', rw: 3, active: false, createdAt: daysAgo(500) });
    const rejected = await seedGroup(db.prisma, v, { verification: 'rejected' });
    const elsewhere = await seedGroup(db.prisma, w);

    await seedRelation(db.prisma, g1, g2, 'confirmed');
    await seedRelation(db.prisma, g1, g3, 'pending');
    await seedRelation(db.prisma, g2, g3, 'declined');
    await seedRelation(db.prisma, g1, rejected, 'confirmed');
    await seedRelation(db.prisma, g1, elsewhere, 'confirmed');

    const a1 = await seedActivity(
      db.prisma,
      v,
      '2026-06-01',
      { [g1]: 'confirmed', [g2]: 'confirmed', [rejected]: 'confirmed', [elsewhere]: 'confirmed' },
      { beneficiaries: { 24: 5, 8: 0 } },
    );
    const a2 = await seedActivity(db.prisma, v, '2026-05-01', { [g1]: 'confirmed', [g3]: 'pending', [g2]: 'declined' }, {
      beneficiaries: { 8: 0 },
      verification: 'pending',
    });
    const a3 = await seedActivity(db.prisma, v, '2025-06-15', { [g2]: 'confirmed' }); // exactly on `since`
    await seedActivity(db.prisma, v, '2025-06-14', { [g1]: 'confirmed' }); // a day before the window
    await seedActivity(db.prisma, v, '2026-06-02', { [g1]: 'confirmed' }, { verification: 'rejected' });
    await seedActivity(db.prisma, w, '2026-06-03', { [elsewhere]: 'confirmed', [g1]: 'pending' }); // no confirmed group of v
    return { v, g1, g2, g3, a1, a2, a3 };
  }

  it('loads the facts of a desa: rejected, declined and foreign rows left out', async () => {
    const { v, g1, g2, g3, a1, a2, a3 } = await seedMixedVillage();
    const facts = await runner.transaction((tx) => tx.status.loadFacts({ villageCode: v }, SINCE));
    expect(SINCE).toEqual(new Date('2025-06-15T00:00:00.000Z'));
    expect(sorted(facts)).toEqual(
      sorted({
        groups: [
          { id: g1, name: expect.any(String), type: 'arisan', typeOther: null, enabled: true, registeredAt: daysAgo(400), verified: true },
          { id: g2, name: expect.any(String), type: 'pkk', typeOther: null, enabled: true, registeredAt: daysAgo(30), verified: false },
          { id: g3, name: expect.any(String), type: 'other', typeOther: 'Karang Werda', enabled: false, registeredAt: daysAgo(500), verified: true },
        ],
        relations: [
          { groupIds: [g1, g2], confirmed: true, verified: true },
          { groupIds: [g1, g3], confirmed: false, verified: true },
        ],
        activities: [
          { id: a1, date: new Date('2026-06-01T00:00:00.000Z'), confirmedGroupIds: [g1, g2], pendingGroupIds: [], servesPmks: true, verified: true },
          { id: a2, date: new Date('2026-05-01T00:00:00.000Z'), confirmedGroupIds: [g1], pendingGroupIds: [g3], servesPmks: false, verified: false },
          { id: a3, date: new Date('2025-06-15T00:00:00.000Z'), confirmedGroupIds: [g2], pendingGroupIds: [], servesPmks: false, verified: true },
        ],
        everAktif: false,
      }),
    );
  });

  it('keeps only the groups of one RW, and what they did (an activity with RW 0 turns solo)', async () => {
    const { v, g2, g3, a1, a3 } = await seedMixedVillage();
    const facts = await runner.transaction((tx) => tx.status.loadFacts({ villageCode: v, rw: 3 }, SINCE));
    expect(facts.groups.map((g) => g.id).sort()).toEqual([g2, g3].sort());
    expect(facts.relations).toEqual([]); // g2–g3 was declined; g1 is not in RW 3
    expect(sorted(facts).activities.map((a) => [a.id, a.confirmedGroupIds, a.pendingGroupIds])).toEqual(
      [
        [a1, [g2], []],
        [a3, [g2], []],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    // RW 0 means the whole desa, as in the history table.
    const whole = await runner.transaction((tx) => tx.status.loadFacts({ villageCode: v, rw: 0 }, SINCE));
    expect(whole.groups).toHaveLength(3);
  });

  it('returns no relations or activities for a desa without groups', async () => {
    const v = await seedVillage(db.prisma);
    expect(await runner.transaction((tx) => tx.status.loadFacts({ villageCode: v }, SINCE))).toEqual({
      groups: [],
      relations: [],
      activities: [],
      everAktif: false,
    });
  });

  it('records levels per desa and per RW; history is newest first; everAktif follows it', async () => {
    const v = await seedVillage(db.prisma);
    const desa = { villageCode: v };
    const rw3 = { villageCode: v, rw: 3 };
    await runner.transaction(async (tx) => {
      expect(await tx.status.lastLevel(desa)).toBeNull();
      await tx.status.recordLevel(desa, { level: 'rintisan', provisional: true, at: daysAgo(30) });
      await tx.status.recordLevel(desa, { level: 'aktif', provisional: false, at: daysAgo(20) });
      await tx.status.recordLevel(desa, { level: 'dorman', provisional: false, at: daysAgo(1) });
      await tx.status.recordLevel(rw3, { level: 'tumbuh', provisional: false, at: daysAgo(5) });
    });
    await runner.transaction(async (tx) => {
      expect(await tx.status.lastLevel(desa)).toEqual({ level: 'dorman', provisional: false, at: daysAgo(1) });
      expect(await tx.status.lastLevel(rw3)).toEqual({ level: 'tumbuh', provisional: false, at: daysAgo(5) });
      expect(await tx.status.lastLevel({ villageCode: v, rw: 4 })).toBeNull();
      expect((await tx.status.history(desa, 10)).map((r) => r.level)).toEqual(['dorman', 'aktif', 'rintisan']);
      expect(await tx.status.history(desa, 2)).toEqual([
        { level: 'dorman', provisional: false, at: daysAgo(1) },
        { level: 'aktif', provisional: false, at: daysAgo(20) },
      ]);
      expect((await tx.status.loadFacts(desa, SINCE)).everAktif).toBe(true);
      expect((await tx.status.loadFacts(rw3, SINCE)).everAktif).toBe(false);
    });
    const stored = await db.prisma.areaLevelHistory.findMany({ where: { villageCode: v }, select: { rw: true } });
    expect(stored.map((row) => row.rw).sort()).toEqual([0, 0, 0, 3]);
  });

  it('refreshStatus records the first level and then only changes of level (verification is a quiet fact)', async () => {
    const v = await seedVillage(db.prisma);
    const area = { villageCode: v };
    const a = await seedGroup(db.prisma, v, { type: 'arisan', createdAt: daysAgo(10) });
    const b = await seedGroup(db.prisma, v, { type: 'pkk', createdAt: daysAgo(10) });
    const c = await seedGroup(db.prisma, v, { type: 'posyandu', createdAt: daysAgo(10) });
    const refresh = (now: Date, immediate = false) => runner.transaction((tx) => refreshStatus(tx.status, area, now, undefined, { immediate }));

    const first = await refresh(NOW);
    expect(first).toMatchObject({ changed: true, previous: null, status: { level: 'rintisan', provisional: false } });
    expect(await refresh(new Date(NOW.getTime() + 1000))).toMatchObject({ changed: false, previous: { level: 'rintisan' } });

    await seedRelation(db.prisma, a, b);
    await seedRelation(db.prisma, b, c);
    const grown = await refresh(new Date(NOW.getTime() + 2000));
    expect(grown).toMatchObject({ changed: true, previous: { level: 'rintisan', at: NOW }, status: { level: 'tumbuh' } });

    // Waiting for verification is shown in words, never recorded as a change.
    await db.prisma.group.update({ where: { id: c }, data: { verification: 'pending' } });
    expect(await refresh(new Date(NOW.getTime() + 3000))).toMatchObject({ changed: false, status: { level: 'tumbuh', provisional: true, unverifiedRecords: 1 } });

    // A rejected group no longer counts, at once: 2 active groups are below C1.
    await db.prisma.group.update({ where: { id: c }, data: { verification: 'rejected' } });
    expect(await refresh(new Date(NOW.getTime() + 4000), true)).toMatchObject({ changed: true, status: { level: 'belum_ada', provisional: false } });

    const history = await runner.transaction((tx) => tx.status.history(area, 10));
    expect(history.map((r) => r.level)).toEqual(['belum_ada', 'tumbuh', 'rintisan']);
  });

  it('a drop from time waits out the grace period, warned once, then applies', async () => {
    const v = await seedVillage(db.prisma);
    const area = { villageCode: v };
    // Three groups active only through the registration grace (90 days) and tied: Tumbuh.
    const [a, b, c] = [
      await seedGroup(db.prisma, v, { type: 'arisan', createdAt: daysAgo(80) }),
      await seedGroup(db.prisma, v, { type: 'pkk', createdAt: daysAgo(80) }),
      await seedGroup(db.prisma, v, { type: 'posyandu', createdAt: daysAgo(80) }),
    ];
    await seedRelation(db.prisma, a, b);
    await seedRelation(db.prisma, b, c);
    const at = (days: number) => new Date(NOW.getTime() + days * DAY);
    const refresh = (now: Date) => runner.transaction((tx) => refreshStatus(tx.status, area, now));
    expect((await refresh(NOW)).status.level).toBe('tumbuh');

    // Day 11: the groups are past the grace without activity: C1 is lost by time.
    const started = await refresh(at(11));
    expect(started).toMatchObject({ changed: false, dropStarted: { since: at(11) }, status: { level: 'tumbuh', pendingDrop: { level: 'belum_ada' } } });
    expect(started.status.pendingDrop?.on).toBe(new Date(at(41).getTime() + 7 * 3_600_000).toISOString().slice(0, 10));
    const again = await refresh(at(20));
    expect(again.dropStarted).toBeUndefined();
    expect(again.status).toMatchObject({ level: 'tumbuh', pendingDrop: { level: 'belum_ada' } });
    // Day 41: the grace period is over.
    expect(await refresh(at(41))).toMatchObject({ changed: true, status: { level: 'belum_ada' } });
    expect(await runner.transaction((tx) => tx.status.pendingDrop(area))).toBeNull();
  });

  it('keeps history ordered when one transaction records two changes at the same moment', async () => {
    const v = await seedVillage(db.prisma);
    const area = { villageCode: v };
    const [a, b, c] = [
      await seedGroup(db.prisma, v, { type: 'arisan', createdAt: daysAgo(10) }),
      await seedGroup(db.prisma, v, { type: 'pkk', createdAt: daysAgo(10) }),
      await seedGroup(db.prisma, v, { type: 'posyandu', createdAt: daysAgo(10) }),
    ];
    await db.prisma.$transaction(async (tx) => {
      const repo = createStatusRepository(tx);
      expect((await refreshStatus(repo, area, NOW)).status.level).toBe('rintisan');
      // Two relations confirmed in the same message: a second change with the same `now`.
      for (const [x, y] of [[a, b], [b, c]] as const) {
        const [groupAId, groupBId] = x < y ? [x, y] : [y, x];
        await tx.groupRelation.create({ data: { groupAId, groupBId, kind: 'shared_fund', status: 'confirmed' } });
      }
      expect(await refreshStatus(repo, area, NOW)).toMatchObject({ changed: true, previous: { level: 'rintisan' }, status: { level: 'tumbuh' } });
    });
    const last = await runner.transaction((tx) => tx.status.lastLevel(area));
    expect(last).toEqual({ level: 'tumbuh', provisional: false, at: new Date(NOW.getTime() + 1) });
  });

  it('two transactions refreshing one desa at once record its change once', async () => {
    const v = await seedVillage(db.prisma);
    for (const type of ['arisan', 'pkk', 'posyandu'] as const) await seedGroup(db.prisma, v, { type, createdAt: daysAgo(10) });
    const results = await Promise.all(
      [0, 1, 2].map((i) => runner.transaction((tx) => refreshStatus(tx.status, { villageCode: v }, new Date(NOW.getTime() + i)))),
    );
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect(await db.prisma.areaLevelHistory.count({ where: { villageCode: v } })).toBe(1);
  });

  it('the status.check effect refreshes and returns the status of the desa or RW in its payload', async () => {
    const { v } = await seedMixedVillage();
    const effects = new EffectRegistry(statusCheckEffects<StatusCheckTx>(DEFAULT_STATUS_THRESHOLDS));
    const checkRunner = createTransactionRunner(db.prisma, (tx): StatusCheckTx => ({ status: createStatusRepository(tx), officers: createOfficerRepository(tx) }));
    const person = { id: 'p', locale: 'id', displayName: null, phoneE164: null };
    const check = (payload: unknown) =>
      checkRunner.transaction((tx) => effects.perform({ type: STATUS_CHECK.name, payload }, effectContext({ tx, person, identityId: 'identity-1', channel: 'webchat', now: NOW })));

    const desa = await check({ villageCode: v });
    // g1 (activity), g2 (new) active; g3 deactivated: 2 active groups.
    expect(desa).toMatchObject({ level: 'belum_ada', provisional: true, criteria: { c1: { activeGroups: 2, types: 2 } } });
    expect(await check({ villageCode: v, rw: 3 })).toMatchObject({ criteria: { c1: { activeGroups: 1 } } });
    expect(await db.prisma.areaLevelHistory.count({ where: { villageCode: v } })).toBe(2); // desa and RW 3

    await expect(check({})).rejects.toThrow(/villageCode/);
    await expect(check({ villageCode: v, rw: -1 })).rejects.toThrow(/rw/);
  });
});
