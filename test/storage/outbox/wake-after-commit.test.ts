/**
 * The app's transaction runner tells its caller, after commit, how many outbox entries a
 * unit of work recorded: main.ts wakes the dispatcher only then, not after every message.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppTransactionRunner } from '../../../src/storage/app-tx.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { createPerson, textMessages } from './fixtures.js';

const NOW = new Date('2026-11-02T03:00:00Z');

describeEachDatabase('wake after commit', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it('reports recorded entries after commit, none for a repeat, and nothing for a rollback', async () => {
    const seen: number[] = [];
    const runner = createAppTransactionRunner(db.prisma, () => NOW, (tx) => seen.push(tx.dueAlerts));
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram' }] });
    const entry = { personId: person.personId, kind: 'x', messages: textMessages('x'), dedupeKey: `wake:${randomUUID()}` };

    await runner.transaction(async (tx) => {
      await tx.outbox.enqueue(entry, NOW);
    });
    await runner.transaction(async (tx) => {
      await tx.outbox.enqueue(entry, NOW); // same dedupe key: nothing new
    });
    await runner.transaction(async () => undefined);
    await expect(
      runner.transaction(async (tx) => {
        await tx.outbox.enqueue({ ...entry, dedupeKey: `wake:${randomUUID()}` }, NOW);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');

    expect(seen).toEqual([1, 0, 0]);
  });

  it("does not count a leader's notice recorded in the leaders' night (due at 06:00 WIB: a claim now would find nothing)", async () => {
    const seen: number[] = [];
    const night = new Date('2026-11-02T16:30:00Z'); // 23:30 WIB
    const runner = createAppTransactionRunner(db.prisma, () => night, (tx) => seen.push(tx.dueAlerts));
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram' }] });
    const notice = () => ({ personId: person.personId, kind: 'leader.verdict', messages: textMessages('x'), dedupeKey: `wake:${randomUUID()}` });
    await runner.transaction(async (tx) => {
      await tx.outbox.enqueue(notice(), night);
      await tx.outbox.enqueueAll([notice(), notice()], night);
    });
    await runner.transaction(async (tx) => {
      await tx.outbox.enqueueAll([notice(), { ...notice(), kind: 'group.registered' }], night);
    });
    expect(seen).toEqual([0, 2]);
  });
});
