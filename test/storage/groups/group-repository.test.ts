import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGroupRepository } from '../../../src/storage/groups/group-repository.js';
import { createGroup } from '../../support/create-group.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import {
  REGION_NAMES,
  addMember,
  gate,
  groupInput,
  inTx,
  newGroup,
  newPerson,
  newVillage,
  norm,
  untilSecondIsWaiting,
} from './fixtures.js';

describeEachDatabase('GroupRepository', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  const groups = <T>(fn: (repo: ReturnType<typeof createGroupRepository>) => Promise<T>): Promise<T> =>
    inTx(db.prisma, (tx) => fn(createGroupRepository(tx)));

  it('creates a group with its area and leader, and shows it with the region names', async () => {
    const village = await newVillage(db.prisma, 'Sidomulyo');
    const leader = await newPerson(db.prisma);
    const now = new Date('2026-11-29T03:04:05.000Z');
    const input = groupInput(village, { unit: { rw: 3, rt: 7, dusun: '' }, type: 'other', typeOther: 'Bank sampah' });

    const view = await groups((repo) => createGroup(repo, input, 'arisan melati', leader, now));

    expect(view).toEqual({
      id: expect.any(String),
      name: 'Arisan Melati',
      type: 'other',
      typeOther: 'Bank sampah',
      villageCode: village,
      villageName: 'Sidomulyo',
      districtName: REGION_NAMES.district,
      regencyName: REGION_NAMES.regency,
      unit: { rw: 3, rt: 7, dusun: '' },
      memberCount: 25,
      foundedYear: 2015,
      meetingSchedule: 'Minggu pertama',
      ketuaName: 'Bu Sri',
      ketuaPhone: '+6281234567890',
      active: true,
      verification: 'pending',
      rejectionReason: null,
    });
    expect(await groups((repo) => repo.get(view.id))).toEqual(view);
    const row = await db.prisma.group.findUniqueOrThrow({ where: { id: view.id }, include: { leaders: true } });
    expect(row).toMatchObject({ nameNorm: 'arisan melati', createdAt: now, updatedAt: now, deactivatedAt: null });
    expect(row.leaders).toEqual([{ groupId: view.id, personId: leader, role: 'leader', status: 'active', createdAt: now }]);
  });

  it('reuses the area of a unit that exists and adds one for a new unit', async () => {
    const village = await newVillage(db.prisma);
    const leader = await newPerson(db.prisma);
    const now = new Date();
    const dusun = { rw: 0, rt: 0, dusun: 'Jetis' };
    await groups((repo) => createGroup(repo, groupInput(village, { name: 'A', unit: dusun }), 'a', leader, now));
    await groups((repo) => createGroup(repo, groupInput(village, { name: 'B', unit: dusun }), 'b', leader, now));
    const other = await groups((repo) => createGroup(repo, groupInput(village, { name: 'C' }), 'c', leader, now));

    const areas = await db.prisma.area.findMany({ where: { villageCode: village }, include: { _count: { select: { groups: true } } } });
    expect(areas.map((area) => [area.dusun, area._count.groups]).sort()).toEqual([
      ['', 1],
      ['Jetis', 2],
    ]);
    expect(other.unit).toEqual({ rw: 0, rt: 0, dusun: '' });
  });

  it('creates two groups in the same new area at once without failing', async () => {
    const village = await newVillage(db.prisma);
    const [leaderA, leaderB] = [await newPerson(db.prisma), await newPerson(db.prisma)];
    const unit = { rw: 2, rt: 4, dusun: '' };
    const aCreated = gate();
    const aMayFinish = gate();

    const a = inTx(db.prisma, async (tx) => {
      const view = await createGroup(createGroupRepository(tx), groupInput(village, { name: 'A', unit }), 'a', leaderA, new Date());
      aCreated.open();
      await aMayFinish.wait; // holds the uncommitted area row
      return view;
    });
    await aCreated.wait;
    const b = inTx(db.prisma, (tx) => createGroup(createGroupRepository(tx), groupInput(village, { name: 'B', unit }), 'b', leaderB, new Date()));
    await untilSecondIsWaiting(kind, db.prisma); // on PostgreSQL: B's area insert waits for A
    aMayFinish.open();

    const [viewA, viewB] = await Promise.all([a, b]);
    expect(viewA.unit).toEqual(unit);
    expect(viewB.unit).toEqual(unit);
    expect(await db.prisma.area.count({ where: { villageCode: village } })).toBe(1);
    expect(await db.prisma.group.count({ where: { villageCode: village } })).toBe(2);
  });

  it('finds the enabled, not rejected groups of the village named from a base: the base itself or the base and more words', async () => {
    const village = await newVillage(db.prisma);
    const otherVillage = await newVillage(db.prisma);
    const leader = await newPerson(db.prisma);
    const xi = await newGroup(db.prisma, village, leader, 'Karang Taruna Tunas Bangsa RW XI');
    const bare = await newGroup(db.prisma, village, leader, 'Karang Taruna Tunas Bangsa');
    await newGroup(db.prisma, village, leader, 'Karang Taruna Tunas Bangsawan');
    await newGroup(db.prisma, otherVillage, leader, 'Karang Taruna Tunas Bangsa RW 12');
    const rejected = await newGroup(db.prisma, village, leader, 'Karang Taruna Tunas Bangsa RW 13');
    await db.prisma.group.update({ where: { id: rejected }, data: { verification: 'rejected' } });
    const found = await groups((repo) => repo.findNamedFrom(village, 'karang taruna tunas bangsa'));
    expect(found.map(({ id, name, nameNorm }) => ({ id, name, nameNorm })).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { id: bare, name: 'Karang Taruna Tunas Bangsa', nameNorm: norm('Karang Taruna Tunas Bangsa') },
      { id: xi, name: 'Karang Taruna Tunas Bangsa RW XI', nameNorm: norm('Karang Taruna Tunas Bangsa RW XI') },
    ]);
    expect(found[0]!.unit).toEqual(groupInput(village).unit);
  });

  it('gets null for an unknown or malformed id, and the transaction goes on', async () => {
    await inTx(db.prisma, async (tx) => {
      const repo = createGroupRepository(tx);
      expect(await repo.get(randomUUID())).toBeNull();
      expect(await repo.get('not-a-uuid')).toBeNull();
      expect(await repo.leaderRole('not-a-uuid', 'x')).toBeNull();
      expect(await repo.listLedBy('x')).toEqual([]);
      expect(await tx.person.count()).toBeGreaterThanOrEqual(0); // still usable on PostgreSQL
    });
  });

  it('finds a group by normalised name among enabled, not rejected groups of the village only', async () => {
    const village = await newVillage(db.prisma);
    const otherVillage = await newVillage(db.prisma);
    const leader = await newPerson(db.prisma);
    const id = await newGroup(db.prisma, village, leader, 'Posyandu Mawar');
    expect(await groups((repo) => repo.findByName(village, 'posyandu mawar'))).toEqual({ id, name: 'Posyandu Mawar' });
    expect(await groups((repo) => repo.findByName(otherVillage, 'posyandu mawar'))).toBeNull();

    await db.prisma.group.update({ where: { id }, data: { verification: 'rejected' } });
    expect(await groups((repo) => repo.findByName(village, 'posyandu mawar'))).toBeNull();

    const second = await newGroup(db.prisma, village, leader, 'Posyandu Mawar');
    expect(await groups((repo) => repo.findByName(village, 'posyandu mawar'))).toEqual({ id: second, name: 'Posyandu Mawar' });
    await groups((repo) => repo.deactivate(second, new Date()));
    expect(await groups((repo) => repo.findByName(village, 'posyandu mawar'))).toBeNull();
  });

  it('creates unless an enabled, not rejected group of the village has the name: then it writes nothing and gives that group', async () => {
    const village = await newVillage(db.prisma);
    const otherVillage = await newVillage(db.prisma);
    const [leader, second] = [await newPerson(db.prisma), await newPerson(db.prisma)];
    const existing = await newGroup(db.prisma, village, leader, 'Posyandu Mawar');
    const unit = { rw: 9, rt: 9, dusun: '' };
    const input = (code: string) => groupInput(code, { name: 'Posyandu Mawar', unit });

    expect(await groups((repo) => repo.createUnlessNamed(input(village), 'posyandu mawar', second, new Date()))).toEqual({
      kind: 'duplicate',
      existing: { id: existing, name: 'Posyandu Mawar' },
    });
    // Nothing written: no group, and not the new area either.
    expect(await db.prisma.group.count({ where: { villageCode: village } })).toBe(1);
    expect(await db.prisma.area.count({ where: { villageCode: village, rw: 9 } })).toBe(0);

    // The same name in another desa is another group; it is created as create() does.
    const elsewhere = await groups((repo) => repo.createUnlessNamed(input(otherVillage), 'posyandu mawar', second, new Date()));
    if (elsewhere.kind !== 'created') throw new Error(`expected created, got ${JSON.stringify(elsewhere)}`);
    expect(elsewhere.group).toEqual(await groups((repo) => repo.get(elsewhere.group.id)));
    expect(await groups((repo) => repo.leaderRole(elsewhere.group.id, second))).toBe('leader');

    // A rejected group of that name does not count (as for findByName).
    await db.prisma.group.update({ where: { id: existing }, data: { verification: 'rejected' } });
    const again = await groups((repo) => repo.createUnlessNamed(input(village), 'posyandu mawar', second, new Date()));
    expect(again.kind).toBe('created');
    expect(await db.prisma.area.count({ where: { villageCode: village, rw: 9 } })).toBe(1);
  });

  it('lists the enabled groups a person leads or actively co-leads, oldest first', async () => {
    const village = await newVillage(db.prisma);
    const person = await newPerson(db.prisma);
    const other = await newPerson(db.prisma);
    const led = await newGroup(db.prisma, village, person, 'Zeta');
    const coLed = await newGroup(db.prisma, village, other, 'Alpha');
    const pending = await newGroup(db.prisma, village, other, 'Pending');
    const removed = await newGroup(db.prisma, village, other, 'Removed');
    const closed = await newGroup(db.prisma, village, person, 'Closed');
    const rejected = await newGroup(db.prisma, village, person, 'Rejected');
    await addMember(db.prisma, coLed, person, 'coleader', 'active');
    await addMember(db.prisma, pending, person, 'coleader', 'pending');
    await addMember(db.prisma, removed, person, 'coleader', 'removed');
    await groups((repo) => repo.deactivate(closed, new Date()));
    await db.prisma.group.update({ where: { id: rejected }, data: { verification: 'rejected' } });

    const list = await groups((repo) => repo.listLedBy(person));
    // A leader still sees a rejected group, with its verdict; disabled ones are gone.
    expect(list.map((group) => [group.id, group.verification])).toEqual([
      [led, 'pending'],
      [coLed, 'pending'],
      [rejected, 'rejected'],
    ]);
    expect(list[0]?.villageName).toBe('Sidomulyo');
  });

  it('lists the enabled, not rejected groups of a village by name, leaving out the excluded ones', async () => {
    const village = await newVillage(db.prisma);
    const elsewhere = await newVillage(db.prisma);
    const leader = await newPerson(db.prisma);
    const karang = await newGroup(db.prisma, village, leader, 'Karang Taruna Bhakti');
    const arisan = await newGroup(db.prisma, village, leader, 'arisan Dahlia');
    const posyandu = await newGroup(db.prisma, village, leader, 'Posyandu Anggrek');
    const excluded = await newGroup(db.prisma, village, leader, 'Bank Sampah');
    const closed = await newGroup(db.prisma, village, leader, 'Closed');
    const rejected = await newGroup(db.prisma, village, leader, 'Rejected');
    await newGroup(db.prisma, elsewhere, leader, 'Elsewhere');
    await groups((repo) => repo.deactivate(closed, new Date()));
    await db.prisma.group.update({ where: { id: rejected }, data: { verification: 'rejected' } });
    await db.prisma.group.update({ where: { id: posyandu }, data: { verification: 'verified' } });

    const list = await groups((repo) => repo.listInVillage(village, [excluded, 'not-a-uuid']));
    expect(list.map((group) => group.id)).toEqual([arisan, karang, posyandu]);
    expect(list.map((group) => group.verification)).toEqual(['pending', 'pending', 'verified']);
    expect((await groups((repo) => repo.listInVillage(village, []))).map((group) => group.id)).toContain(excluded);
  });

  it('gives the role of an active membership only', async () => {
    const village = await newVillage(db.prisma);
    const leader = await newPerson(db.prisma);
    const [coLeader, pending, removed, stranger] = [
      await newPerson(db.prisma),
      await newPerson(db.prisma),
      await newPerson(db.prisma),
      await newPerson(db.prisma),
    ];
    const group = await newGroup(db.prisma, village, leader);
    await addMember(db.prisma, group, coLeader, 'coleader', 'active');
    await addMember(db.prisma, group, pending, 'coleader', 'pending');
    await addMember(db.prisma, group, removed, 'leader', 'removed');

    await groups(async (repo) => {
      expect(await repo.leaderRole(group, leader)).toBe('leader');
      expect(await repo.leaderRole(group, coLeader)).toBe('coleader');
      expect(await repo.leaderRole(group, pending)).toBeNull();
      expect(await repo.leaderRole(group, removed)).toBeNull();
      expect(await repo.leaderRole(group, stranger)).toBeNull();
      expect(await repo.leaderRole(randomUUID(), leader)).toBeNull();
    });
  });

  it('updates only the given fields, with the new normalised name', async () => {
    const village = await newVillage(db.prisma);
    const leader = await newPerson(db.prisma);
    const group = await newGroup(db.prisma, village, leader, 'Arisan Lama');
    const now = new Date('2026-12-01T00:00:00.000Z');

    const renamed = await groups((repo) => repo.update(group, { name: 'Arisan Baru', foundedYear: null }, 'arisan baru', now));
    expect(renamed).toMatchObject({ name: 'Arisan Baru', foundedYear: null, memberCount: 25, meetingSchedule: 'Minggu pertama' });
    expect(await groups((repo) => repo.findByName(village, 'arisan baru'))).toEqual({ id: group, name: 'Arisan Baru' });
    expect(await groups((repo) => repo.findByName(village, 'arisan lama'))).toBeNull();

    const counted = await groups((repo) => repo.update(group, { memberCount: 40, meetingSchedule: null }, undefined, now));
    expect(counted).toMatchObject({ name: 'Arisan Baru', memberCount: 40, meetingSchedule: null, villageName: 'Sidomulyo' });
    expect((await db.prisma.group.findUniqueOrThrow({ where: { id: group } })).updatedAt).toEqual(now);

    await expect(groups((repo) => repo.update(group, { name: 'X' }, undefined, now))).rejects.toThrow('nameNorm');
  });

  it('deactivates a group once, keeping the first time', async () => {
    const village = await newVillage(db.prisma);
    const leader = await newPerson(db.prisma);
    const group = await newGroup(db.prisma, village, leader);
    const first = new Date('2026-12-02T00:00:00.000Z');
    await groups((repo) => repo.deactivate(group, first));
    await groups((repo) => repo.deactivate(group, new Date('2026-12-03T00:00:00.000Z')));

    expect(await db.prisma.group.findUniqueOrThrow({ where: { id: group } })).toMatchObject({ active: false, deactivatedAt: first });
    expect(await groups((repo) => repo.get(group))).toMatchObject({ id: group, active: false });
    expect(await groups((repo) => repo.listLedBy(leader))).toEqual([]);
  });
});
