/**
 * "None" and "that's all" typed at the activity's partner and beneficiary questions are taken
 * as ✔️ Selesai / ⏭️ Tidak ada: "gak ada, sendiri aja" and "tidak ada" were refused at the
 * partners (only the button worked), "udah itu aja" and "gak ada, warga umum aja" at the
 * beneficiaries.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { logActivityFlow } from '../../../src/domain/activities/log-flow.js';

const { partners, beneficiaries } = logActivityFlow.steps as Required<typeof logActivityFlow.steps>;
type Data = Parameters<NonNullable<typeof partners>['prompt']>[0]['data'];

const env: FlowEnv = { now: new Date('2026-12-07T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const VILLAGE = '34.02.15.2004';
const data: Data = {
  own: { id: 'own', name: 'Posyandu Melati', villageCode: VILLAGE },
  date: '2026-12-05',
  category: 'layanan_kesehatan',
  description: 'Penimbangan balita',
  candidates: [
    { id: 'pkk', name: 'PKK Panggungharjo', villageCode: VILLAGE },
    { id: 'kt', name: 'Karang Taruna Tunas Muda', villageCode: VILLAGE },
  ],
  partners: [],
};

describe('no (more) partner typed', () => {
  it('goes on to the beneficiaries as ✔️ Selesai does, the partners as chosen', () => {
    for (const text of ['gak ada, sendiri aja', 'tidak ada', 'udah itu aja', 'ga ada mitra']) {
      expect(partners!.on({ type: 'text', text }, { data, env }), text).toEqual({ type: 'goto', step: 'beneficiaries' });
      expect(partners!.on({ type: 'text', text }, { data: { ...data, partners: ['pkk'] }, env }), text).toEqual({ type: 'goto', step: 'beneficiaries' });
    }
  });
});

describe('no (more) beneficiary typed', () => {
  it('goes on to the summary as ✔️ Selesai / ⏭️ Tidak ada do', () => {
    for (const text of ['udah itu aja', 'gak ada, warga umum aja', 'warga umum aja', 'sudah cukup']) {
      expect(beneficiaries!.on({ type: 'text', text }, { data: { ...data, beneficiaries: { 8: 3 } }, env }), text).toMatchObject({ type: 'goto', step: 'summary', data: { beneficiaries: { 8: 3 } } });
    }
  });
});

describe('toddlers at a posyandu', () => {
  it('are not counted as neglected toddlers: the person is told what counts', () => {
    const outcome = beneficiaries!.on({ type: 'text', text: '30 balita' }, { data, env });
    expect(outcome).toMatchObject({ type: 'invalid', reason: { key: 'activities:beneficiaryError.not_neglected' } });
    expect(beneficiaries!.on({ type: 'text', text: '30 balita terlantar' }, { data, env })).toMatchObject({ type: 'goto', step: 'summary', data: { beneficiaries: { 1: 30 } } });
  });
});

describe('elderly at a posyandu', () => {
  it('are not counted as neglected elderly there, but are in aid to the elderly', () => {
    expect(beneficiaries!.on({ type: 'text', text: '25 lansia' }, { data, env })).toMatchObject({ type: 'invalid', reason: { key: 'activities:beneficiaryError.not_neglected_elderly' } });
    expect(beneficiaries!.on({ type: 'text', text: '25 lansia' }, { data: { ...data, category: 'bantuan_lansia' }, env })).toMatchObject({ type: 'goto', step: 'summary', data: { beneficiaries: { 8: 25 } } });
  });
});
