/**
 * A person's last desa is read with their groups (issue #14): the desa question asks for
 * both at once, and the second shares the first's statement. A write to the last desa (or an
 * erasure) in between makes the next read its own statement, which sees the write.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGroupRepository } from '../../../src/storage/groups/group-repository.js';
import { GroupViewsRead } from '../../../src/storage/groups/group-views-read.js';
import { createPeopleRepository } from '../../../src/storage/people/people-repository.js';
import type { PrismaTx } from '../../../src/storage/transaction-runner.js';
import { SharedReads } from '../../../src/storage/unit-of-work/shared-reads.js';
import { prismaSql, type Sql } from '../../../src/storage/unit-of-work/sql.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { addMember, inTx, newGroup, newPerson, newVillage } from '../groups/fixtures.js';

describeEachDatabase('the last desa read with the person\'s groups', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  /** The group and people repositories of one transaction as app-tx.ts builds them, and the statements they sent. */
  function repositories(tx: PrismaTx) {
    const inner = prismaSql(tx);
    const sent: string[] = [];
    const sql: Sql = {
      rows: (text, values) => (sent.push(text), inner.rows(text, values)),
      lastRows: (text, values) => (sent.push(text), inner.lastRows(text, values)),
      write: (text, values) => (sent.push(text), inner.write(text, values)),
    };
    const lastVillages = new SharedReads<string | null>();
    return {
      groups: createGroupRepository(tx, sql, new GroupViewsRead(), lastVillages),
      people: createPeopleRepository(tx, sql, lastVillages),
      /** Reads sent so far (writes are not counted). */
      reads: () => sent.filter((text) => /^\s*(SELECT|WITH)/.test(text)).length,
    };
  }

  it('answers both from one statement, the same as each read alone', async () => {
    const village = await newVillage(db.prisma);
    const elsewhere = await newVillage(db.prisma);
    const person = await newPerson(db.prisma);
    const other = await newPerson(db.prisma);
    const led = await newGroup(db.prisma, village, person, 'Arisan Melati');
    const coLed = await newGroup(db.prisma, elsewhere, other, 'Posyandu Mawar');
    await addMember(db.prisma, coLed, person, 'coleader', 'active');
    await db.prisma.person.update({ where: { id: person }, data: { lastVillageCode: elsewhere } });

    const alone = await inTx(db.prisma, async (tx) => {
      const { groups, people } = repositories(tx);
      return { groups: await groups.listLedBy(person), last: await people.lastVillage(person) };
    });
    expect(alone.groups.map((group) => group.id)).toEqual([led, coLed]);
    expect(alone.last).toBe(elsewhere);

    await inTx(db.prisma, async (tx) => {
      const { groups, people, reads } = repositories(tx);
      const [list, again, last] = await Promise.all([groups.listLedBy(person), groups.listLedBy(person), people.lastVillage(person)]);
      expect({ groups: list, last }).toEqual(alone);
      expect(again).toEqual(list);
      expect(reads()).toBe(1);
      // Once answered, a read is a statement of its own again.
      expect(await people.lastVillage(person)).toBe(elsewhere);
      expect(reads()).toBe(2);
    });
  });

  it('reads the last desa of a person without groups, and nothing of one who does not exist', async () => {
    const village = await newVillage(db.prisma);
    const person = await newPerson(db.prisma);
    const withNothing = await newPerson(db.prisma);
    await db.prisma.person.update({ where: { id: person }, data: { lastVillageCode: village } });
    await inTx(db.prisma, async (tx) => {
      const { groups, people, reads } = repositories(tx);
      expect(await Promise.all([groups.listLedBy(person), people.lastVillage(person)])).toEqual([[], village]);
      expect(await Promise.all([groups.listLedBy(withNothing), people.lastVillage(withNothing)])).toEqual([[], null]);
      const missing = '00000000-0000-4000-8000-000000000000';
      expect(await Promise.all([groups.listLedBy(missing), people.lastVillage(missing)])).toEqual([[], null]);
      expect(reads()).toBe(3);
    });
  });

  it('reads the last desa again after a write to it, and sees the write', async () => {
    const village = await newVillage(db.prisma);
    const next = await newVillage(db.prisma);
    const person = await newPerson(db.prisma);
    await db.prisma.person.update({ where: { id: person }, data: { lastVillageCode: village } });
    await inTx(db.prisma, async (tx) => {
      const { groups, people, reads } = repositories(tx);
      const list = groups.listLedBy(person);
      const written = people.setLastVillage(person, next);
      const last = people.lastVillage(person);
      await Promise.all([list, written]);
      expect(await last).toBe(next);
      expect(reads()).toBe(2);
    });
  });

  it('does not hold on to a read that failed', async () => {
    const reads = new SharedReads<string | null>();
    reads.along('p', Promise.reject(new Error('the groups statement failed')));
    await expect(reads.read('p', () => Promise.resolve('unused'))).rejects.toThrow('the groups statement failed');
    await Promise.resolve();
    expect(await reads.read('p', () => Promise.resolve('34.02.01.2001'))).toBe('34.02.01.2001');
  });
});
