/**
 * The admin's people search: a leader is found by the ketua name and phone typed onto their
 * group at registration, not only by their own.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { listPeople } from '../../../src/storage/admin/people-queries.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { inTx } from '../groups/fixtures.js';
import { seedGroup, seedVillage } from '../status/seed.js';

describeEachDatabase('people search', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  const search = (q: string | undefined) => inTx(db.prisma, (tx) => listPeople(tx, q, { page: 1, pageSize: 50 }));

  it('finds a leader by the ketua name or phone on the group they lead, and says which group', async () => {
    const village = await seedVillage(db.prisma);
    const group = await seedGroup(db.prisma, village, { verification: 'pending' });
    await db.prisma.group.update({ where: { id: group }, data: { ketuaName: 'Sri Wahyuni', ketuaPhone: '+6281234567801' } });
    const leader = (await db.prisma.groupLeader.findFirstOrThrow({ where: { groupId: group } })).personId;
    const expected = expect.objectContaining({ id: leader, ledGroups: [expect.objectContaining({ id: group, ketuaName: 'Sri Wahyuni', ketuaPhone: '+6281234567801' })] });

    for (const q of ['sri', '081234567801', '+62 812-3456-7801']) expect((await search(q)).items, q).toContainEqual(expected);
    // Found by their own name, nothing is said of their groups; without a search, neither.
    expect((await search('ketua')).items.find((person) => person.id === leader)?.ledGroups).toEqual([]);
    expect((await search(undefined)).items.find((person) => person.id === leader)?.ledGroups).toEqual([]);
    // A leadership that ended does not find them.
    await db.prisma.groupLeader.updateMany({ where: { groupId: group }, data: { status: 'removed' } });
    expect((await search('sri wahyuni')).items.map((person) => person.id)).not.toContain(leader);
  });

  it('reads no groups when nothing is searched (none can have matched)', async () => {
    const village = await seedVillage(db.prisma);
    await seedGroup(db.prisma, village, { verification: 'pending' });
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const people = await search(undefined);
      expect(people.items.length).toBeGreaterThan(0);
      expect(people.items.every((person) => person.ledGroups.length === 0)).toBe(true);
      const statements = spy.mock.calls.map(([query]) => (typeof query === 'string' ? query : String((query as { text?: unknown }).text)));
      // It read the leaderships of the page's people WHERE 1=0, then their groups IN (NULL).
      expect(statements.some((text) => text.includes('"Person"'))).toBe(true);
      expect(statements.filter((text) => text.includes('"GroupLeader"'))).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
