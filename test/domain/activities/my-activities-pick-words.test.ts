/**
 * 📒 Kegiatan saya: an activity picked in words — "yang kerja bakti" (its kind) or "yang tgl 3"
 * (its date) — was refused ("nomor atau tombol kegiatan"); it now opens when exactly one
 * listed fits, and still needs the number when several do.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { myActivitiesFlow } from '../../../src/domain/activities/my-activities-flow.js';
import type { LeaderActivity } from '../../../src/domain/model/activities.js';

const env: FlowEnv = { now: new Date('2026-12-07T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };

function activity(id: string, date: string, category: LeaderActivity['category']): LeaderActivity {
  return {
    id, date, category, description: 'kegiatan', state: 'waiting_partner', rejectionReason: null, reportingGroup: { id: 'g', name: 'Karang Taruna' },
    pendingPartners: [], confirmedPartners: [], beneficiaries: {}, photoRef: null, mine: true,
  };
}
const items = [activity('a1', '2026-12-01', 'lainnya'), activity('a2', '2026-12-03', 'kerja_bakti'), activity('a3', '2026-12-05', 'santunan_anak_yatim'), activity('a4', '2026-12-05', 'lainnya')];
const list = myActivitiesFlow.steps.list!;
const at = (text: string) => list.on({ type: 'text', text }, { data: { items }, env });

describe('an activity picked in words', () => {
  it.each([
    ['yang kerja bakti', 'a2'],
    ['santunan anak yatim', 'a3'],
    ['yang tgl 3', 'a2'],
    ['tanggal 1', 'a1'],
    ['2', 'a2'],
  ])('%j opens %s', (text, id) => {
    expect(at(text)).toMatchObject({ type: 'goto', step: 'item', data: { selected: { id } } });
  });

  it('is refused when several fit or none does', () => {
    expect(at('yang lainnya').type).toBe('invalid');
    expect(at('sabtu lalu').type).toBe('invalid');
    expect(at('yang bedah rumah').type).toBe('invalid');
  });
});
