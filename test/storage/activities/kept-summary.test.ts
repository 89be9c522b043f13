/**
 * Saving an activity, or answering for a partner, returns its summary from the statement:
 * the same transaction's first summary of it needs no statement, and is what a read returns;
 * a write to the activity or to a group in between makes it read again.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NewActivity } from '../../../src/domain/model/activities.js';
import { createActivityRepository } from '../../../src/storage/activities/activity-repository.js';
import { createAppTransactionRunner } from '../../../src/storage/app-tx.js';
import type { PrismaTx } from '../../../src/storage/transaction-runner.js';
import { prismaSql, type Sql } from '../../../src/storage/unit-of-work/sql.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { inTx, newGroup, newPeople, newVillage, norm } from '../groups/fixtures.js';

describeEachDatabase('the summary of an activity saved or answered for in the same transaction', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  async function scene() {
    const village = await newVillage(db.prisma, 'Timbulharjo');
    const [reporter, partnerLeader, otherLeader] = await newPeople(db.prisma, 'Reporter', 'Partner', 'Other');
    const own = await newGroup(db.prisma, village, reporter, 'Arisan Melati');
    const partner = await newGroup(db.prisma, village, partnerLeader, 'Posyandu Mawar');
    const other = await newGroup(db.prisma, village, otherLeader, 'Karang Taruna');
    return { village, reporter, partnerLeader, own, partner, other };
  }

  function activity(village: string, own: string, partners: string[]): NewActivity {
    return {
      date: '2026-11-28', category: 'kerja_bakti', description: 'Kerja bakti', villageCode: village, ownGroupId: own, partnerGroupIds: partners, beneficiaries: { '9': 12 }, photoRef: null,
    };
  }

  /** Plain SQL on `tx` that counts the summary reads. */
  function counting(tx: PrismaTx): { sql: Sql; summaries: () => number } {
    const inner = prismaSql(tx);
    let summaries = 0;
    const note = (text: string): void => {
      // A summary read on its own (saving and answering are WITH statements).
      if (/^\s*SELECT/.test(text) && text.includes('FROM "Activity" a')) summaries += 1;
    };
    return {
      sql: { rows: (text, values) => (note(text), inner.rows(text, values)), lastRows: (text, values) => (note(text), inner.lastRows(text, values)), write: (text, values) => (note(text), inner.write(text, values)) },
      summaries: () => summaries,
    };
  }

  it('is the insert\'s, the same as a read, with no statement of its own', async () => {
    const s = await scene();
    const now = new Date('2026-11-29T08:00:00.000Z');
    const { id, kept, reads } = await inTx(db.prisma, async (tx) => {
      const { sql, summaries } = counting(tx);
      const repo = createActivityRepository(tx, sql);
      const made = await repo.create(activity(s.village, s.own, [s.partner, s.other, s.partner]), s.reporter, now);
      return { id: made.id, kept: await repo.summary(made.id), reads: summaries() };
    });
    expect(reads).toBe(0);
    const read = await inTx(db.prisma, (tx) => createActivityRepository(tx).summary(id));
    expect(kept).toEqual(read);
    expect(kept).toEqual({
      id, date: '2026-11-28', category: 'kerja_bakti', description: 'Kerja bakti', villageCode: s.village, villageName: 'Timbulharjo',
      districtName: expect.any(String), regencyName: expect.any(String), verification: 'pending',
      reportingGroup: { id: s.own, name: 'Arisan Melati' }, partnerNames: ['Karang Taruna', 'Posyandu Mawar'],
      partners: [{ groupId: s.other, name: 'Karang Taruna', confirmed: false }, { groupId: s.partner, name: 'Posyandu Mawar', confirmed: false }],
      beneficiaries: { '9': 12 },
    });
  });

  it('is the answer\'s after a confirmation or a decline, the same as a read, with no statement of its own', async () => {
    const s = await scene();
    const at = new Date('2026-11-29T08:00:00.000Z');
    // Saved and confirmed at the same instant: the partner with the smaller id becomes the
    // reporting group (the rule's tie), so the answer's summary must see its own update.
    const [first, second] = [s.own, s.partner].sort();
    const answered = async (confirm: boolean) => {
      const { id } = await inTx(db.prisma, (tx) => createActivityRepository(tx).create(activity(s.village, second!, [first!, s.other]), s.reporter, at));
      const leaderOfFirst = first === s.own ? s.reporter : s.partnerLeader;
      const { kept, reads } = await inTx(db.prisma, async (tx) => {
        const { sql, summaries } = counting(tx);
        const repo = createActivityRepository(tx, sql);
        expect(await repo.decideParticipation(id, first!, confirm, leaderOfFirst, at)).toBe(true);
        return { kept: await repo.summary(id), reads: summaries() };
      });
      expect(reads).toBe(0);
      expect(kept).toEqual(await inTx(db.prisma, (tx) => createActivityRepository(tx).summary(id)));
      return kept;
    };
    const confirmed = await answered(true);
    expect(confirmed?.reportingGroup?.id).toBe(first);
    // The answer's summary carries what an officer decides on: the partner's state and the counts.
    expect(confirmed?.beneficiaries).toEqual({ '9': 12 });
    expect(confirmed?.partners).toHaveLength(2);
    // The group the activity was saved for is now a partner (the tie), confirmed by its reporter at saving: said so.
    expect(confirmed?.partners).toEqual(
      expect.arrayContaining([{ groupId: s.other, name: 'Karang Taruna', confirmed: false }, { groupId: second, name: expect.any(String), confirmed: true, byReporter: true }]),
    );
    expect((await answered(false))?.reportingGroup?.id).toBe(second);
  });

  it('says which partner the reporter confirmed themself (leading both groups), in the answer\'s summary as in a read', async () => {
    const s = await scene();
    const at = new Date('2026-11-29T09:00:00.000Z');
    // The reporter leads the partner group too.
    await db.prisma.groupLeader.create({ data: { groupId: s.partner, personId: s.reporter, role: 'coleader', status: 'active' } });
    const { id } = await inTx(db.prisma, (tx) => createActivityRepository(tx).create(activity(s.village, s.own, [s.partner, s.other]), s.reporter, at));
    const later = new Date(at.getTime() + 60_000);
    const kept = await inTx(db.prisma, async (tx) => {
      const repo = createActivityRepository(tx);
      expect(await repo.decideParticipation(id, s.partner, true, s.reporter, later)).toBe(true);
      return repo.summary(id);
    });
    expect(kept).toEqual(await inTx(db.prisma, (tx) => createActivityRepository(tx).summary(id)));
    expect(kept?.partners).toEqual([
      { groupId: s.other, name: 'Karang Taruna', confirmed: false },
      { groupId: s.partner, name: 'Posyandu Mawar', confirmed: true, byReporter: true },
    ]);
    // Confirmed by its own leader: no mark.
    const other = await db.prisma.groupLeader.findFirstOrThrow({ where: { groupId: s.other } });
    await inTx(db.prisma, (tx) => createActivityRepository(tx).decideParticipation(id, s.other, true, other.personId, later));
    expect((await inTx(db.prisma, (tx) => createActivityRepository(tx).summary(id)))?.partners[0]).toEqual({ groupId: s.other, name: 'Karang Taruna', confirmed: true });
  });

  it('is read again after a verdict or a correction of the activity in the same transaction', async () => {
    const s = await scene();
    const at = new Date('2026-11-30T00:00:00.000Z');
    await inTx(db.prisma, async (tx) => {
      const repo = createActivityRepository(tx);
      const declined = await repo.create(activity(s.village, s.own, [s.partner, s.other]), s.reporter, at);
      expect(await repo.decideParticipation(declined.id, s.partner, false, s.partnerLeader, at)).toBe(true);
      expect((await repo.summary(declined.id))?.partnerNames).toEqual(['Karang Taruna']);

      const verified = await repo.create(activity(s.village, s.own, []), s.reporter, at);
      expect(await repo.setVerification(verified.id, 'rejected', null, 'salah', at)).toBe(true);
      expect((await repo.summary(verified.id))?.verification).toBe('rejected');
      expect(await repo.correct(verified.id, { date: '2026-11-14', category: 'bedah_rumah', description: 'Bedah rumah', beneficiaries: {} }, at)).toEqual({ earlierReason: 'salah' });
      expect(await repo.summary(verified.id)).toMatchObject({ date: '2026-11-14', category: 'bedah_rumah', verification: 'pending' });
    });
  });

  it('is read again after a group was renamed in the same transaction', async () => {
    const s = await scene();
    await createAppTransactionRunner(db.prisma).transaction(async (tx) => {
      const made = await tx.activities.create(activity(s.village, s.own, [s.partner]), s.reporter, new Date());
      await tx.groups.update(s.partner, { name: 'Posyandu Melati' }, norm('Posyandu Melati'), new Date());
      expect((await tx.activities.summary(made.id))?.partnerNames).toEqual(['Posyandu Melati']);
    });
  });
});
