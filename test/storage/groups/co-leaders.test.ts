import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGroupRepository } from '../../../src/storage/groups/group-repository.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { addMember, gate, inTx, newGroup, newPeople, newPerson, newVillage, pendingRequests, untilSecondIsWaiting } from './fixtures.js';

describeEachDatabase('GroupRepository co-leaders', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  const groups = <T>(fn: (repo: ReturnType<typeof createGroupRepository>) => Promise<T>): Promise<T> =>
    inTx(db.prisma, (tx) => fn(createGroupRepository(tx)));
  /** The co-leader requests in the person's confirmation inbox. */
  const pendingCoLeaderRequests = async (personId: string) => (await pendingRequests(db.prisma, personId)).coLeaders;
  const membership = (groupId: string, personId: string) =>
    db.prisma.groupLeader.findUnique({ where: { groupId_personId: { groupId, personId } }, select: { role: true, status: true } });

  it('records a pending request once; leaders and repeated requests get false', async () => {
    const village = await newVillage(db.prisma);
    const [leader, requester] = [await newPerson(db.prisma), await newPerson(db.prisma)];
    const group = await newGroup(db.prisma, village, leader);
    const now = new Date('2026-11-29T05:00:00.000Z');

    expect(await groups((repo) => repo.requestCoLeader(group, requester, now))).toBe(true);
    expect(await db.prisma.groupLeader.findUnique({ where: { groupId_personId: { groupId: group, personId: requester } } })).toEqual({
      groupId: group,
      personId: requester,
      role: 'coleader',
      status: 'pending',
      createdAt: now,
    });
    expect(await groups((repo) => repo.requestCoLeader(group, requester, now))).toBe(false);
    expect(await groups((repo) => repo.requestCoLeader(group, leader, now))).toBe(false);
    expect(await membership(group, leader)).toEqual({ role: 'leader', status: 'active' }); // untouched
    expect(await groups((repo) => repo.leaderRole(group, requester))).toBeNull();
  });

  it('turns a removed member back into a pending request', async () => {
    const village = await newVillage(db.prisma);
    const [leader, former] = [await newPerson(db.prisma), await newPerson(db.prisma)];
    const group = await newGroup(db.prisma, village, leader);
    await addMember(db.prisma, group, former, 'leader', 'removed');

    expect(await groups((repo) => repo.requestCoLeader(group, former, new Date()))).toBe(true);
    expect(await membership(group, former)).toEqual({ role: 'coleader', status: 'pending' });
    expect(await groups((repo) => repo.requestCoLeader(group, former, new Date()))).toBe(false);
  });

  it('refuses requests for disabled, unknown or malformed groups without failing the transaction', async () => {
    const village = await newVillage(db.prisma);
    const [leader, requester] = [await newPerson(db.prisma), await newPerson(db.prisma)];
    const closed = await newGroup(db.prisma, village, leader);
    await groups((repo) => repo.deactivate(closed, new Date()));

    await inTx(db.prisma, async (tx) => {
      const repo = createGroupRepository(tx);
      expect(await repo.requestCoLeader(closed, requester, new Date())).toBe(false);
      expect(await repo.requestCoLeader(randomUUID(), requester, new Date())).toBe(false);
      expect(await repo.requestCoLeader('nope', requester, new Date())).toBe(false);
      expect(await tx.groupLeader.count({ where: { personId: requester } })).toBe(0);
    });
  });

  it('shows pending requests to the active leaders and co-leaders of enabled groups only', async () => {
    const village = await newVillage(db.prisma);
    const [leader, coLeader, pendingCo, requester, otherLeader] = await newPeople(db.prisma, 'Pak Leader', 'Bu Co', 'Pending', 'Mas Budi', 'Other');
    const anonymous = await newPerson(db.prisma, null);
    // The phone a requester gave with the request is shown with their name.
    await db.prisma.person.update({ where: { id: requester }, data: { phoneE164: '+6281234500001' } });
    const group = await newGroup(db.prisma, village, leader, 'Karang Taruna');
    const closed = await newGroup(db.prisma, village, leader, 'Closed');
    await newGroup(db.prisma, village, otherLeader, 'Other');
    await addMember(db.prisma, group, coLeader, 'coleader', 'active');
    await addMember(db.prisma, group, pendingCo, 'coleader', 'pending');
    await groups((repo) => repo.requestCoLeader(group, requester, new Date('2020-01-01T01:00:00.000Z')));
    await groups((repo) => repo.requestCoLeader(group, anonymous, new Date('2020-01-01T02:00:00.000Z')));
    await groups((repo) => repo.requestCoLeader(closed, requester, new Date()));
    await groups((repo) => repo.deactivate(closed, new Date()));

    const expected = [
      { groupId: group, groupName: 'Karang Taruna', requesterId: pendingCo, requesterName: 'Pending', requesterPhone: null },
      { groupId: group, groupName: 'Karang Taruna', requesterId: requester, requesterName: 'Mas Budi', requesterPhone: '+6281234500001' },
      { groupId: group, groupName: 'Karang Taruna', requesterId: anonymous, requesterName: null, requesterPhone: null },
    ];
    const forLeader = await pendingCoLeaderRequests(leader);
    // The fixture's pending row was created "now", after the two dated requests.
    expect(forLeader).toEqual([expected[1], expected[2], expected[0]]);
    expect(await pendingCoLeaderRequests(coLeader)).toEqual(forLeader);
    expect(await pendingCoLeaderRequests(pendingCo)).toEqual([]);
    expect(await pendingCoLeaderRequests(otherLeader)).toEqual([]);
    expect(await pendingCoLeaderRequests('nope')).toEqual([]);
  });

  it('accepts or declines a pending request once', async () => {
    const village = await newVillage(db.prisma);
    const [leader, accepted, declined, stranger] = await newPeople(db.prisma, 'L', 'A', 'D', 'S');
    const group = await newGroup(db.prisma, village, leader);
    await groups((repo) => repo.requestCoLeader(group, accepted, new Date()));
    await groups((repo) => repo.requestCoLeader(group, declined, new Date()));

    expect(await groups((repo) => repo.decideCoLeader(group, accepted, true))).toBe(true);
    expect(await groups((repo) => repo.decideCoLeader(group, declined, false))).toBe(true);
    expect(await groups((repo) => repo.leaderRole(group, accepted))).toBe('coleader');
    expect(await membership(group, declined)).toEqual({ role: 'coleader', status: 'removed' });
    expect(await groups((repo) => repo.leaderRole(group, declined))).toBeNull();

    expect(await groups((repo) => repo.decideCoLeader(group, accepted, false))).toBe(false);
    expect(await groups((repo) => repo.decideCoLeader(group, declined, true))).toBe(false);
    expect(await groups((repo) => repo.decideCoLeader(group, leader, false))).toBe(false);
    expect(await groups((repo) => repo.decideCoLeader(group, stranger, true))).toBe(false);
    expect(await groups((repo) => repo.decideCoLeader('nope', stranger, true))).toBe(false);
    expect(await membership(group, leader)).toEqual({ role: 'leader', status: 'active' });
    expect(await pendingCoLeaderRequests(leader)).toEqual([]);
  });

  it('records one request when the same person asks twice at once', async () => {
    const village = await newVillage(db.prisma);
    const [leader, requester] = [await newPerson(db.prisma), await newPerson(db.prisma)];
    const group = await newGroup(db.prisma, village, leader);
    const aRequested = gate();
    const aMayFinish = gate();

    const a = inTx(db.prisma, async (tx) => {
      const result = await createGroupRepository(tx).requestCoLeader(group, requester, new Date());
      aRequested.open();
      await aMayFinish.wait;
      return result;
    });
    await aRequested.wait;
    const b = inTx(db.prisma, (tx) => createGroupRepository(tx).requestCoLeader(group, requester, new Date()));
    await untilSecondIsWaiting(kind, db.prisma);
    aMayFinish.open();

    expect(await Promise.all([a, b])).toEqual([true, false]);
    expect(await membership(group, requester)).toEqual({ role: 'coleader', status: 'pending' });
  });
});
