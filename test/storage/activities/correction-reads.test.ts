/**
 * Correcting a rejected activity reads the activity once (who may correct it, and its date and
 * kind before), and the reason it clears comes back from the correction's own UPDATE: the
 * effect asked for it three times (the leader's check, the activity before, the officer's
 * reason), which went out as two statements. Withdrawing one reads it once as well (the effect
 * now keeps the check's read instead of asking again). Counted at the pg driver, through the
 * real effects.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PersonView } from '../../../src/core/ports.js';
import { EffectRegistry } from '../../../src/core/effect-registry.js';
import { subscribe, type EventDefinition } from '../../../src/core/events.js';
import { ACTIVITY_CORRECTED } from '../../../src/domain/model/events.js';
import type { GroupView } from '../../../src/domain/model/groups.js';
import { createAppTransactionRunner, type PrismaAppTx } from '../../../src/storage/app-tx.js';
import { testAssistant } from '../../support/assistant.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { effectContext } from '../../support/effect-context.js';
import { folded, statementsOf } from '../../support/pg-statements.js';
import { PONCOSARI, insertTestRegions } from '../../support/region-rows.js';

const assistant = testAssistant<PrismaAppTx>();
const effects = new EffectRegistry(assistant.effects);
const NOW = new Date('2026-11-20T03:00:00Z');

/** A read of the activity's row by its id: its summary, or its rejection reason (statements may share a round trip). */
const READS_ACTIVITY = /FROM "Activity" a LEFT JOIN "Region" v[^;]*WHERE a\."id" = \$1::uuid|SELECT "rejectionReason" AS "reason" FROM "Activity"/g;

/** How often the statements read the activity's row. */
const activityReads = (statements: readonly string[]): number => statements.join('\n').match(READS_ACTIVITY)?.length ?? 0;

describeEachDatabase('an activity corrected or withdrawn, counted at the pg driver', (kind) => {
  let db: TestDatabase;
  let leader: PersonView;
  let group: GroupView;

  /** The officer's reason each correction's event carried, for the officers' alert. */
  const reasons: Array<string | null | undefined> = [];
  const heard = subscribe<PrismaAppTx, typeof ACTIVITY_CORRECTED extends EventDefinition<infer P> ? P : never>(ACTIVITY_CORRECTED, async ({ earlierReason }) => {
    reasons.push(earlierReason);
  });
  const transactions = () => createAppTransactionRunner(db.prisma);
  const effect = (type: string, payload?: unknown) =>
    transactions().transaction((tx) =>
      effects.perform({ type, payload }, effectContext({ tx, person: leader, identityId: 'identity-1', channel: 'webchat', now: NOW }, [...assistant.subscriptions, heard])),
    );

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await insertTestRegions(db.prisma);
    const row = await db.prisma.person.create({ data: { displayName: 'Bu Ani' } });
    leader = { id: row.id, locale: 'id', displayName: 'Bu Ani', phoneE164: null };
    const created = (await effect('group.register', {
      type: 'pkk', typeOther: null, name: 'PKK Mawar', villageCode: PONCOSARI, unit: { rw: 1, rt: 2, dusun: '' }, memberCount: 20, foundedYear: null, meetingSchedule: null, ketuaName: 'Bu Ani', ketuaPhone: '+6281211112222',
    })) as { kind: string; group: GroupView };
    expect(created.kind).toBe('created');
    group = created.group;
  });
  afterAll(async () => db?.close());

  async function logActivity(description: string): Promise<string> {
    const saved = (await effect('activity.create', { date: '2026-11-15', category: 'kerja_bakti', description, ownGroupId: group.id, partnerGroupIds: [], beneficiaries: {} })) as { kind: string; id: string };
    expect(saved.kind).toBe('created');
    return saved.id;
  }

  it('reads the activity once to correct it, and still tells the officers the reason it cleared', async () => {
    const id = await logActivity('Kerja bakti selokan');
    await db.prisma.activity.update({ where: { id }, data: { verification: 'rejected', rejectionReason: 'foto tidak sesuai' } });
    const { value, sent } = await statementsOf(() =>
      effect('activity.correct', { activityId: id, date: '2026-11-16', category: 'kerja_bakti', description: 'Kerja bakti selokan RT 2', beneficiaries: {} }),
    );
    expect(value).toEqual({ kind: 'done' });
    const statements = folded(sent);
    const correcting = statements.findIndex((text) => /UPDATE "Activity" /.test(text));
    expect(correcting, statements.join('\n---\n')).toBeGreaterThan(-1);
    expect(activityReads(statements.slice(0, correcting)), statements.join('\n---\n')).toBe(1);
    expect(await db.prisma.activity.findUniqueOrThrow({ where: { id } })).toMatchObject({ verification: 'pending', rejectionReason: null, description: 'Kerja bakti selokan RT 2' });
    // The officers' alert repeats the reason the correction cleared.
    expect(reasons).toEqual(['foto tidak sesuai']);
  });

  it('reads the activity once to withdraw it', async () => {
    const id = await logActivity('Kerja bakti makam');
    const { value, sent } = await statementsOf(() => effect('activity.withdraw', { activityId: id }));
    expect(value).toEqual({ kind: 'done' });
    const statements = folded(sent);
    const withdrawing = statements.findIndex((text) => /DELETE FROM "Activity"/.test(text));
    expect(withdrawing).toBeGreaterThan(-1);
    expect(activityReads(statements.slice(0, withdrawing)), statements.join('\n---\n')).toBe(1);
  });
});
