/**
 * The menu's one-statement facts give the answers of the look-ups they stand for: the
 * groups a person leads, their inbox (participations, relations, co-leader requests to
 * answer) and whether they are an active officer.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadInbox } from '../../../src/domain/confirmations/inbox.js';
import { createAppTransactionRunner } from '../../../src/storage/app-tx.js';
import { createActivityRepository } from '../../../src/storage/activities/activity-repository.js';
import { createRelationRepository } from '../../../src/storage/relations/relation-repository.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { addMember, inTx, newGroup, newPeople, newVillage } from '../groups/fixtures.js';

describeEachDatabase('MenuFacts', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  /** What the separate look-ups say, and what the one statement says, for `personId`. */
  async function both(personId: string) {
    return createAppTransactionRunner(db.prisma).transaction(async (tx) => {
      const [groups, inbox, officer] = await Promise.all([tx.groups.listLedBy(personId), loadInbox(tx, personId), tx.officers.byPerson(personId)]);
      return { expected: { leads: groups.length > 0, inbox: inbox.length, officer: officer !== null }, actual: await tx.menuFacts.standing(personId) };
    });
  }

  it('agrees with the look-ups for leaders with every kind of inbox item, co-leaders, pending and removed members, officers and nobodies', async () => {
    const village = await newVillage(db.prisma);
    const [reporter, partner, other, coLeader, pendingCo, removedCo, officer, nobody, disabledLeader] = await newPeople(
      db.prisma,
      'Reporter',
      'Partner',
      'Other',
      'Co',
      'Pending co',
      'Removed co',
      'Officer',
      null,
      'Disabled',
    );
    const own = await newGroup(db.prisma, village, reporter, 'Arisan Melati');
    const partnerGroup = await newGroup(db.prisma, village, partner, 'Posyandu Mawar');
    const otherGroup = await newGroup(db.prisma, village, other, 'Karang Taruna');
    const disabled = await newGroup(db.prisma, village, disabledLeader, 'Kelompok Lama');
    await db.prisma.group.update({ where: { id: disabled }, data: { active: false } });
    await addMember(db.prisma, partnerGroup, coLeader, 'coleader', 'active');
    await addMember(db.prisma, partnerGroup, pendingCo, 'coleader', 'pending');
    await addMember(db.prisma, otherGroup, removedCo, 'coleader', 'removed');
    await addMember(db.prisma, disabled, pendingCo, 'coleader', 'pending'); // a disabled group asks nobody
    await inTx(db.prisma, (tx) =>
      createActivityRepository(tx).create(
        {
          date: '2026-11-28',
          category: 'kerja_bakti',
          description: 'Kerja bakti',
          villageCode: village,
          ownGroupId: own,
          partnerGroupIds: [partnerGroup, otherGroup],
          beneficiaries: { '9': 2 },
          photoRef: null,
        },
        reporter,
        new Date(),
      ),
    );
    await inTx(db.prisma, (tx) => createRelationRepository(tx).declare(own, partnerGroup, 'shared_meetings', reporter, new Date()));
    await inTx(db.prisma, (tx) => createRelationRepository(tx).declare(otherGroup, own, 'formal_mou', other, new Date()));
    await db.prisma.officer.create({ data: { personId: officer, kind: 'tksk' } });

    const seen = [];
    for (const person of [reporter, partner, other, coLeader, pendingCo, removedCo, officer, nobody, disabledLeader]) {
      const { expected, actual } = await both(person);
      expect(actual).toEqual(expected);
      seen.push(actual);
    }
    // The scene has every case the statement counts (else agreeing would prove little).
    expect(seen.some((facts) => facts.inbox >= 3)).toBe(true);
    expect(seen.some((facts) => facts.officer)).toBe(true);
    expect(seen.some((facts) => !facts.leads && facts.inbox === 0 && !facts.officer)).toBe(true);
  });
});
