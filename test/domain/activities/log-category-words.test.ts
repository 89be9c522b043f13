/**
 * Common activity words at the kind's question ("penimbangan balita") were refused as not on
 * the list. They pick their kind now, said back with the words offered as the description;
 * words naming no kind are kept as the description for Lainnya, said so.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { logActivityFlow } from '../../../src/domain/activities/log-flow.js';

const env: FlowEnv = { now: new Date('2026-12-07T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const step = logActivityFlow.steps.category!;
const at = (text: string, data: object = {}) => step.on({ type: 'text', text }, { data: { consented: true, date: '2026-12-06', ...data }, env });

describe('activity words at the kind\'s question', () => {
  it.each([
    ['penimbangan balita', 'layanan_kesehatan'],
    ['timbang balita', 'layanan_kesehatan'],
    ['imunisasi', 'layanan_kesehatan'],
    ['cek kesehatan gratis', 'layanan_kesehatan'],
    ['senam lansia', 'layanan_kesehatan'],
    ['donor darah', 'layanan_kesehatan'],
    ['santunan yatim', 'santunan_anak_yatim'],
    ['gotong royong', 'kerja_bakti'],
    ['bersih desa', 'kerja_bakti'],
    ['jimpitan', 'jimpitan'],
    ['bedah rumah pak karyo', 'bedah_rumah'],
    ['bantuan korban banjir', 'bantuan_bencana'],
    ['longsor', 'bantuan_bencana'],
    ['les gratis anak sd', 'pendidikan'],
    ['belajar bersama', 'pendidikan'],
    ['tpa', 'pendidikan'],
    ['beasiswa', 'pendidikan'],
    ['lansia', 'bantuan_lansia'],
  ])('"%s" is %s', (text, category) => {
    expect(at(text)).toMatchObject({ type: 'goto', step: 'description', data: { category } });
  });

  it('offers what was done as the description, not a kind\'s own name', () => {
    expect(at('penimbangan balita')).toMatchObject({ data: { typedDescription: 'penimbangan balita' } });
    expect(at('donor darah')).toMatchObject({ data: { typedDescription: 'donor darah' } });
    for (const name of ['kerja bakti', 'jimpitan', 'lansia']) expect((at(name) as { data: object }).data).not.toHaveProperty('typedDescription');
  });

  it('keeps words naming no kind as the description, said so', () => {
    expect(at('pengajian rutin')).toMatchObject({ type: 'invalid', reason: { key: 'activities:categoryNotListed' }, data: { typedDescription: 'pengajian rutin' } });
    expect(at('arisan dan pertemuan rutin ibu-ibu di rumah bu rt sebulan sekali')).toMatchObject({
      type: 'invalid',
      reason: { key: 'activities:categoryNotListedLong' },
      data: { typedDescription: 'arisan dan pertemuan rutin ibu-ibu di rumah bu rt sebulan sekali' },
    });
    // Too short to describe anything: said not to be listed, not kept.
    expect(at('doa')).toMatchObject({ type: 'invalid', reason: { key: 'activities:categoryNotListedUnkept' } });
    expect(at('doa')).not.toHaveProperty('data');
    // The activity kept at the date's question, holding these words, stays offered whole.
    expect(at('pengajian', { typedDescription: 'pengajian bareng majelis taklim' })).toMatchObject({ data: { typedDescription: 'pengajian bareng majelis taklim' } });
  });
});
