import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPeopleRepository } from '../../../src/storage/people/people-repository.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { inTx, newPerson } from './fixtures.js';

describeEachDatabase('PeopleRepository', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  const contact = (personId: string) =>
    db.prisma.person.findUniqueOrThrow({ where: { id: personId }, select: { displayName: true, phoneE164: true } });

  it('sets the name and phone; a null phone keeps the one on record', async () => {
    const person = await newPerson(db.prisma, null);
    await inTx(db.prisma, (tx) => createPeopleRepository(tx).setContact(person, 'Bu Sri', '+6281234567890'));
    expect(await contact(person)).toEqual({ displayName: 'Bu Sri', phoneE164: '+6281234567890' });

    await inTx(db.prisma, (tx) => createPeopleRepository(tx).setContact(person, 'Ibu Sri Wahyuni', null));
    expect(await contact(person)).toEqual({ displayName: 'Ibu Sri Wahyuni', phoneE164: '+6281234567890' });

    await inTx(db.prisma, (tx) => createPeopleRepository(tx).setContact(person, 'Ibu Sri Wahyuni', '+6285700000001'));
    expect(await contact(person)).toEqual({ displayName: 'Ibu Sri Wahyuni', phoneE164: '+6285700000001' });
  });
});
