/**
 * 📒 Kegiatan saya: "foto nya ada ga?" at the list was refused ("nomor atau tombol kegiatan").
 * It is answered: which listed activities have evidence photos and how many, which have none,
 * with 📷 Tambah foto offered for those a photo may still be added to, and the list's picks
 * still working after it.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import type { OutboundMessage } from '../../../src/core/messages.js';
import { myActivitiesFlow } from '../../../src/domain/activities/my-activities-flow.js';
import type { LeaderActivity } from '../../../src/domain/model/activities.js';
import { textOf } from '../../support/activity-log.js';

const env: FlowEnv = { now: new Date('2026-12-07T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };

function activity(id: string, date: string, category: LeaderActivity['category'], more: Partial<LeaderActivity> = {}): LeaderActivity {
  return {
    id, date, category, description: 'kegiatan', state: 'waiting_officer', rejectionReason: null, reportingGroup: { id: 'g', name: 'Karang Taruna' },
    pendingPartners: [], confirmedPartners: [], beneficiaries: {}, photoRef: null, mine: true, ...more,
  };
}
const items = [
  activity('a1', '2026-12-01', 'kerja_bakti', { photoIds: ['p1', 'p2'] }),
  activity('a2', '2026-12-03', 'santunan_anak_yatim'),
  activity('a3', '2026-12-05', 'pendidikan', { state: 'verified' }),
];
const list = myActivitiesFlow.steps.list!;
const at = (text: string, canReceivePhotos?: boolean) => list.on({ type: 'text', text }, { data: { items }, env: { ...env, ...(canReceivePhotos === false && { canReceivePhotos }) } });
const said = (outcome: ReturnType<typeof at>) => textOf(outcome.type === 'stay' ? (outcome.say ?? []) : []);
const buttons = (outcome: ReturnType<typeof at>) => (outcome.type === 'stay' ? (outcome.say ?? []) : []).flatMap((message: OutboundMessage) => message.buttons ?? []).map((button) => button.id);

describe('photos asked about at the list of Kegiatan saya', () => {
  it.each(['foto nya ada ga?', 'ada fotonya?', 'yang udah ada fotonya mana', 'which ones have photos?', 'foto2nya ada ga?', 'photonya udah ada?'])('%j says which have photos', (text) => {
    const outcome = at(text);
    expect(outcome.type).toBe('stay');
    expect(said(outcome)).toContain('1. 1 Desember 2026 · Kerja bakti/gotong royong: 2 foto');
    expect(said(outcome)).toContain('2. 3 Desember 2026 · Santunan anak yatim: belum ada foto');
    expect(said(outcome)).toContain('3. 5 Desember 2026 · Pendidikan: belum ada foto');
    // A photo may still be added to the pending ones: 2 and 1 (room for one more); 3 is verified.
    expect(buttons(outcome)).toEqual(expect.arrayContaining(['addPhotoFor:a2', 'addPhotoFor:a1']));
    expect(buttons(outcome)).not.toContain('addPhotoFor:a3');
  });

  it('opens the photo question of the activity whose 📷 Tambah foto is pressed', () => {
    const pressed = list.on({ type: 'button', id: 'addPhotoFor:a2' }, { data: { items }, env });
    expect(pressed).toMatchObject({ type: 'goto', step: 'addPhoto', data: { selected: { id: 'a2' } } });
  });

  it('says there is none to see, when none of them has a photo', () => {
    const none = list.on({ type: 'text', text: 'ada fotonya?' }, { data: { items: [items[1]!] }, env });
    expect(said(none)).toContain('Tekan 📷 Tambah foto untuk mengirim foto');
    expect(said(none)).not.toContain('untuk melihat fotonya');
  });

  it('offers no 📷 Tambah foto where the channel carries no photo', () => {
    expect(buttons(at('foto nya ada ga?', false))).not.toContain('addPhotoFor:a2');
  });

  it('still opens an activity picked by number or kind', () => {
    expect(at('2')).toMatchObject({ type: 'goto', step: 'item', data: { selected: { id: 'a2' } } });
  });
});
