/**
 * A leader names one of their activities in words at two places: 📒 Kegiatan saya's list
 * ("yg kerja bakti kemarin") and 📥 Konfirmasi ("yg kerja bakti tgl 3 itu iya ikut"). The two
 * read them differently: the list took typos of the kind but no day among other words ("kerja
 * bakti tgl 3" with two kerja bakti was refused), Konfirmasi took the day but no typo ("yg
 * penimbngan balita itu …" named nothing), nor description words to choose between two of a
 * kind. Both now read alike: a day among the words decides, the kind (typos of it too)
 * narrows, and words of the description break a tie.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { myActivitiesFlow } from '../../../src/domain/activities/my-activities-flow.js';
import type { LeaderActivity } from '../../../src/domain/model/activities.js';
import { namedAnswer } from '../../../src/domain/confirmations/named-answer.js';
import type { InboxItem } from '../../../src/domain/confirmations/inbox.js';

/** Monday 7 December 2026, 10:00 in Jakarta: "kemarin" is 6 December. */
const now = new Date('2026-12-07T03:00:00Z');
const env: FlowEnv = { now, person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };

/** The leader's activities: two kerja bakti, one penimbangan. */
const ACTIVITIES = [
  { id: 'k1', date: '2026-12-03', category: 'kerja_bakti', description: 'Kerja bakti bersih saluran air RT 3' },
  { id: 'k2', date: '2026-12-06', category: 'kerja_bakti', description: 'Kerja bakti tanam pohon di balai desa' },
  { id: 'g1', date: '2026-12-05', category: 'layanan_kesehatan', description: 'Penimbangan balita dan PMT' },
] as const;

/** What an activity's fields are: a line of the list, and a request waiting at 📥 Konfirmasi. */
type Row = { readonly id: string; readonly date: string; readonly category: string; readonly description: string };
const listedOf = (rows: readonly Row[]) => rows.map((one) => ({
  ...one, state: 'waiting_partner', rejectionReason: null, reportingGroup: { id: 'g', name: 'Karang Taruna' },
  pendingPartners: [], confirmedPartners: [], beneficiaries: {}, photoRef: null, mine: true,
}) as LeaderActivity);
const waitingOf = (rows: readonly Row[]) => rows.map(
  (one) => ({ kind: 'participation', activityId: one.id, groupId: 'g1', groupName: 'Posyandu Mawar', reportedByGroup: 'Arisan Melati', ...one }) as unknown as InboxItem,
);
const listed = listedOf(ACTIVITIES);
const waiting = waitingOf(ACTIVITIES);

/** The activity the words pick at Kegiatan saya's list, or null when it asks again. */
function pickedAtList(words: string): string | null {
  const outcome = myActivitiesFlow.steps.list!.on({ type: 'text', text: `yg ${words}` }, { data: { items: listed }, env });
  return outcome.type === 'goto' ? (outcome.data as { selected: LeaderActivity }).selected.id : null;
}

/** The activity the words answer at 📥 Konfirmasi ("yg … itu iya ikut"), another shown; null when none. */
function pickedAtInbox(words: string): string | null {
  const shown = waiting[2]!;
  const read = namedAnswer(`yg ${words} itu iya ikut`, waiting, { ...shown }, now);
  return read === null ? null : (read.item as unknown as { activityId: string }).activityId;
}

const PICKS: ReadonlyArray<readonly [string, string | null]> = [
  // A day among other words decides.
  ['kerja bakti kemarin', 'k2'],
  ['kerja bakti tgl 3', 'k1'],
  ['kerja bakti yang tanggal 3', 'k1'],
  // A typo of the kind, as at the kind's question.
  ['kerja bakri tgl 3', 'k1'],
  ['penimbngan balita', 'g1'],
  // Words of the description break a tie of kind.
  ['kerja bakti saluran air', 'k1'],
  ['kerja bakti tanam pohon', 'k2'],
  // The day decides even where the kind said is another: the leader sees the activity picked.
  ['kerja bakti tgl 5', 'g1'],
  // Two fit, or none: asked again.
  ['kerja bakti', null],
  ['tgl 4', null],
  ['bedah rumah', null],
  ['selokan', null],
];

describe('an activity named in words, alike at Kegiatan saya and at Konfirmasi', () => {
  it.each(PICKS)('"yg %s" at the list picks %s', (words, id) => {
    expect(pickedAtList(words)).toBe(id);
  });

  it.each(PICKS)('"yg %s itu iya ikut" at Konfirmasi answers %s', (words, id) => {
    expect(pickedAtInbox(words)).toBe(id);
  });
});

/** Two kerja bakti, the second's description holding the kind's own word "kerja". */
const OF_A_KIND = [
  { id: 's1', date: '2026-12-03', category: 'kerja_bakti', description: 'bersih selokan' },
  { id: 's2', date: '2026-12-06', category: 'kerja_bakti', description: 'kerja bakti saluran air' },
  { id: 'l1', date: '2026-12-05', category: 'bantuan_lansia', description: 'Sembako untuk lansia' },
] as const;
const listedOfAKind = listedOf(OF_A_KIND);
const waitingOfAKind = waitingOf(OF_A_KIND);

describe('the kind said breaks no tie, nor is a number a kind', () => {
  const atList = (text: string) => {
    const outcome = myActivitiesFlow.steps.list!.on({ type: 'text', text }, { data: { items: listedOfAKind }, env });
    return outcome.type === 'goto' ? (outcome.data as { selected: LeaderActivity }).selected.id : null;
  };
  const atInbox = (text: string) => {
    const read = namedAnswer(text, waitingOfAKind, { ...waitingOfAKind[0]! }, now);
    return read === null ? null : (read.item as unknown as { activityId: string }).activityId;
  };

  // "kerja" of the kind (typed "kerja bakri") is no word of the description: which one is asked.
  it.each(['yg kerja bakri', 'yg kerja bakti'])('"%s" at the list asks which of two kerja bakti', (text) => {
    expect(atList(text)).toBeNull();
  });
  it.each(['yg kerja bakri itu iya ikut', 'yg kerja bakti itu iya ikut'])('"%s" at Konfirmasi answers neither of two kerja bakti', (text) => {
    expect(atInbox(text)).toBeNull();
  });
  it('words of the description still break the tie', () => {
    expect(atList('yg kerja bakti saluran air')).toBe('s2');
    expect(atList('yg kerja bakti bersih selokan')).toBe('s1');
  });

  // Kind #2 is bantuan_lansia: a number names a line of a list, never a kind.
  it.each(['yg no 2 itu ikut', 'yg nomor 2 itu iya ikut', 'yg nomor dua itu iya ikut', 'yg 2 itu ikut'])(
    '"%s" at Konfirmasi, where no list is shown, answers no activity of kind #2',
    (text) => {
      expect(atInbox(text)).not.toBe('l1');
    },
  );
  it.each(['yg no 2', 'no 2', 'nomor 2', 'yang kedua'])('"%s" at the list is its line 2', (text) => {
    expect(atList(text)).toBe('s2');
  });
});
