import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NewActivity } from '../../../src/domain/model/activities.js';
import { createActivityRepository } from '../../../src/storage/activities/activity-repository.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { addMember, inTx, newGroup, newPeople, newVillage, pendingRequests } from '../groups/fixtures.js';

describeEachDatabase('ActivityRepository', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  const activities = <T>(fn: (repo: ReturnType<typeof createActivityRepository>) => Promise<T>): Promise<T> =>
    inTx(db.prisma, (tx) => fn(createActivityRepository(tx)));
  /** The participation requests in the person's confirmation inbox. */
  const pendingParticipations = async (personId: string) => (await pendingRequests(db.prisma, personId)).participations;

  /** A village with a reporting group and two partner groups, each with its own leader. */
  async function scene() {
    const village = await newVillage(db.prisma);
    const [reporter, partnerLeader, otherLeader] = await newPeople(db.prisma, 'Reporter', 'Partner', 'Other');
    const own = await newGroup(db.prisma, village, reporter, 'Arisan Melati');
    const partner = await newGroup(db.prisma, village, partnerLeader, 'Posyandu Mawar');
    const other = await newGroup(db.prisma, village, otherLeader, 'Karang Taruna');
    return { village, reporter, partnerLeader, otherLeader, own, partner, other };
  }

  function activity(village: string, own: string, partners: string[], overrides: Partial<NewActivity> = {}): NewActivity {
    return {
      date: '2026-11-28',
      category: 'kerja_bakti',
      description: 'Kerja bakti membersihkan selokan',
      villageCode: village,
      ownGroupId: own,
      partnerGroupIds: partners,
      beneficiaries: { '9': 12, '1': 3, '26': 0 },
      photoRef: null,
      ...overrides,
    };
  }

  it('stores the activity, confirms the own group at once, asks partners, and drops zero counts', async () => {
    const s = await scene();
    const now = new Date('2026-11-29T08:00:00.000Z');
    const input = activity(s.village, s.own, [s.partner, s.other, s.partner, s.own], { photoRef: 'photo-1' });
    const { id } = await activities((repo) => repo.create(input, s.reporter, now));

    const row = await db.prisma.activity.findUniqueOrThrow({
      where: { id },
      include: { participants: { orderBy: { status: 'asc' } }, beneficiaries: { orderBy: { pmksCode: 'asc' } } },
    });
    expect(row).toMatchObject({
      category: 'kerja_bakti',
      description: 'Kerja bakti membersihkan selokan',
      villageCode: s.village,
      reporterId: s.reporter,
      photoRef: 'photo-1',
      verification: 'pending',
      createdAt: now,
    });
    expect(row.participants.find((p) => p.groupId === s.own)).toMatchObject({ status: 'confirmed', confirmedAt: now, confirmedById: s.reporter });
    expect(row.participants.filter((p) => p.status === 'pending').map((p) => p.groupId).sort()).toEqual([s.partner, s.other].sort());
    expect(row.participants).toHaveLength(3); // duplicates and the own group named as partner are dropped
    expect(row.participants.filter((p) => p.status === 'pending').every((p) => p.confirmedAt === null)).toBe(true);
    expect(row.beneficiaries.map((b) => [b.pmksCode, b.count])).toEqual([
      [1, 3],
      [9, 12],
    ]);
  });

  it('reads back the same calendar date, whatever the process time zone', async () => {
    const s = await scene();
    const savedTz = process.env.TZ;
    try {
      for (const [tz, date] of [
        ['Asia/Jakarta', '2026-01-01'],
        ['Pacific/Kiritimati', '2024-02-29'],
        ['America/Los_Angeles', '2026-12-31'],
      ] as const) {
        process.env.TZ = tz;
        const { id } = await activities((repo) => repo.create(activity(s.village, s.own, [s.partner], { date }), s.reporter, new Date()));
        const stored = await db.prisma.$queryRaw<{ date: string }[]>`
          SELECT to_char("date", 'YYYY-MM-DD') AS "date" FROM "Activity" WHERE "id" = ${id}::uuid`;
        expect(stored[0]?.date).toBe(date);
        const row = await db.prisma.activity.findUniqueOrThrow({ where: { id } });
        expect(row.date.toISOString().slice(0, 10)).toBe(date);
        const pending = await pendingParticipations(s.partnerLeader);
        expect(pending.find((request) => request.activityId === id)?.date).toBe(date);
      }
    } finally {
      if (savedTz === undefined) delete process.env.TZ;
      else process.env.TZ = savedTz;
    }
  });

  it('rejects impossible dates and PMKS codes or counts outside the rules, writing nothing', async () => {
    const s = await scene();
    const bad: Partial<NewActivity>[] = [
      { date: '2026-02-30' },
      { date: '28-11-2026' },
      { date: '2026-11-28T00:00:00Z' },
      { beneficiaries: { '0': 1 } },
      { beneficiaries: { '27': 1 } },
      { beneficiaries: { '01': 1 } },
      { beneficiaries: { lansia: 1 } },
      { beneficiaries: { '3': -1 } },
      { beneficiaries: { '3': 1.5 } },
    ];
    for (const overrides of bad) {
      await expect(
        activities((repo) => repo.create(activity(s.village, s.own, [s.partner], overrides), s.reporter, new Date())),
        JSON.stringify(overrides),
      ).rejects.toThrow(Error);
    }
    expect(await db.prisma.activity.count({ where: { villageCode: s.village } })).toBe(0);
  });

  it('stores an activity with no beneficiaries and no partners', async () => {
    const s = await scene();
    const { id } = await activities((repo) => repo.create(activity(s.village, s.own, [], { beneficiaries: { '5': 0 } }), s.reporter, new Date()));
    expect(await db.prisma.activityBeneficiary.count({ where: { activityId: id } })).toBe(0);
    expect(await db.prisma.activityParticipant.count({ where: { activityId: id } })).toBe(1);
  });

  it('lists pending participations for the active leaders of the asked groups, with the reporting group', async () => {
    const s = await scene();
    const [coLeader, pendingCo, removedCo] = await newPeople(db.prisma, 'Co', 'Pending', 'Removed');
    await addMember(db.prisma, s.partner, coLeader, 'coleader', 'active');
    await addMember(db.prisma, s.partner, pendingCo, 'coleader', 'pending');
    await addMember(db.prisma, s.partner, removedCo, 'coleader', 'removed');
    const first = await activities((repo) =>
      repo.create(activity(s.village, s.own, [s.partner, s.other]), s.reporter, new Date('2026-11-29T01:00:00.000Z')),
    );
    // The other group reports a second one, an hour later.
    const second = await activities((repo) =>
      repo.create(
        activity(s.village, s.other, [s.partner], { date: '2026-11-27', category: 'bantuan_lansia', description: 'Santunan' }),
        s.otherLeader,
        new Date('2026-11-29T02:00:00.000Z'),
      ),
    );

    const forPartner = await pendingParticipations(s.partnerLeader);
    expect(forPartner).toEqual([
      {
        activityId: first.id,
        groupId: s.partner,
        groupName: 'Posyandu Mawar',
        date: '2026-11-28',
        category: 'kerja_bakti',
        description: 'Kerja bakti membersihkan selokan',
        reportedByGroup: 'Arisan Melati',
        // Never corrected after a rejection.
        correctedBefore: null,
      },
      {
        activityId: second.id,
        groupId: s.partner,
        groupName: 'Posyandu Mawar',
        date: '2026-11-27',
        category: 'bantuan_lansia',
        description: 'Santunan',
        reportedByGroup: 'Karang Taruna',
        correctedBefore: null,
      },
    ]);
    expect(await pendingParticipations(coLeader)).toEqual(forPartner);
    expect(await pendingParticipations(pendingCo)).toEqual([]);
    expect(await pendingParticipations(removedCo)).toEqual([]);
    expect(await pendingParticipations(s.reporter)).toEqual([]);
    expect(await pendingParticipations('nope')).toEqual([]);

    // The other group confirms the first activity later: the reporter stays the first confirmed.
    await activities((repo) => repo.decideParticipation(first.id, s.other, true, s.otherLeader, new Date('2026-11-29T03:00:00.000Z')));
    const afterConfirm = await pendingParticipations(s.partnerLeader);
    expect(afterConfirm.map((request) => request.reportedByGroup)).toEqual(['Arisan Melati', 'Karang Taruna']);
    expect((await pendingParticipations(s.otherLeader)).map((r) => r.activityId)).toEqual([]);
  });

  it('leaves out requests of disabled groups and of activities an officer rejected', async () => {
    const s = await scene();
    const rejected = await activities((repo) => repo.create(activity(s.village, s.own, [s.partner]), s.reporter, new Date()));
    await db.prisma.activity.update({ where: { id: rejected.id }, data: { verification: 'rejected' } });
    await activities((repo) => repo.create(activity(s.village, s.own, [s.other]), s.reporter, new Date()));
    await db.prisma.group.update({ where: { id: s.other }, data: { active: false } });

    expect(await pendingParticipations(s.partnerLeader)).toEqual([]);
    expect(await pendingParticipations(s.otherLeader)).toEqual([]);
  });

  it('confirms or declines a pending participation once', async () => {
    const s = await scene();
    const { id } = await activities((repo) => repo.create(activity(s.village, s.own, [s.partner, s.other]), s.reporter, new Date()));
    const at = new Date('2026-11-30T00:00:00.000Z');

    expect(await activities((repo) => repo.decideParticipation(id, s.partner, true, s.partnerLeader, at))).toBe(true);
    expect(await activities((repo) => repo.decideParticipation(id, s.other, false, s.otherLeader, at))).toBe(true);
    const participants = await db.prisma.activityParticipant.findMany({ where: { activityId: id } });
    expect(participants.find((p) => p.groupId === s.partner)).toMatchObject({ status: 'confirmed', confirmedAt: at, confirmedById: s.partnerLeader });
    expect(participants.find((p) => p.groupId === s.other)).toMatchObject({ status: 'declined', confirmedAt: null, confirmedById: null });

    expect(await activities((repo) => repo.decideParticipation(id, s.partner, false, s.partnerLeader, at))).toBe(false);
    expect(await activities((repo) => repo.decideParticipation(id, s.other, true, s.otherLeader, at))).toBe(false);
    expect(await activities((repo) => repo.decideParticipation(id, s.own, false, s.reporter, at))).toBe(false); // already confirmed
    expect(await activities((repo) => repo.decideParticipation(randomUUID(), s.partner, true, s.partnerLeader, at))).toBe(false);
    expect(await activities((repo) => repo.decideParticipation('nope', s.partner, true, s.partnerLeader, at))).toBe(false);
    expect(await pendingParticipations(s.partnerLeader)).toEqual([]);
  });

  it('asks the partners again: their confirmations back to pending, the reporting group and a decline kept', async () => {
    const s = await scene();
    const { id } = await activities((repo) => repo.create(activity(s.village, s.own, [s.partner, s.other]), s.reporter, new Date('2026-11-29T00:00:00.000Z')));
    const at = new Date('2026-11-30T00:00:00.000Z');
    await activities((repo) => repo.decideParticipation(id, s.partner, true, s.partnerLeader, at));
    await activities((repo) => repo.decideParticipation(id, s.other, false, s.otherLeader, at));

    expect(await activities((repo) => repo.reaskPartners(id))).toEqual([s.partner]);
    const participants = await db.prisma.activityParticipant.findMany({ where: { activityId: id } });
    expect(participants.find((p) => p.groupId === s.own)).toMatchObject({ status: 'confirmed' });
    expect(participants.find((p) => p.groupId === s.partner)).toMatchObject({ status: 'pending', confirmedAt: null, confirmedById: null });
    expect(participants.find((p) => p.groupId === s.other)).toMatchObject({ status: 'declined' });
    expect(await activities((repo) => repo.reaskPartners(id))).toEqual([]);
    expect(await activities((repo) => repo.reaskPartners('nope'))).toEqual([]);
  });

  it('records an answer only from a person who leads or co-leads the group now', async () => {
    const s = await scene();
    const [coleader, removed, stranger] = await newPeople(db.prisma, 'Co', 'Removed', 'Stranger');
    await addMember(db.prisma, s.partner, coleader, 'coleader', 'active');
    await addMember(db.prisma, s.partner, removed, 'coleader', 'removed');
    await addMember(db.prisma, s.other, stranger, 'coleader', 'pending');
    const { id } = await activities((repo) => repo.create(activity(s.village, s.own, [s.partner, s.other]), s.reporter, new Date()));
    const at = new Date('2026-11-30T00:00:00.000Z');

    expect(await activities((repo) => repo.decideParticipation(id, s.partner, true, s.reporter, at))).toBe(false); // leads another group
    expect(await activities((repo) => repo.decideParticipation(id, s.partner, false, removed, at))).toBe(false);
    expect(await activities((repo) => repo.decideParticipation(id, s.other, false, stranger, at))).toBe(false); // a request is no membership yet
    expect(await db.prisma.activityParticipant.count({ where: { activityId: id, status: 'pending' } })).toBe(2);
    expect(await activities((repo) => repo.decideParticipation(id, s.partner, true, coleader, at))).toBe(true);
    expect(await db.prisma.activityParticipant.findFirst({ where: { activityId: id, groupId: s.partner } })).toMatchObject({ status: 'confirmed', confirmedById: coleader });
  });

  it('tells the village of an activity, or null', async () => {
    const s = await scene();
    const { id } = await activities((repo) => repo.create(activity(s.village, s.own, []), s.reporter, new Date()));
    expect(await activities((repo) => repo.villageOf(id))).toBe(s.village);
    expect(await activities((repo) => repo.villageOf(randomUUID()))).toBeNull();
    expect(await activities((repo) => repo.villageOf('nope'))).toBeNull();
  });

  it('tells the village of an activity read or made in the same transaction, and null once it withdrew it', async () => {
    const s = await scene();
    const { id } = await activities((repo) => repo.create(activity(s.village, s.own, []), s.reporter, new Date()));
    expect(await activities(async (repo) => (await repo.summary(id))?.villageCode === (await repo.villageOf(id)))).toBe(true);
    expect(await activities(async (repo) => [await repo.villageOf(id), await repo.withdraw(id), await repo.villageOf(id)])).toEqual([s.village, true, null]);
    expect(await activities(async (repo) => {
      const made = await repo.create(activity(s.village, s.own, []), s.reporter, new Date());
      return [await repo.villageOf(made.id), await repo.withdraw(made.id), await repo.villageOf(made.id)];
    })).toEqual([s.village, true, null]);
  });

  it('records a verdict once, corrects only a rejected activity (its counts replaced) and withdraws only a pending one', async () => {
    const s = await scene();
    const { id } = await activities((repo) => repo.create(activity(s.village, s.own, [s.partner]), s.reporter, new Date()));
    const at = new Date('2026-11-30T01:02:03.004Z');
    const correction = { date: '2026-11-14', category: 'bedah_rumah', description: 'Bedah rumah lansia', beneficiaries: { '1': 0, '9': 4, '20': 2 } } as const;

    expect(await activities((repo) => repo.correct(id, correction, at))).toBeNull(); // pending, not rejected
    expect(await activities((repo) => repo.setVerification(id, 'rejected', s.otherLeader, 'tanggal salah', at))).toBe(true);
    expect(await activities((repo) => repo.setVerification(id, 'verified', s.otherLeader, null, at))).toBe(false);
    expect(await db.prisma.activity.findUniqueOrThrow({ where: { id } })).toMatchObject({ verification: 'rejected', verifiedAt: at, verifiedById: s.otherLeader, rejectionReason: 'tanggal salah' });

    // The reason the correction cleared comes back from it, for the officers' alert.
    expect(await activities((repo) => repo.correct(id, correction, at))).toEqual({ earlierReason: 'tanggal salah' });
    expect(await activities((repo) => repo.correct(id, correction, at))).toBeNull();
    const corrected = await db.prisma.activity.findUniqueOrThrow({ where: { id }, include: { beneficiaries: { orderBy: { pmksCode: 'asc' } } } });
    expect(corrected).toMatchObject({ category: 'bedah_rumah', description: 'Bedah rumah lansia', verification: 'pending', verifiedAt: null, verifiedById: null, rejectionReason: null });
    expect(corrected.date.toISOString().slice(0, 10)).toBe('2026-11-14');
    expect(corrected.beneficiaries.map((b) => [b.pmksCode, b.count])).toEqual([
      [9, 4],
      [20, 2],
    ]);

    expect(await activities((repo) => repo.setVerification(id, 'verified', null, 'ignored', at))).toBe(true);
    expect((await db.prisma.activity.findUniqueOrThrow({ where: { id } })).rejectionReason).toBeNull();
    expect(await activities((repo) => repo.withdraw(id))).toBe(false); // decided
    const { id: pending } = await activities((repo) => repo.create(activity(s.village, s.own, [s.partner]), s.reporter, new Date()));
    expect(await activities((repo) => repo.withdraw(pending))).toBe(true);
    expect(await db.prisma.activityParticipant.count({ where: { activityId: pending } })).toBe(0);
    expect(await activities((repo) => repo.withdraw(pending))).toBe(false);
  });
  it('lists a leader\'s activities by their date, newest first, and the same date by when they were logged', async () => {
    const s = await scene();
    const at = (iso: string) => new Date(iso);
    // Logged in another order than they happened: a late report of an older activity comes last.
    const newest = await activities((repo) => repo.create(activity(s.village, s.own, [], { date: '2026-11-28', description: 'Kerja bakti terbaru' }), s.reporter, at('2026-11-28T08:00:00Z')));
    const older = await activities((repo) => repo.create(activity(s.village, s.own, [], { date: '2026-11-10', description: 'Kerja bakti lama' }), s.reporter, at('2026-11-29T08:00:00Z')));
    const sameDayLater = await activities((repo) => repo.create(activity(s.village, s.own, [], { date: '2026-11-28', description: 'Kerja bakti sore' }), s.reporter, at('2026-11-29T09:00:00Z')));
    const listed = await activities((repo) => repo.listForLeader(s.reporter, 3));
    expect(listed.map((a) => a.id)).toEqual([sameDayLater.id, newest.id, older.id]);
    // The limit keeps the newest by date, not the latest logged.
    expect((await activities((repo) => repo.listForLeader(s.reporter, 2))).map((a) => a.id)).toEqual([sameDayLater.id, newest.id]);
  });
});
