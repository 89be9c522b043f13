/**
 * Leaders correcting the activity as they go: a date typed at the summary ("tanggalnya jumat
 * kemarin", "eh tanggalnya salah harusnya jumat") changes it there (it was "jawaban itu belum
 * bisa saya pakai", the only way being ↩️ Kembali through every step); partners typed keep
 * their marks when `kembali` returns to the partner question (they came back unmarked and
 * were dropped); "pkk juga" there adds PKK to those chosen (it replaced them).
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv, StepContext, StepInput } from '../../../src/core/engine/flow.js';
import type { EngineState } from '../../../src/core/engine/state.js';
import { LOG_ACTIVITY_FLOW_ID, logActivityFlow } from '../../../src/domain/activities/log-flow.js';
import { LIST_VILLAGE_GROUPS } from '../../../src/domain/groups/effects.js';
import type { GroupView } from '../../../src/domain/model/groups.js';
import { assistantEngine, standingAt, testAssistant } from '../../support/assistant.js';

/** Monday 7 December 2026, 10:00 in Jakarta: "jumat kemarin" is 4 December. */
const NOW = '2026-12-07T03:00:00.000Z';
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null }, canReceivePhotos: false };
const summary = logActivityFlow.steps.summary!;
type Data = StepContext<Parameters<typeof summary.prompt>[0]['data']>['data'];
const VILLAGE = '34.02.15.2004';
const own = { id: 'own', name: 'Karang Taruna Tunas Muda', villageCode: VILLAGE };
const data = { own, consented: true, date: '2026-12-05', category: 'kerja_bakti', description: 'Kerja bakti bersih selokan', partners: [], beneficiaries: {} } as Data;

function at(text: string, extra: Partial<Data> = {}) {
  return summary.on({ type: 'text', text }, { data: { ...data, ...extra }, env });
}

describe('a date typed at the summary', () => {
  it.each([
    ['tanggalnya jumat kemarin', '2026-12-04'],
    ['eh tanggalnya salah harusnya jumat', '2026-12-04'],
    ['tgl nya salah, harusnya tgl 3', '2026-12-03'],
    ['bukan tgl 5 tapi tgl 4', '2026-12-04'],
    ['the date is wrong, it was friday', '2026-12-04'],
  ])('%s changes the date and shows the summary again', (text, date) => {
    const outcome = at(text);
    expect(outcome).toMatchObject({ type: 'stay', data: { date }, reprompt: true });
  });

  it('also while a rejected activity is corrected', () => {
    expect(at('tanggalnya jumat kemarin', { correcting: 'a1' })).toMatchObject({ type: 'stay', data: { date: '2026-12-04', correcting: 'a1' } });
  });

  it('says why a date still ahead cannot be logged, and keeps the one recorded', () => {
    const outcome = at('tanggalnya besok');
    expect(outcome.type).toBe('stay');
    expect((outcome as { data?: unknown }).data).toBeUndefined();
  });

  it('asks the date when only a change is asked for, and comes back to the summary', () => {
    expect(at('ubah tanggal')).toMatchObject({ type: 'goto', step: 'date', data: { dateOnly: true } });
    const date = logActivityFlow.steps.date!.on({ type: 'text', text: 'kemarin' }, { data: { ...data, dateOnly: true }, env });
    expect(date).toMatchObject({ type: 'goto', step: 'summary', data: { date: '2026-12-06' } });
    expect((date as { data: Data }).data.dateOnly).toBeUndefined();
  });

  it('leaves other messages as they were read', () => {
    expect(at('tanggalnya udah bener').type).toBe('invalid');
    expect(at('nanti saya kabari lagi').type).toBe('invalid');
    // A wish to change something else, the date said right: not the date question.
    expect(at('tanggal udah bener, tapi jumlah lansia salah')).not.toMatchObject({ type: 'goto', step: 'date' });
  });
});

const assistant = testAssistant();
const engine = assistantEngine(assistant);

function group(id: string, name: string, type: GroupView['type']): GroupView {
  return { id, name, type, villageCode: VILLAGE } as GroupView;
}
const groups = [group('pkk', 'PKK Dusun Glugo', 'pkk'), group('tk', 'Takmir Masjid Al Ikhlas', 'other')];

function send(state: EngineState, input: StepInput) {
  return engine.step(state, input, env);
}

function atPartners() {
  const start = standingAt(assistant, LOG_ACTIVITY_FLOW_ID, 'description', { own, consented: true, date: '2026-12-03', category: 'kerja_bakti' }, NOW);
  const described = send(start, { type: 'text', text: 'kerja bakti bersih2 selokan sepanjang jalan dusun' });
  return send(described.state, { type: 'effect-result', effect: LIST_VILLAGE_GROUPS.name, value: groups });
}

describe('partners typed, then kembali', () => {
  it('shows the typed partner marked and keeps it', () => {
    const typed = send(atPartners().state, { type: 'text', text: 'sama takmir masjid' });
    expect(typed.state.stack.at(-1)).toMatchObject({ step: 'beneficiaries', data: { partners: ['tk'] } });
    const back = send(typed.state, { type: 'text', text: 'kembali' });
    expect(back.state.stack.at(-1)).toMatchObject({ step: 'partners', data: { partners: ['tk'] } });
    const buttons = back.messages.at(-1)!.buttons ?? [];
    expect(buttons[1]).toMatchObject({ id: 'partner:tk', label: { params: { mark: '✅' } } });
  });

  it('"pkk juga" adds PKK to the partner chosen; a name alone is the whole answer', () => {
    const typed = send(atPartners().state, { type: 'text', text: 'takmir masjid' });
    const back = send(typed.state, { type: 'text', text: 'kembali' });
    const added = send(back.state, { type: 'text', text: 'pkk juga' });
    expect(added.state.stack.at(-1)).toMatchObject({ step: 'beneficiaries', data: { partners: ['tk', 'pkk'] } });
    const replaced = send(back.state, { type: 'text', text: 'pkk' });
    expect(replaced.state.stack.at(-1)).toMatchObject({ step: 'beneficiaries', data: { partners: ['pkk'] } });
  });
});
