/**
 * The confirmation inbox's one statement lists what each of the three queries it is made of
 * (activity participations, relations, co-leader requests) lists when run on its own, item
 * for item and in their order, for leaders with several items of each kind, co-leaders and
 * nobodies.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppTransactionRunner } from '../../../src/storage/app-tx.js';
import { createActivityRepository } from '../../../src/storage/activities/activity-repository.js';
import { PENDING_PARTICIPATIONS } from '../../../src/storage/activities/activity-sql.js';
import { PENDING_CO_LEADERS } from '../../../src/storage/groups/co-leaders.js';
import { PENDING_RELATIONS } from '../../../src/storage/relations/relation-sql.js';
import { createRelationRepository } from '../../../src/storage/relations/relation-repository.js';
import { createTransactionRunner } from '../../../src/storage/transaction-runner.js';
import type { QueryParts } from '../../../src/storage/unit-of-work/query-parts.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { addMember, inTx, newGroup, newPeople, newVillage } from '../groups/fixtures.js';

describeEachDatabase('ConfirmationInbox', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  /** A list query on its own: its rows in its order. */
  const listStatement = (parts: QueryParts): string => `SELECT ${parts.columns} ${parts.from} ORDER BY ${parts.order}`;

  /** What the three queries say on their own, and what the one statement says, for `personId` (a uuid). */
  async function both(personId: string) {
    const expected = await createTransactionRunner(db.prisma, (_tx, sql) => sql).transaction(async (sql) => ({
      participations: await sql.rows(listStatement(PENDING_PARTICIPATIONS), [personId]),
      relations: await sql.rows(listStatement(PENDING_RELATIONS), [personId]),
      coLeaders: await sql.rows(listStatement(PENDING_CO_LEADERS), [personId]),
    }));
    return { expected, actual: await createAppTransactionRunner(db.prisma).transaction((tx) => tx.inbox.pending(personId)) };
  }

  it('agrees with its three queries run on their own, in their order', async () => {
    const village = await newVillage(db.prisma);
    const [reporter, partner, other, coLeader, asking, askingToo, nobody] = await newPeople(db.prisma, 'Reporter', 'Partner', 'Other', 'Co', 'Asking', 'Asking too', null);
    const own = await newGroup(db.prisma, village, reporter, 'Arisan Melati');
    const partnerGroup = await newGroup(db.prisma, village, partner, 'Posyandu Mawar');
    const otherGroup = await newGroup(db.prisma, village, other, 'Karang Taruna');
    await addMember(db.prisma, partnerGroup, coLeader, 'coleader', 'active');
    await addMember(db.prisma, partnerGroup, asking, 'coleader', 'pending');
    await addMember(db.prisma, partnerGroup, askingToo, 'coleader', 'pending');
    await addMember(db.prisma, otherGroup, askingToo, 'coleader', 'pending');
    // Two activities each asking both partners: partner and other each have two, in creation order.
    for (const [description, at] of [['Kerja bakti', '2026-11-20T01:00:00Z'], ['Posyandu bersama', '2026-11-21T01:00:00Z']] as const) {
      await inTx(db.prisma, (tx) =>
        createActivityRepository(tx).create(
          { date: '2026-11-18', category: 'kerja_bakti', description, villageCode: village, ownGroupId: own, partnerGroupIds: [otherGroup, partnerGroup], beneficiaries: { '9': 2 }, photoRef: null },
          reporter,
          new Date(at),
        ),
      );
    }
    await inTx(db.prisma, (tx) => createRelationRepository(tx).declare(own, partnerGroup, 'shared_meetings', reporter, new Date('2026-11-20T02:00:00Z')));
    await inTx(db.prisma, (tx) => createRelationRepository(tx).declare(otherGroup, partnerGroup, 'formal_mou', other, new Date('2026-11-20T03:00:00Z')));

    const seen = [];
    for (const person of [reporter, partner, other, coLeader, asking, askingToo, nobody]) {
      const { expected, actual } = await both(person);
      expect(actual).toEqual(expected);
      seen.push(actual);
    }
    expect(await createAppTransactionRunner(db.prisma).transaction((tx) => tx.inbox.pending('not-a-uuid'))).toEqual({ participations: [], relations: [], coLeaders: [] });
    // The scene has several items of each kind for one leader (else the order would be untested).
    expect(seen.some((inbox) => inbox.participations.length >= 2 && inbox.relations.length >= 2 && inbox.coLeaders.length >= 2)).toBe(true);
  });
});
