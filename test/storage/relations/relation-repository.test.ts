import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGroupRepository } from '../../../src/storage/groups/group-repository.js';
import { createRelationRepository } from '../../../src/storage/relations/relation-repository.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { addMember, gate, inTx, newGroup, newPeople, newVillage, pendingRequests, untilSecondIsWaiting } from '../groups/fixtures.js';

describeEachDatabase('RelationRepository', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  const relations = <T>(fn: (repo: ReturnType<typeof createRelationRepository>) => Promise<T>): Promise<T> =>
    inTx(db.prisma, (tx) => fn(createRelationRepository(tx)));
  /** The relation requests in the person's confirmation inbox. */
  const pendingFor = async (personId: string) => (await pendingRequests(db.prisma, personId)).relations;

  /** Two groups of one village, each with its own leader. */
  async function pair() {
    const village = await newVillage(db.prisma);
    const [leaderA, leaderB] = await newPeople(db.prisma, 'Leader A', 'Leader B');
    const a = await newGroup(db.prisma, village, leaderA, 'Arisan Melati');
    const b = await newGroup(db.prisma, village, leaderB, 'Posyandu Mawar');
    return { village, leaderA, leaderB, a, b };
  }

  it('declares a relation once per kind and pair, in either direction', async () => {
    const p = await pair();
    const now = new Date('2026-11-29T08:00:00.000Z');
    const created = await relations((repo) => repo.declare(p.a, p.b, 'shared_meetings', p.leaderA, now));
    expect(created).toEqual({ kind: 'created', id: expect.any(String) });
    expect(await db.prisma.groupRelation.findFirstOrThrow({ where: { groupAId: p.a, groupBId: p.b } })).toMatchObject({
      kind: 'shared_meetings',
      status: 'pending',
      declaredById: p.leaderA,
      createdAt: now,
      confirmedAt: null,
    });

    // Which one it is: pending since it was declared, asked of b (so of the declarer when b declares it again).
    expect(await relations((repo) => repo.declare(p.a, p.b, 'shared_meetings', p.leaderA, now))).toEqual({ kind: 'exists', status: 'pending', since: now, askedOfDeclarer: false });
    expect(await relations((repo) => repo.declare(p.b, p.a, 'shared_meetings', p.leaderB, now))).toEqual({ kind: 'exists', status: 'pending', since: now, askedOfDeclarer: true });
    expect(await relations((repo) => repo.declare(p.b, p.a, 'formal_mou', p.leaderB, now))).toMatchObject({ kind: 'created' });

    // Confirmed counts as existing too, from both sides.
    if (created.kind !== 'created') throw new Error('unreachable');
    await relations((repo) => repo.decide(created.id, true, p.leaderB, now));
    expect(await relations((repo) => repo.declare(p.a, p.b, 'shared_meetings', p.leaderA, now))).toEqual({ kind: 'exists', status: 'confirmed', since: now, askedOfDeclarer: false });
    expect(await relations((repo) => repo.declare(p.b, p.a, 'shared_meetings', p.leaderB, now))).toMatchObject({ kind: 'exists' });
    expect(await db.prisma.groupRelation.count({ where: { OR: [{ groupAId: p.a }, { groupAId: p.b }] } })).toBe(2);
  });

  it('lets a declined relation be declared again, reusing the row in the same direction', async () => {
    const p = await pair();
    const first = await relations((repo) => repo.declare(p.a, p.b, 'shared_fund', p.leaderA, new Date('2026-11-01T00:00:00.000Z')));
    if (first.kind !== 'created') throw new Error('expected a new relation');
    expect(await relations((repo) => repo.decide(first.id, false, p.leaderB, new Date()))).toBe(true);

    const again = new Date('2026-11-20T00:00:00.000Z');
    expect(await relations((repo) => repo.declare(p.a, p.b, 'shared_fund', p.leaderA, again))).toEqual({ kind: 'created', id: first.id });
    expect(await db.prisma.groupRelation.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: 'pending',
      createdAt: again,
      confirmedAt: null,
    });

    // Declined by B again; now B declares it towards A: a row of its own.
    await relations((repo) => repo.decide(first.id, false, p.leaderB, new Date()));
    const reverse = await relations((repo) => repo.declare(p.b, p.a, 'shared_fund', p.leaderB, new Date()));
    expect(reverse).toEqual({ kind: 'created', id: expect.any(String) });
    expect(reverse).not.toEqual({ kind: 'created', id: first.id });
  });

  it('never relates a group to itself', async () => {
    const p = await pair();
    await expect(relations((repo) => repo.declare(p.a, p.a, 'shared_members', p.leaderA, new Date()))).rejects.toThrow('itself');
  });

  it('shows pending relations to the active leaders of the asked group only', async () => {
    const p = await pair();
    const [coLeader, pendingCo, removedCo] = await newPeople(db.prisma, 'Co', 'Pending', 'Removed');
    await addMember(db.prisma, p.b, coLeader, 'coleader', 'active');
    await addMember(db.prisma, p.b, pendingCo, 'coleader', 'pending');
    await addMember(db.prisma, p.b, removedCo, 'leader', 'removed');
    const meetings = await relations((repo) => repo.declare(p.a, p.b, 'shared_meetings', p.leaderA, new Date('2026-11-01T00:00:00.000Z')));
    const mou = await relations((repo) => repo.declare(p.a, p.b, 'formal_mou', p.leaderA, new Date('2026-11-02T00:00:00.000Z')));
    if (meetings.kind !== 'created' || mou.kind !== 'created') throw new Error('expected new relations');

    const expected = [
      { relationId: meetings.id, kind: 'shared_meetings', groupId: p.b, groupName: 'Posyandu Mawar', fromGroupName: 'Arisan Melati', fromGroupId: p.a },
      { relationId: mou.id, kind: 'formal_mou', groupId: p.b, groupName: 'Posyandu Mawar', fromGroupName: 'Arisan Melati', fromGroupId: p.a },
    ];
    expect(await pendingFor(p.leaderB)).toEqual(expected);
    expect(await pendingFor(coLeader)).toEqual(expected);
    expect(await pendingFor(pendingCo)).toEqual([]);
    expect(await pendingFor(removedCo)).toEqual([]);
    expect(await pendingFor(p.leaderA)).toEqual([]); // the declaring side
    expect(await pendingFor('nope')).toEqual([]);

    await relations((repo) => repo.decide(meetings.id, true, p.leaderB, new Date()));
    expect(await pendingFor(p.leaderB)).toEqual([expected[1]]);
    await inTx(db.prisma, (tx) => createGroupRepository(tx).deactivate(p.a, new Date()));
    expect(await pendingFor(p.leaderB)).toEqual([]); // the declaring group is gone
  });

  it('confirms or declines a pending relation once', async () => {
    const p = await pair();
    const one = await relations((repo) => repo.declare(p.a, p.b, 'formal_sk', p.leaderA, new Date()));
    const two = await relations((repo) => repo.declare(p.a, p.b, 'shared_members', p.leaderA, new Date()));
    if (one.kind !== 'created' || two.kind !== 'created') throw new Error('expected new relations');
    const at = new Date('2026-11-30T00:00:00.000Z');

    expect(await relations((repo) => repo.decide(one.id, true, p.leaderB, at))).toBe(true);
    expect(await relations((repo) => repo.decide(two.id, false, p.leaderB, at))).toBe(true);
    // Who confirmed it is kept; a decline records no confirmer.
    expect(await db.prisma.groupRelation.findUniqueOrThrow({ where: { id: one.id } })).toMatchObject({ status: 'confirmed', confirmedAt: at, confirmedById: p.leaderB });
    expect(await db.prisma.groupRelation.findUniqueOrThrow({ where: { id: two.id } })).toMatchObject({ status: 'declined', confirmedAt: null, confirmedById: null });

    expect(await relations((repo) => repo.decide(one.id, false, p.leaderB, at))).toBe(false);
    expect(await relations((repo) => repo.decide(two.id, true, p.leaderB, at))).toBe(false);
    expect(await relations((repo) => repo.decide(randomUUID(), true, p.leaderB, at))).toBe(false);
    expect(await relations((repo) => repo.decide('nope', true, p.leaderB, at))).toBe(false);
  });

  it('records the declaring leader as the confirmer when they lead both groups, and forgets a confirmer when declared again', async () => {
    const p = await pair();
    // Leader A leads the asked group too.
    await addMember(db.prisma, p.b, p.leaderA, 'coleader', 'active');
    const tie = await relations((repo) => repo.declare(p.a, p.b, 'shared_meetings', p.leaderA, new Date('2026-11-01T00:00:00.000Z')));
    if (tie.kind !== 'created') throw new Error('expected a new relation');
    expect(await pendingFor(p.leaderA)).toEqual([expect.objectContaining({ relationId: tie.id })]);
    expect(await relations((repo) => repo.decide(tie.id, true, p.leaderA, new Date('2026-11-02T00:00:00.000Z')))).toBe(true);
    expect(await db.prisma.groupRelation.findUniqueOrThrow({ where: { id: tie.id } })).toMatchObject({ status: 'confirmed', declaredById: p.leaderA, confirmedById: p.leaderA });

    // Declined, then declared again: pending with no confirmer.
    const other = await relations((repo) => repo.declare(p.a, p.b, 'shared_fund', p.leaderA, new Date()));
    if (other.kind !== 'created') throw new Error('expected a new relation');
    await db.prisma.groupRelation.update({ where: { id: other.id }, data: { status: 'declined', confirmedById: p.leaderB } });
    expect(await relations((repo) => repo.declare(p.a, p.b, 'shared_fund', p.leaderA, new Date()))).toEqual({ kind: 'created', id: other.id });
    expect(await db.prisma.groupRelation.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: 'pending', confirmedById: null });
  });

  it('names the group asked to confirm, with its village', async () => {
    const p = await pair();
    const declared = await relations((repo) => repo.declare(p.a, p.b, 'shared_fund', p.leaderA, new Date()));
    if (declared.kind !== 'created') throw new Error('expected a new relation');
    expect(await relations((repo) => repo.targetGroup(declared.id))).toEqual({ groupId: p.b, villageCode: p.village });
    expect(await relations((repo) => repo.targetGroup(randomUUID()))).toBeNull();
    expect(await relations((repo) => repo.targetGroup('nope'))).toBeNull();
  });

  it('creates one relation when both groups declare the same tie at once', async () => {
    const p = await pair();
    const aDeclared = gate();
    const aMayFinish = gate();
    const fromA = inTx(db.prisma, async (tx) => {
      const result = await createRelationRepository(tx).declare(p.a, p.b, 'shared_meetings', p.leaderA, new Date());
      aDeclared.open();
      await aMayFinish.wait;
      return result;
    });
    await aDeclared.wait;
    const fromB = inTx(db.prisma, (tx) => createRelationRepository(tx).declare(p.b, p.a, 'shared_meetings', p.leaderB, new Date()));
    await untilSecondIsWaiting(kind, db.prisma); // on PostgreSQL: B waits on the pair lock
    aMayFinish.open();

    expect(await Promise.all([fromA, fromB])).toEqual([{ kind: 'created', id: expect.any(String) }, expect.objectContaining({ kind: 'exists', status: 'pending', askedOfDeclarer: true })]);
    expect(await db.prisma.groupRelation.count({ where: { kind: 'shared_meetings', OR: [{ groupAId: p.a }, { groupAId: p.b }] } })).toBe(1);
  });
});
