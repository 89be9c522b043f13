/**
 * A leader can change, log for, relate and confirm only for their own groups: the effect
 * handlers re-check on every use, whatever a (forged or stale) button or payload says.
 * Runs the real handlers on real databases.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PersonView } from '../../../src/core/ports.js';
import { inboxItemKey, loadInbox } from '../../../src/domain/confirmations/inbox.js';
import type { GroupView } from '../../../src/domain/model/groups.js';
import { createAppTransactionRunner, type PrismaAppTx } from '../../../src/storage/app-tx.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { PONCOSARI, insertTestRegions } from '../../support/region-rows.js';
import { EffectRegistry } from '../../../src/core/effect-registry.js';
import { testAssistant } from '../../support/assistant.js';
import { effectContext } from '../../support/effect-context.js';

const assistant = testAssistant<PrismaAppTx>();
const effects = new EffectRegistry(assistant.effects);
const NOW = new Date('2026-11-20T03:00:00Z');
const VILLAGE = PONCOSARI;

describeEachDatabase('leaders act only for their own groups', (kind) => {
  let db: TestDatabase;
  let alice: PersonView;
  let bob: PersonView;
  let alicesGroup: GroupView;
  let bobsGroup: GroupView;

  /** Runs an effect as a person, in one transaction, like the runner does. */
  async function effect(person: PersonView, type: string, payload: unknown): Promise<unknown> {
    const transactions = createAppTransactionRunner(db.prisma);
    return transactions.transaction((tx) => effects.perform({ type, payload }, effectContext({ tx, person, identityId: 'identity-1', channel: 'webchat', now: NOW }, assistant.subscriptions)));
  }

  async function person(name: string): Promise<PersonView> {
    const row = await db.prisma.person.create({ data: { displayName: name } });
    return { id: row.id, locale: 'id', displayName: name, phoneE164: null };
  }

  async function group(leader: PersonView, name: string, type: 'pkk' | 'arisan'): Promise<GroupView> {
    const result = (await effect(leader, 'group.register', {
      type,
      typeOther: null,
      name,
      villageCode: VILLAGE,
      unit: { rw: 1, rt: 2, dusun: '' },
      memberCount: 20,
      foundedYear: null,
      meetingSchedule: null,
      ketuaName: leader.displayName,
      ketuaPhone: null,
    })) as { kind: string; group: GroupView };
    expect(result.kind).toBe('created');
    return result.group;
  }

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await insertTestRegions(db.prisma);
    alice = await person('Alice');
    bob = await person('Bob');
    alicesGroup = await group(alice, 'PKK Melati', 'pkk');
    bobsGroup = await group(bob, 'Arisan Mawar', 'arisan');
  });
  afterAll(async () => db?.close());

  it('refuses to edit or deactivate another leader\'s group', async () => {
    expect(await effect(bob, 'group.update', { groupId: alicesGroup.id, changes: { name: 'Hijacked' } })).toEqual({ kind: 'forbidden' });
    expect(await effect(bob, 'group.deactivate', { groupId: alicesGroup.id })).toEqual({ kind: 'forbidden' });
    const row = await db.prisma.group.findUniqueOrThrow({ where: { id: alicesGroup.id } });
    expect(row).toMatchObject({ name: 'PKK Melati', active: true });
  });

  it('lets the leader edit their own group', async () => {
    const result = (await effect(alice, 'group.update', { groupId: alicesGroup.id, changes: { memberCount: 33 } })) as { kind: string };
    expect(result.kind).toBe('ok');
  });

  it('refuses to log an activity for another leader\'s group', async () => {
    const result = await effect(bob, 'activity.create', {
      date: '2026-11-19',
      category: 'kerja_bakti',
      description: 'Kerja bakti',
      ownGroupId: alicesGroup.id,
      partnerGroupIds: [bobsGroup.id],
      beneficiaries: {},
      photoRef: null,
    });
    expect(result).toEqual({ kind: 'forbidden' });
    expect(await db.prisma.activity.count()).toBe(0);
  });

  it('refuses to declare a relation on behalf of another leader\'s group', async () => {
    const result = await effect(bob, 'relation.declare', { fromGroupId: alicesGroup.id, toGroupId: bobsGroup.id, kind: 'shared_fund' });
    expect(result).toEqual({ kind: 'forbidden' });
  });

  it('lets only the addressed leader confirm, whatever key is sent', async () => {
    await effect(alice, 'relation.declare', { fromGroupId: alicesGroup.id, toGroupId: bobsGroup.id, kind: 'shared_meetings' });
    const transactions = createAppTransactionRunner(db.prisma);
    const [item] = await transactions.transaction((tx) => loadInbox(tx, bob.id));
    expect(item?.kind).toBe('relation');
    const key = inboxItemKey(item!);

    // Alice declared it; she cannot confirm it for Bob's group.
    const byAlice = (await effect(alice, 'inbox.decide', { key, accept: true })) as { outcome: string };
    expect(byAlice.outcome).toBe('gone');
    expect(await db.prisma.groupRelation.findFirst({ where: { status: 'confirmed' } })).toBeNull();

    const byBob = (await effect(bob, 'inbox.decide', { key, accept: true })) as { outcome: string };
    expect(byBob.outcome).toBe('recorded');
    expect(await db.prisma.groupRelation.count({ where: { status: 'confirmed' } })).toBe(1);
  });
});
