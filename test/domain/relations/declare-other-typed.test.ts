/**
 * The other group of a tie typed in words: "sama karang taruna" was refused (only "karang
 * taruna" was read), and "sama karang taruna sama takmir" got the generic "jawaban itu belum
 * bisa saya pakai"; now the first is taken and the second is told ties go one at a time.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { declareRelationFlow } from '../../../src/domain/relations/declare-flow.js';

const env: FlowEnv = { now: new Date('2026-12-07T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const own = { id: 'pkk', name: 'PKK Dusun Glugo', villageCode: '34.02.15.2004' };
const candidates = [
  { id: 'kt', name: 'Karang Taruna Tunas Muda', villageCode: '34.02.15.2004' },
  { id: 'tk', name: 'Takmir Masjid Al Ikhlas', villageCode: '34.02.15.2004' },
];
const step = declareRelationFlow.steps.other!;
const at = (text: string) => step.on({ type: 'text', text }, { data: { own, candidates, consented: true }, env });

describe('the other group typed', () => {
  it.each([
    ['sama karang taruna', 'kt'],
    ['dengan takmir masjid', 'tk'],
    ['karang taruna', 'kt'],
    ['2', 'tk'],
  ])('%j → %s', (text, id) => {
    expect(at(text)).toMatchObject({ type: 'goto', step: 'kind', data: { other: { id } } });
  });

  it('two groups at once are told to go one at a time', () => {
    for (const text of ['sama karang taruna sama takmir', 'karang taruna dan takmir masjid', '1 dan 2']) {
      expect(at(text)).toMatchObject({ type: 'invalid', reason: { key: 'relations:oneAtATime' } });
    }
  });

  it('anything else is refused as before', () => {
    expect(at('sama posyandu')).toEqual({ type: 'invalid' });
  });
});
