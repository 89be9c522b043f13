/**
 * "dua2nya", "dua-duanya", "semuanya" at a tie's "which group?" question: refused with "Yang saya
 * perlukan: salah satu kelompok…". A tie is recorded one at a time: the first is taken, said so,
 * and once it is recorded the next is offered with the same kind (✅ Catat, another kind, or done).
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { declareRelationFlow } from '../../../src/domain/relations/declare-flow.js';

const env: FlowEnv = { now: new Date('2026-12-07T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const village = '34.02.15.2004';
const own = { id: 'pkk', name: 'PKK Dusun Glugo', villageCode: village };
const kt = { id: 'kt', name: 'Karang Taruna Tunas Muda', villageCode: village };
const tk = { id: 'tk', name: 'Takmir Masjid Al Ikhlas', villageCode: village };
const steps = declareRelationFlow.steps;
const text = (value: string) => ({ type: 'text' as const, text: value });

describe('both groups typed at a tie\'s group question', () => {
  it.each(['dua2nya', 'dua-duanya', 'keduanya', 'semuanya'])('%j at the other group: the first taken, the second kept for after', (typed) => {
    const outcome = steps.other!.on(text(typed), { data: { own, candidates: [kt, tk], consented: true }, env });
    expect(outcome).toMatchObject({ type: 'goto', step: 'kind', data: { other: { id: 'kt' }, queued: { side: 'other', groups: [{ id: 'tk' }] } } });
    expect(JSON.stringify(outcome)).toContain('relations:oneAtATimeTaken');
  });

  it('"dua2nya" with more than two groups listed says which two is unclear: one at a time', () => {
    const outcome = steps.other!.on(text('dua2nya'), { data: { own, candidates: [kt, tk, { ...kt, id: 'x', name: 'Posyandu Melati' }], consented: true }, env });
    expect(outcome).toMatchObject({ type: 'invalid', reason: { key: 'relations:oneAtATime' } });
  });

  it('"dua-duanya" at the person\'s own groups: the first is theirs now, the second offered after', () => {
    const second = { id: 'ar', name: 'Arisan Melati', villageCode: village };
    const outcome = steps.own!.on(text('dua-duanya'), { data: { groups: [own, second], consented: true }, env });
    expect(outcome).toMatchObject({ type: 'goto', step: 'other', data: { own: { id: 'pkk' }, queued: { side: 'own', groups: [{ id: 'ar' }] } } });
  });

  it('offers the next tie once the first is recorded, and records it with one tap', () => {
    const data = { own, other: kt, kind: 'shared_meetings' as const, queued: { side: 'other' as const, groups: [tk] }, consented: true };
    const created = { type: 'effect-result' as const, effect: 'relation.declare', value: { kind: 'created', otherName: kt.name } };
    const recorded = steps.confirm!.on(created, { data, env });
    expect(recorded).toMatchObject({ type: 'goto', step: 'next', data: { own: { id: 'pkk' }, other: { id: 'tk' }, kind: 'shared_meetings' } });
    expect(JSON.stringify(recorded)).toContain('relations:declared');
    const next = recorded.type === 'goto' ? recorded.data! : data;
    expect(steps.next!.on({ type: 'button', id: 'save' }, { data: next, env })).toMatchObject({ type: 'stay', effects: [{ type: 'relation.declare', payload: { fromGroupId: 'pkk', toGroupId: 'tk' } }] });
    expect(steps.next!.on({ type: 'button', id: 'next:finish' }, { data: next, env })).toMatchObject({ type: 'done', menu: true });
    expect(steps.next!.on({ type: 'button', id: 'next:kind' }, { data: next, env })).toMatchObject({ type: 'goto', step: 'kind' });
  });
});

describe('a queued tie that cannot be recorded', () => {
  it('says which tie was refused and goes on to the groups still waiting', () => {
    const ar = { id: 'ar', name: 'Arisan Melati', villageCode: village };
    const data = { own, other: kt, kind: 'shared_meetings' as const, queued: { side: 'other' as const, groups: [tk, ar] }, consented: true };
    const forbidden = { type: 'effect-result' as const, effect: 'relation.declare', value: { kind: 'forbidden' } };
    const outcome = steps.next!.on(forbidden, { data, env });
    expect(outcome).toMatchObject({ type: 'goto', step: 'next', data: { own: { id: 'pkk' }, other: { id: 'tk' }, queued: { groups: [{ id: 'ar' }] } } });
    expect(JSON.stringify(outcome)).toContain('relations:forbiddenOne');
    expect(JSON.stringify(outcome)).toContain(kt.name);
  });

  it('ends with the refusal when no group is left waiting', () => {
    const data = { own, other: kt, kind: 'shared_meetings' as const, queued: { side: 'other' as const, groups: [] }, consented: true };
    const forbidden = { type: 'effect-result' as const, effect: 'relation.declare', value: { kind: 'forbidden' } };
    expect(steps.next!.on(forbidden, { data, env })).toMatchObject({ type: 'done', say: [{ body: [{ key: 'relations:forbidden' }] }], menu: true });
  });
});
