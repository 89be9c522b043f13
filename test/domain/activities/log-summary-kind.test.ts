/**
 * The kind, a count and the description corrected at the activity's summary, as the date is:
 * "jenisnya salah, harusnya kesehatan", "lansianya bukan 25 tapi 20", "uraiannya salah, harusnya
 * …", "ubah uraian" (all were "jawaban itu belum bisa saya pakai", the only way being ↩️ Kembali
 * through every step).
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv, StepContext } from '../../../src/core/engine/flow.js';
import { logActivityFlow } from '../../../src/domain/activities/log-flow.js';

const NOW = '2026-12-07T03:00:00.000Z';
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null }, canReceivePhotos: false };
const summary = logActivityFlow.steps.summary!;
type Data = StepContext<Parameters<typeof summary.prompt>[0]['data']>['data'];
const own = { id: 'own', name: 'Posyandu Lansia Mawar', villageCode: '34.02.05.2003' };
const data = { own, consented: true, date: '2026-12-05', category: 'bantuan_lansia', description: 'Senam lansia di balai dusun', partners: [], beneficiaries: { '8': 25 } } as Data;

function at(text: string, extra: Partial<Data> = {}) {
  return summary.on({ type: 'text', text }, { data: { ...data, ...extra }, env });
}

describe('the kind typed at the summary', () => {
  it.each([
    ['jenisnya salah, harusnya kesehatan', 'layanan_kesehatan'],
    ['jenis kegiatannya bukan bantuan lansia tapi posyandu', 'layanan_kesehatan'],
    ['jenise kleru, sing bener kerja bakti', 'kerja_bakti'],
    ['the kind is wrong, it should be gotong royong', 'kerja_bakti'],
  ])('%s changes the kind and shows the summary again', (text, category) => {
    expect(at(text)).toMatchObject({ type: 'stay', data: { category, beneficiaries: { '8': 25 } }, reprompt: true });
  });

  it('also while a rejected activity is corrected', () => {
    expect(at('jenisnya salah, harusnya kerja bakti', { correcting: 'a1' })).toMatchObject({ type: 'stay', data: { category: 'kerja_bakti', correcting: 'a1' } });
  });

  it('asks the kind when only a change is asked for, and comes back to the summary', () => {
    expect(at('ubah jenis kegiatan')).toMatchObject({ type: 'goto', step: 'category', data: { dateOnly: true } });
    expect(at('jenisnya salah')).toMatchObject({ type: 'goto', step: 'category', data: { dateOnly: true } });
    const asked = logActivityFlow.steps.category!.on({ type: 'button', id: 'category:layanan_kesehatan' }, { data: { ...data, dateOnly: true }, env });
    expect(asked).toMatchObject({ type: 'goto', step: 'summary', data: { category: 'layanan_kesehatan' } });
    expect((asked as { data: Data }).data.dateOnly).toBeUndefined();
  });

  it('leaves other messages as they were read', () => {
    expect(at('jenisnya sudah benar').type).toBe('invalid');
  });
});

describe('a count said wrong with the right one at the summary', () => {
  it.each(['lansianya bukan 25 tapi 20', 'jumlah lansia salah, harusnya 20', 'lansia bukan 25, 20 orang'])('%s changes that count', (text) => {
    expect(at(text)).toMatchObject({ type: 'stay', data: { beneficiaries: { '8': 20 } }, reprompt: true });
  });

  it('takes a corrected count at a health service for the category recorded (a bare "lansia" there is ordinary elderly)', () => {
    expect(at('lansianya bukan 25 tapi 20', { category: 'layanan_kesehatan' })).toMatchObject({ type: 'stay', data: { beneficiaries: { '8': 20 } } });
    // Not recorded: no count of ordinary elderly is made a PMKS one.
    expect(at('lansianya bukan 25 tapi 20', { category: 'layanan_kesehatan', beneficiaries: { '9': 2 } })).not.toMatchObject({ data: { beneficiaries: { '8': 20 } } });
  });
});

describe('the description typed at the summary', () => {
  it.each([
    ['uraiannya salah, harusnya senam lansia dan cek tensi', 'senam lansia dan cek tensi'],
    ['ganti uraian jadi senam lansia dan cek tensi', 'senam lansia dan cek tensi'],
    ['kagiatanana lepat, nu leres ngabersihan solokan', 'ngabersihan solokan'],
    ['the description should be elderly exercise', 'elderly exercise'],
  ])('%s changes it and shows the summary again', (text, description) => {
    expect(at(text)).toMatchObject({ type: 'stay', data: { description }, reprompt: true });
  });

  it('asks it when only a change is asked for, and comes back to the summary', () => {
    expect(at('ubah uraian')).toMatchObject({ type: 'goto', step: 'description', data: { dateOnly: true } });
    expect(at('kegiatannya salah')).toMatchObject({ type: 'goto', step: 'description', data: { dateOnly: true } });
    const asked = logActivityFlow.steps.description!.on({ type: 'text', text: 'Senam lansia dan cek tensi' }, { data: { ...data, dateOnly: true }, env });
    expect(asked).toMatchObject({ type: 'goto', step: 'summary', data: { description: 'Senam lansia dan cek tensi' } });
    expect((asked as { data: Data }).data.dateOnly).toBeUndefined();
  });

  it('leaves "kegiatan saya" and other messages as they were read', () => {
    expect(at('kegiatan saya').type).not.toBe('stay');
    expect(at('kegiatannya sudah benar').type).toBe('invalid');
  });
});
