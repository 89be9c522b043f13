/**
 * A transaction reads a group's view once (by id, or in a list), until it writes groups:
 * then the next read sees the write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupView } from '../../../src/domain/model/groups.js';
import { createAppTransactionRunner } from '../../../src/storage/app-tx.js';
import { createGroupRepository } from '../../../src/storage/groups/group-repository.js';
import { GroupViewsRead } from '../../../src/storage/groups/group-views-read.js';
import type { PrismaTx } from '../../../src/storage/transaction-runner.js';
import { prismaSql, type Sql } from '../../../src/storage/unit-of-work/sql.js';
import { createGroup } from '../../support/create-group.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { groupInput, inTx, newGroup, newPerson, newVillage, norm } from './fixtures.js';

/** A view with only what the cache looks at set apart. */
function view(id: string, name: string): GroupView {
  return {
    id, name, type: 'arisan', typeOther: null, villageCode: '34.02.01.2001', villageName: 'Sidomulyo', districtName: '', regencyName: '',
    unit: { rw: 0, rt: 0, dusun: '' }, memberCount: 1, foundedYear: null, meetingSchedule: null, active: true, verification: 'pending', rejectionReason: null, ketuaName: null, ketuaPhone: null,
  };
}

describe('GroupViewsRead', () => {
  it('keeps what a read by id or a list found, and forgets it all at a write', async () => {
    const views = new GroupViewsRead();
    let reads = 0;
    const read = (name: string) => () => {
      reads += 1;
      return Promise.resolve(view('g1', name));
    };
    expect((await views.get('g1', read('first')))?.name).toBe('first');
    expect((await views.get('g1', read('second')))?.name).toBe('first');
    expect(reads).toBe(1);
    await views.list(() => Promise.resolve([view('g2', 'listed')]));
    expect((await views.get('g2', read('by id')))?.name).toBe('listed');
    expect(reads).toBe(1);
    views.clear();
    expect((await views.get('g1', read('after the write')))?.name).toBe('after the write');
    expect((await views.get('g2', () => Promise.resolve(null)))).toBeNull();
    expect(reads).toBe(2);
  });

  it('does not keep what a read started before a write returns after it, nor a miss', async () => {
    const views = new GroupViewsRead();
    let answer!: (found: GroupView) => void;
    const before = views.get('g1', () => new Promise<GroupView>((resolve) => (answer = resolve)));
    let answerList!: (found: GroupView[]) => void;
    const listed = views.list(() => new Promise<GroupView[]>((resolve) => (answerList = resolve)));
    views.clear();
    answer(view('g1', 'old'));
    answerList([view('g2', 'old')]);
    expect((await before)?.name).toBe('old');
    expect((await listed).map((found) => found.name)).toEqual(['old']);
    expect((await views.get('g1', () => Promise.resolve(view('g1', 'new'))))?.name).toBe('new');
    expect((await views.get('g2', () => Promise.resolve(view('g2', 'new'))))?.name).toBe('new');
    expect(await views.get('g3', () => Promise.resolve(null))).toBeNull();
    expect((await views.get('g3', () => Promise.resolve(view('g3', 'made'))))?.name).toBe('made');
  });

  it('shares a read by id on its way, and lets a failed one fail without keeping it', async () => {
    const views = new GroupViewsRead();
    let reads = 0;
    const slow = () => {
      reads += 1;
      return Promise.resolve(view('g1', 'once'));
    };
    const [a, b] = await Promise.all([views.get('g1', slow), views.get('g1', slow)]);
    expect([a?.name, b?.name, reads]).toEqual(['once', 'once', 1]);
    await expect(views.get('g9', () => Promise.reject(new Error('statement failed')))).rejects.toThrow('statement failed');
    expect((await views.get('g9', () => Promise.resolve(view('g9', 'retried'))))?.name).toBe('retried');
  });
});

