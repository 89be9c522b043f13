/**
 * The kind of a tie corrected at its confirmation ("eh bukan, jenisnya kas bersama"): changed
 * there and asked to confirm again (was "jawaban itu belum bisa saya pakai", the only way being
 * ↩️ Kembali).
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv, StepContext } from '../../../src/core/engine/flow.js';
import { declareRelationFlow } from '../../../src/domain/relations/declare-flow.js';

const env: FlowEnv = { now: new Date('2026-12-07T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const confirm = declareRelationFlow.steps.confirm!;
type Data = StepContext<Parameters<typeof confirm.prompt>[0]['data']>['data'];
const data = { consented: true, own: { id: 'g1', name: 'Posyandu Mawar' }, other: { id: 'g2', name: 'Karang Taruna' }, kind: 'shared_meetings' } as unknown as Data;
const at = (text: string) => confirm.on({ type: 'text', text }, { data, env });

describe('a kind typed at the confirmation', () => {
  it.each([
    ['eh bukan, jenisnya kas bersama', 'shared_fund'],
    ['bukan rapat tapi kas bersama', 'shared_fund'],
    ['kas bersama, bukan rapat', 'shared_fund'],
    ['harusnya sk desa', 'formal_sk'],
  ])('%s changes it and asks again', (text, kind) => {
    expect(at(text)).toMatchObject({ type: 'stay', data: { kind }, reprompt: true });
  });

  it('leaves other messages as they were read', () => {
    expect(at('nanti dulu').type).toBe('invalid');
    expect(at('apa itu sk desa?').type).toBe('invalid');
    expect(at('catat')).toMatchObject({ type: 'stay', effects: [{ type: 'relation.declare' }] });
  });
});
