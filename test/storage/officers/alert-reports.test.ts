/**
 * The officer jobs' queries on both databases, plus the verification writes of groups and
 * activities they report on.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivityRepository } from '../../../src/storage/activities/activity-repository.js';
import { createGroupRepository } from '../../../src/storage/groups/group-repository.js';
import { createAlertReports } from '../../../src/storage/officers/alert-reports.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { inTx, newPerson } from '../groups/fixtures.js';
import { seedActivity, seedGroup, seedVillage } from '../status/seed.js';

const NOW = new Date('2026-11-20T03:00:00Z');
const DAY = 86_400_000;

describeEachDatabase('officer reports and verification storage', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  const reports = <T>(fn: (repo: ReturnType<typeof createAlertReports>) => Promise<T>): Promise<T> => inTx(db.prisma, (tx) => fn(createAlertReports(tx)));

  it('finds groups without a recent confirmed activity, registered long enough ago', async () => {
    const village = await seedVillage(db.prisma);
    const old = new Date(NOW.getTime() - 200 * DAY);
    const quiet = await seedGroup(db.prisma, village, { createdAt: old });
    const busy = await seedGroup(db.prisma, village, { createdAt: old });
    const lapsed = await seedGroup(db.prisma, village, { createdAt: old });
    const fresh = await seedGroup(db.prisma, village, { createdAt: new Date(NOW.getTime() - 10 * DAY) });
    const rejected = await seedGroup(db.prisma, village, { createdAt: old, verification: 'rejected' });
    const disabled = await seedGroup(db.prisma, village, { createdAt: old, active: false });
    await seedActivity(db.prisma, village, '2026-11-01', { [busy]: 'confirmed' });
    await seedActivity(db.prisma, village, '2026-06-01', { [lapsed]: 'confirmed', [quiet]: 'declined' });
    await seedActivity(db.prisma, village, '2026-11-10', { [lapsed]: 'confirmed' }, { verification: 'rejected' });

    const found = await reports((repo) => repo.inactiveGroups('2026-08-22', new Date(NOW.getTime() - 90 * DAY)));
    const mine = found.filter((group) => group.villageCode === village);
    expect(mine.map((group) => group.id).sort()).toEqual([quiet, lapsed].sort());
    expect(mine.find((group) => group.id === lapsed)).toMatchObject({ lastActivityDate: '2026-06-01', villageName: expect.stringMatching(/^Desa/) });
    expect(mine.find((group) => group.id === quiet)).toMatchObject({ lastActivityDate: null, registeredDate: '2026-05-04' });
    for (const id of [busy, fresh, rejected, disabled]) expect(mine.map((group) => group.id)).not.toContain(id);
  });

  it('counts a digest for an officer\'s areas only, with the week\'s level changes', async () => {
    const village = await seedVillage(db.prisma);
    const other = '35.79.01.1001';
    const since = new Date(NOW.getTime() - 7 * DAY);
    await seedGroup(db.prisma, village, { createdAt: new Date(NOW.getTime() - 30 * DAY) });
    const fresh = await seedGroup(db.prisma, village, { createdAt: new Date(NOW.getTime() - DAY), verification: 'pending' });
    await seedGroup(db.prisma, village, { verification: 'rejected', createdAt: new Date(NOW.getTime() - DAY) });
    const activity = await seedActivity(db.prisma, village, '2026-11-18', { [fresh]: 'confirmed' }, { verification: 'pending' });
    await db.prisma.activity.update({ where: { id: activity }, data: { createdAt: new Date(NOW.getTime() - DAY) } });
    await db.prisma.areaLevelHistory.createMany({
      data: [
        { villageCode: village, rw: 0, level: 'belum_ada', at: new Date(NOW.getTime() - 40 * DAY) },
        { villageCode: village, rw: 0, level: 'rintisan', at: new Date(NOW.getTime() - 3 * DAY) },
        { villageCode: village, rw: 0, level: 'rintisan', provisional: true, at: new Date(NOW.getTime() - 2 * DAY) },
        { villageCode: village, rw: 2, level: 'tumbuh', at: new Date(NOW.getTime() - 2 * DAY) },
        { villageCode: other, rw: 0, level: 'aktif', at: new Date(NOW.getTime() - 2 * DAY) },
      ],
    });

    const figures = await reports((repo) => repo.digest([village], since, NOW, null));
    expect(figures).toEqual({
      activeGroups: 2,
      newGroups: 1,
      activities: 1,
      pendingGroups: 1,
      pendingActivities: 1,
      ownPending: 0,
      levelChanges: [{ villageCode: village, villageName: expect.stringMatching(/^Desa/), from: 'belum_ada', to: 'rintisan' }],
    });
    // The kecamatan prefix covers it too; an unrelated one does not.
    expect((await reports((repo) => repo.digest(['34.02.01'], since, NOW, null))).pendingGroups).toBeGreaterThanOrEqual(1);
    expect(await reports((repo) => repo.digest(['34.02.0'], since, NOW, null))).toMatchObject({ activeGroups: 0, levelChanges: [] });
    // An officer who leads the new group: it and the activity it reported are not theirs to verify.
    await db.prisma.activityParticipant.update({ where: { activityId_groupId: { activityId: activity, groupId: fresh } }, data: { confirmedAt: NOW } });
    const { personId } = await db.prisma.groupLeader.findFirstOrThrow({ where: { groupId: fresh } });
    expect(await reports((repo) => repo.digest([village], since, NOW, personId))).toMatchObject({ activeGroups: 2, activities: 1, pendingGroups: 0, pendingActivities: 0, ownPending: 2 });
    expect(await reports((repo) => repo.villagesAtLevel('rintisan'))).toContain(village);
    expect(await reports((repo) => repo.villagesAtLevel('aktif'))).toContain(other);
  });

  it('gives a pending group of type "Lainnya" the type its ketua named, as the alert shows it', async () => {
    const village = await seedVillage(db.prisma);
    const werda = await seedGroup(db.prisma, village, { verification: 'pending', type: 'other', typeOther: 'Karang Werda' });
    const { items } = await reports((repo) => repo.pendingVerifications([village], 5, null));
    expect(items).toEqual([expect.objectContaining({ type: 'group', id: werda, groupType: 'other', typeOther: 'Karang Werda' })]);
  });

  it('lists pending records of the areas, oldest first, with the total', async () => {
    const village = await seedVillage(db.prisma);
    const first = await seedGroup(db.prisma, village, { verification: 'pending', createdAt: new Date(NOW.getTime() - 3 * DAY) });
    const second = await seedGroup(db.prisma, village, { verification: 'pending', createdAt: new Date(NOW.getTime() - 2 * DAY) });
    const activity = await seedActivity(db.prisma, village, '2026-11-18', { [first]: 'confirmed' }, { verification: 'pending' });
    await db.prisma.activity.update({ where: { id: activity }, data: { createdAt: new Date(NOW.getTime() - DAY) } });
    await seedGroup(db.prisma, village, { verification: 'verified' });

    const { items, total } = await reports((repo) => repo.pendingVerifications([village], 2, null));
    expect(total).toBe(3);
    expect(items).toEqual([
      { type: 'group', id: first, name: expect.any(String), groupType: 'arisan', typeOther: null, villageName: expect.any(String) },
      { type: 'group', id: second, name: expect.any(String), groupType: 'arisan', typeOther: null, villageName: expect.any(String) },
    ]);
    const all = await reports((repo) => repo.pendingVerifications([village], 10, null));
    expect(all.items[2]).toMatchObject({ type: 'activity', id: activity, date: '2026-11-18', category: 'kerja_bakti', description: 'Kerja bakti bersama' });
    expect(await reports((repo) => repo.pendingVerifications(['99.99'], 10, null))).toEqual({ items: [], total: 0, own: 0 });

    // An officer who leads the first group: it and the activity it reported are counted, not listed.
    await db.prisma.activityParticipant.update({ where: { activityId_groupId: { activityId: activity, groupId: first } }, data: { confirmedAt: NOW } });
    const { personId } = await db.prisma.groupLeader.findFirstOrThrow({ where: { groupId: first } });
    const theirs = await reports((repo) => repo.pendingVerifications([village], 1, personId));
    expect(theirs).toEqual({ items: [expect.objectContaining({ type: 'group', id: second })], total: 1, own: 2 });
  });

  it('records verdicts once, and summarises an activity with its groups', async () => {
    const village = await seedVillage(db.prisma);
    const own = await seedGroup(db.prisma, village, { verification: 'pending' });
    const partner = await seedGroup(db.prisma, village);
    const activity = await seedActivity(db.prisma, village, '2026-11-18', { [own]: 'confirmed', [partner]: 'pending' }, { verification: 'pending' });
    await db.prisma.activityParticipant.update({ where: { activityId_groupId: { activityId: activity, groupId: own } }, data: { confirmedAt: NOW } });
    const officerPerson = await newPerson(db.prisma, 'Petugas');
    const officer = await db.prisma.officer.create({ data: { personId: officerPerson, kind: 'tksk' } });

    await inTx(db.prisma, async (tx) => {
      const groups = createGroupRepository(tx);
      expect(await groups.leaderIds(own)).toHaveLength(1);
      expect(await groups.setVerification(own, 'rejected', officer.id, 'tidak ditemukan', NOW)).toBe(true);
      expect(await groups.setVerification(own, 'verified', officer.id, null, NOW)).toBe(false);
      const activities = createActivityRepository(tx);
      const summary = await activities.summary(activity);
      expect(summary).toMatchObject({ id: activity, date: '2026-11-18', villageCode: village, verification: 'pending', reportingGroup: { id: own }, partnerNames: [expect.any(String)] });
      expect(await activities.setVerification(activity, 'verified', officer.id, null, NOW)).toBe(true);
      expect(await activities.setVerification(activity, 'rejected', officer.id, 'x', NOW)).toBe(false);
      expect(await activities.summary('nope')).toBeNull();
    });
    expect(await db.prisma.group.findUniqueOrThrow({ where: { id: own } })).toMatchObject({ verification: 'rejected', rejectionReason: 'tidak ditemukan', verifiedById: officer.id });
    expect(await db.prisma.activity.findUniqueOrThrow({ where: { id: activity } })).toMatchObject({ verification: 'verified', verifiedAt: NOW });
  });
});
