/**
 * An answer in the inbox returns what is left to answer: exactly what reading the inbox
 * after it shows, whether the answer's effect derives it from the list it read before or
 * reads it again (another group's request for the same activity, whose reporting group a
 * confirmation can change). Runs the real handlers on real databases.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PersonView } from '../../../src/core/ports.js';
import { EffectRegistry } from '../../../src/core/effect-registry.js';
import type { DecideResult } from '../../../src/domain/confirmations/effects.js';
import { inboxItemKey, loadInbox, type InboxItem } from '../../../src/domain/confirmations/inbox.js';
import type { GroupView } from '../../../src/domain/model/groups.js';
import { createAppTransactionRunner, type PrismaAppTx } from '../../../src/storage/app-tx.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { testAssistant } from '../../support/assistant.js';
import { effectContext } from '../../support/effect-context.js';
import { PONCOSARI, insertTestRegions } from '../../support/region-rows.js';

const assistant = testAssistant<PrismaAppTx>();
const effects = new EffectRegistry(assistant.effects);
/** Every effect runs at this instant: a confirmation ties with the reporter's own. */
const NOW = new Date('2026-11-20T03:00:00Z');

/** Whether a value is a decide result (the registry returns unknown). */
function isDecideResult(value: unknown): value is DecideResult {
  return typeof value === 'object' && value !== null && 'outcome' in value && 'items' in value;
}

describeEachDatabase('what is left after an inbox answer', (kind) => {
  let db: TestDatabase;

  async function effect(person: PersonView, type: string, payload: unknown): Promise<unknown> {
    return createAppTransactionRunner(db.prisma).transaction((tx) =>
      effects.perform({ type, payload }, effectContext({ tx, person, identityId: 'identity-1', channel: 'webchat', now: NOW }, assistant.subscriptions)),
    );
  }

  async function decide(person: PersonView, item: InboxItem, accept: boolean): Promise<DecideResult> {
    const result = await effect(person, 'inbox.decide', { key: inboxItemKey(item), accept });
    if (!isDecideResult(result)) throw new Error('inbox.decide: not a decide result');
    return result;
  }

  const inbox = (person: PersonView): Promise<InboxItem[]> => createAppTransactionRunner(db.prisma).transaction((tx) => loadInbox(tx, person.id));

  async function person(name: string): Promise<PersonView> {
    const row = await db.prisma.person.create({ data: { displayName: name } });
    return { id: row.id, locale: 'id', displayName: name, phoneE164: null };
  }

  async function group(leader: PersonView, name: string): Promise<GroupView> {
    const result = await effect(leader, 'group.register', {
      type: 'arisan', typeOther: null, name, villageCode: PONCOSARI, unit: { rw: 1, rt: 2, dusun: '' }, memberCount: 20, foundedYear: null, meetingSchedule: null, ketuaName: leader.displayName, ketuaPhone: null,
    });
    if (typeof result !== 'object' || result === null || !('group' in result)) throw new Error('group.register: no group');
    return result.group as GroupView; // the register effect's result carries the new group's view
  }

  async function logActivity(reporter: PersonView, own: GroupView, partners: readonly GroupView[], description: string): Promise<void> {
    const result = await effect(reporter, 'activity.create', {
      date: '2026-11-19', category: 'kerja_bakti', description, ownGroupId: own.id, partnerGroupIds: partners.map((partner) => partner.id), beneficiaries: {},
    });
    expect(result).toMatchObject({ kind: 'created' });
  }

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await insertTestRegions(db.prisma);
  });
  afterAll(async () => db?.close());

  it('leaves the other items, as the inbox shows them, after a confirmation, a decline and a relation answer', async () => {
    const alice = await person('Alice');
    const bob = await person('Bob');
    const alices = await group(alice, 'PKK Dahlia');
    const bobs = await group(bob, 'Arisan Kenanga');
    await logActivity(alice, alices, [bobs], 'Kerja bakti pertama');
    await logActivity(alice, alices, [bobs], 'Kerja bakti kedua');
    await effect(alice, 'relation.declare', { fromGroupId: alices.id, toGroupId: bobs.id, kind: 'shared_meetings' });
    const before = await inbox(bob);
    expect(before.map((item) => item.kind)).toEqual(['participation', 'participation', 'relation']);

    const first = await decide(bob, before[0]!, true);
    expect(first.outcome).toBe('recorded');
    expect(first.items).toEqual(await inbox(bob));
    expect(first.items).toEqual(before.slice(1));
    const second = await decide(bob, before[1]!, false);
    expect(second.items).toEqual(await inbox(bob));
    const last = await decide(bob, before[2]!, true);
    expect(last).toEqual({ outcome: 'recorded', items: [] });
    // An answer to an item no longer there writes nothing and shows what is left.
    expect(await decide(bob, before[0]!, true)).toEqual({ outcome: 'gone', items: [] });
  });

  it('shows the reporting group a confirmation made, for another request of the same activity', async () => {
    const carla = await person('Carla');
    const groups = [await group(carla, 'Arisan Satu'), await group(carla, 'Arisan Dua'), await group(carla, 'Arisan Tiga')];
    // The reporting group is the one with the largest id: a partner confirming at the same
    // instant ties with it and, its id being smaller, becomes the reporting group.
    const sorted = [...groups].sort((a, b) => (a.id < b.id ? -1 : 1));
    const own = sorted[2]!;
    await logActivity(carla, own, sorted.slice(0, 2), 'Kerja bakti bersama');
    const before = await inbox(carla);
    expect(before.map((item) => item.kind === 'participation' && item.reportedByGroup)).toEqual([own.name, own.name]);

    // Either partner's id is smaller than the reporting group's: the one answering becomes it.
    const first = before[0]!;
    const answered = await decide(carla, first, true);
    expect(answered.outcome).toBe('recorded');
    expect(answered.items).toEqual(await inbox(carla));
    expect(answered.items).toMatchObject([{ reportedByGroup: first.kind === 'participation' ? first.groupName : '' }]);
  });
});
