/**
 * Partner groups typed by name at the activity's partner question: an RT/RW written another
 * way than in the group's name ("rw 11", "rw.11", "RW 011" for "… RW XI") finds it, a number
 * in a name is part of the name (not a list number), and two groups of different RW stay
 * apart. The step is called directly.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv, StepOutcome } from '../../../src/core/engine/flow.js';
import { logActivityFlow } from '../../../src/domain/activities/log-flow.js';

const partners = logActivityFlow.steps.partners!;
type Data = Parameters<typeof partners.prompt>[0]['data'];

const env: FlowEnv = { now: new Date('2026-11-20T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null }, canReceivePhotos: true };
const VILLAGE = '34.02.15.2004';
const data: Data = {
  own: { id: 'own', name: 'Arisan Melati', villageCode: VILLAGE },
  date: '2026-11-19',
  category: 'kerja_bakti',
  description: 'Kerja bakti',
  candidates: [
    { id: 'pkk', name: 'PKK Dusun Glugo', villageCode: VILLAGE },
    { id: 'xi', name: 'Karang Taruna Tunas Bangsa RW XI', villageCode: VILLAGE },
    { id: 'twelve', name: 'Karang Taruna Tunas Bangsa RW 12', villageCode: VILLAGE },
    { id: 'posyandu', name: 'Posyandu Melati 3', villageCode: VILLAGE },
  ],
  partners: [],
};

/** The partners chosen by typing `text`, or null when the answer was not taken. */
function typed(text: string): readonly string[] | null {
  const outcome: StepOutcome<Data> = partners.on({ type: 'text', text }, { data, env });
  return outcome.type === 'goto' ? (outcome.data?.partners ?? null) : null;
}

describe('partner groups typed by name', () => {
  it('finds "… RW XI" by its RW written in digits, with a dot, with zeros or glued', () => {
    for (const text of ['karang taruna tunas bangsa rw 11', 'Tunas Bangsa rw.11', 'tunas bangsa RW 011', 'tunas bangsa Rw11', 'Tunas Bangsa RW XI']) {
      expect(typed(text), text).toEqual(['xi']);
    }
  });

  it('takes several, an RW number staying with its name', () => {
    expect(typed('pkk sama tunas bangsa rw 11')).toEqual(['pkk', 'xi']);
    expect(typed('tunas bangsa rw 12, pkk dsn glugo')).toEqual(['twelve', 'pkk']);
    expect(typed('posyandu melati 3')).toEqual(['posyandu']);
    expect(typed('1 3')).toEqual(['pkk', 'twelve']);
  });

  it('takes none where the words fit two groups, or another RW', () => {
    expect(typed('tunas bangsa')).toBeNull();
    expect(typed('tunas bangsa rw 13')).toBeNull();
  });
});