describeEachDatabase('group views within a transaction', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  /** Plain SQL on `tx` that counts the statements reading group views by id. */
  function counting(tx: PrismaTx): { sql: Sql; byId: () => number } {
    const inner = prismaSql(tx);
    let byId = 0;
    const note = (text: string): void => {
      if (/WHERE g\."id" = \$1::uuid/.test(text)) byId += 1;
    };
    return {
      sql: {
        rows: (text, values) => (note(text), inner.rows(text, values)),
        lastRows: (text, values) => (note(text), inner.lastRows(text, values)),
        write: (text, values) => (note(text), inner.write(text, values)),
      },
      byId: () => byId,
    };
  }

  /** Plain SQL on `tx` that counts the statements listing a desa's groups on their own. */
  function countingLists(tx: PrismaTx): { sql: Sql; lists: () => number } {
    const inner = prismaSql(tx);
    let lists = 0;
    const note = (text: string): void => {
      if (/^\s*SELECT/.test(text) && text.includes('WHERE g."villageCode" = $1 AND g."active"')) lists += 1;
    };
    return {
      sql: { rows: (text, values) => (note(text), inner.rows(text, values)), lastRows: (text, values) => (note(text), inner.lastRows(text, values)), write: (text, values) => (note(text), inner.write(text, values)) },
      lists: () => lists,
    };
  }

  /** A new person made in `tx`. */
  async function newPersonIn(tx: PrismaTx): Promise<string> {
    return (await tx.person.create({ data: { displayName: 'Bu Ani' }, select: { id: true } })).id;
  }

  it('reads a group by id once, and not at all after its desa\'s list had it', async () => {
    const village = await newVillage(db.prisma);
    const leader = await newPerson(db.prisma);
    const own = await newGroup(db.prisma, village, leader, 'Arisan Melati');
    const partner = await newGroup(db.prisma, village, await newPerson(db.prisma), 'Posyandu Mawar');
    await inTx(db.prisma, async (tx) => {
      const { sql, byId } = counting(tx);
      const groups = createGroupRepository(tx, sql);
      const first = await groups.get(own);
      expect(await groups.get(own)).toEqual(first);
      expect(byId()).toBe(1);
      const [listed] = await groups.listInVillage(village, [own]);
      expect(listed?.id).toBe(partner);
      expect(await groups.get(partner)).toEqual(listed);
      expect(byId()).toBe(1);
    });
  });

  it('reads the group with a role check, for the read that follows it; a failed check keeps nothing', async () => {
    const village = await newVillage(db.prisma);
    const leader = await newPerson(db.prisma);
    const stranger = await newPerson(db.prisma);
    const id = await newGroup(db.prisma, village, leader, 'Arisan Melati');
    const other = await newGroup(db.prisma, village, stranger, 'Posyandu Mawar');
    const now = new Date('2026-11-29T03:00:00.000Z');
    await inTx(db.prisma, async (tx) => {
      const { sql, byId } = counting(tx);
      const groups = createGroupRepository(tx, sql);
      expect(await groups.leaderRole(id, leader)).toBe('leader');
      expect((await groups.get(id))?.name).toBe('Arisan Melati');
      expect(byId()).toBe(0);
      expect(await groups.leaderRole(other, leader)).toBeNull();
      expect((await groups.get(other))?.name).toBe('Posyandu Mawar');
      expect(byId()).toBe(1);
      // A write after the check: the next read sees it.
      expect(await groups.leaderRole(id, leader)).toBe('leader');
      await groups.update(id, { name: 'Arisan Mawar' }, norm('Arisan Mawar'), now);
      expect((await groups.get(id))?.name).toBe('Arisan Mawar');
      expect(byId()).toBe(2);
    });
  });

  it('lists the desa\'s other groups with a new one\'s insert, the same as a read, until a write', async () => {
    const village = await newVillage(db.prisma);
    const first = await newGroup(db.prisma, village, await newPerson(db.prisma), 'Posyandu Mawar');
    const second = await newGroup(db.prisma, village, await newPerson(db.prisma), 'Arisan Kenanga');
    const rejected = await newGroup(db.prisma, village, await newPerson(db.prisma), 'Bank Sampah');
    await db.prisma.group.update({ where: { id: rejected }, data: { verification: 'rejected' } });
    const now = new Date('2026-11-29T03:00:00.000Z');
    await inTx(db.prisma, async (tx) => {
      const { sql, lists } = countingLists(tx);
      const groups = createGroupRepository(tx, sql);
      const view = await createGroup(groups, groupInput(village, { name: 'Karang Taruna' }), norm('Karang Taruna'), await newPersonIn(tx), now);
      const others = await groups.listInVillage(village, [view.id, 'not-a-uuid']);
      expect(others.map((group) => group.id)).toEqual([second, first]);
      expect(lists()).toBe(0);
      // What a repository with nothing kept reads in the same transaction.
      expect(others).toEqual(await createGroupRepository(tx).listInVillage(village, [view.id]));
      await groups.deactivate(first, now);
      expect((await groups.listInVillage(village, [view.id])).map((group) => group.id)).toEqual([second]);
      expect(lists()).toBe(1);
    });
  });

  it('sees its own writes: an update, a verdict, a deactivation', async () => {
    const village = await newVillage(db.prisma);
    const leader = await newPerson(db.prisma);
    const id = await newGroup(db.prisma, village, leader, 'Arisan Melati');
    const partner = await newGroup(db.prisma, village, await newPerson(db.prisma), 'Posyandu Mawar');
    const now = new Date('2026-11-29T03:00:00.000Z');
    await inTx(db.prisma, async (tx) => {
      const groups = createGroupRepository(tx);
      expect((await groups.get(id))?.name).toBe('Arisan Melati');
      await groups.update(id, { name: 'Arisan Mawar' }, norm('Arisan Mawar'), now);
      expect((await groups.get(id))?.name).toBe('Arisan Mawar');
      await groups.setVerification(id, 'verified', null, null, now);
      expect((await groups.get(id))?.verification).toBe('verified');
      expect((await groups.listInVillage(village, [id])).map((group) => group.id)).toEqual([partner]);
      await groups.deactivate(partner, now);
      expect((await groups.get(partner))?.active).toBe(false);
    });
  });

  it('sees an erasure\'s cleared ketua in the same transaction', async () => {
    const village = await newVillage(db.prisma);
    const leader = await newPerson(db.prisma);
    const id = await newGroup(db.prisma, village, leader, 'Arisan Melati');
    await createAppTransactionRunner(db.prisma).transaction(async (tx) => {
      expect((await tx.groups.get(id))?.ketuaName).toBe('Bu Sri');
      expect((await tx.privacy.erase(leader, new Date())).kind).toBe('erased');
      expect(await tx.groups.get(id)).toMatchObject({ ketuaName: null, ketuaPhone: null });
    });
  });
});
