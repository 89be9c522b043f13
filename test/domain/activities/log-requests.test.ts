/**
 * The activity flow asks for its effects by their definitions: the summary's save and
 * resubmit send one payload each, checked by the handler's own schema, and read the typed
 * results back; a stored summary missing a field says so instead of sending half an
 * activity. Its start inputs (a correction from "Kegiatan saya", prefilled date and
 * category) are read as data, each thing that does not fit left out. The flow's pure
 * functions are called directly and rendered with the real locale files.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv, StepContext, StepOutcome } from '../../../src/core/engine/flow.js';
import { say, type OutboundMessage } from '../../../src/core/messages.js';
import { CORRECT_ACTIVITY, CREATE_ACTIVITY } from '../../../src/domain/activities/effects.js';
import { logActivityFlow, type CorrectActivityInput } from '../../../src/domain/activities/log-flow.js';
import { t } from '../../../src/core/text.js';
import type { LeaderActivity } from '../../../src/domain/model/activities.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';

const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
const summary = logActivityFlow.steps.summary!;
type Data = Parameters<typeof summary.prompt>[0]['data'];

const GROUP = '6f1c2a9e-8a51-4d3b-9a64-2c1b3e5f7a01';
const PARTNER = '6f1c2a9e-8a51-4d3b-9a64-2c1b3e5f7a02';
const ACTIVITY = '6f1c2a9e-8a51-4d3b-9a64-2c1b3e5f7a03';
const PHOTO = '6f1c2a9e-8a51-4d3b-9a64-2c1b3e5f7a04';

const env: FlowEnv = { now: new Date('2026-11-20T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null }, canReceivePhotos: true };

const complete: Data = {
  own: { id: GROUP, name: 'Karang Taruna Tunas Muda', villageCode: '34.02.15.2004' },
  date: '2026-11-19',
  category: 'bantuan_lansia',
  description: 'Pemeriksaan kesehatan lansia',
  candidates: [{ id: PARTNER, name: 'Posyandu Mawar', villageCode: '34.02.15.2004' }],
  partners: [PARTNER],
  beneficiaries: { '8': 20 },
  photoIds: [PHOTO],
};

const ctx = (data: Data): StepContext<Data> => ({ data, env });

function textOf(outcome: StepOutcome<Data>): string {
  const messages: readonly OutboundMessage[] = 'say' in outcome ? (outcome.say ?? []) : [];
  return renderer.render([...messages], 'id').map((message) => message.text).join('\n');
}

const rejected: LeaderActivity = {
  id: ACTIVITY,
  date: '2026-11-15',
  category: 'kerja_bakti',
  description: 'Kerja bakti bersih selokan',
  state: 'rejected',
  rejectionReason: 'Tanggal salah',
  reportingGroup: { id: GROUP, name: 'Arisan Melati' },
  pendingPartners: [],
  confirmedPartners: ['Posyandu Mawar'],
  beneficiaries: { '8': 20 },
  photoRef: null,
  photoIds: [],
  mine: true,
};

describe('the activity flow asks for its effects by their definitions', () => {
  it('saves with one payload the handler accepts, and reads the typed result', () => {
    const saved = summary.on({ type: 'button', id: 'save' }, ctx(complete));
    const payload = {
      date: '2026-11-19',
      category: 'bantuan_lansia',
      description: 'Pemeriksaan kesehatan lansia',
      ownGroupId: GROUP,
      partnerGroupIds: [PARTNER],
      beneficiaries: { '8': 20 },
      photoIds: [PHOTO],
    };
    expect(saved).toEqual({ type: 'stay', effects: [{ type: 'activity.create', payload, reply: true }] });
    expect(CREATE_ACTIVITY.schema.parse(payload)).toEqual(payload);

    const done = summary.on({ type: 'effect-result', effect: CREATE_ACTIVITY.name, value: { kind: 'created', id: ACTIVITY, partnerNames: ['Posyandu Mawar'] } }, ctx(complete));
    expect(done).toMatchObject({ type: 'done', menu: true });
    expect(textOf(done)).toContain('Kegiatan sudah dicatat');
    expect(textOf(done)).toContain('Posyandu Mawar');
    const refused = summary.on({ type: 'effect-result', effect: CREATE_ACTIVITY.name, value: { kind: 'forbidden' } }, ctx(complete));
    expect(textOf(refused)).toContain('tidak (lagi) memimpin');
  });

  it('names the partners asked as a list said in words: "A dan B", "A, B, dan C" (was "A, B")', () => {
    const saved = (names: string[], locale: string): string => {
      const done = summary.on({ type: 'effect-result', effect: CREATE_ACTIVITY.name, value: { kind: 'created', id: ACTIVITY, partnerNames: names } }, ctx(complete));
      return renderer.render('say' in done ? [...(done.say ?? [])] : [], locale).map((message) => message.text).join('\n');
    };
    expect(saved(['Karang Taruna Tunas Muda', 'Posyandu Mawar Lestari'], 'id')).toContain('Ketua Karang Taruna Tunas Muda dan Posyandu Mawar Lestari diminta mengonfirmasi');
    expect(saved(['A', 'B', 'C'], 'id')).toContain('Ketua A, B, dan C diminta');
    expect(saved(['A', 'B'], 'en')).toContain('The leaders of A and B are asked');
    expect(saved(['A', 'B', 'C'], 'en')).toContain('The leaders of A, B, and C are asked');
  });

  it('ends a stored summary missing a field with the restart notice instead of sending it', () => {
    const { description: _missing, ...partial } = complete;
    const outcome = summary.on({ type: 'button', id: 'save' }, ctx(partial));
    expect(outcome).toMatchObject({ type: 'done', menu: true });
    expect(outcome).not.toHaveProperty('effects');
    expect(textOf(outcome)).toContain('percakapan sebelumnya tidak bisa dilanjutkan');
  });

  it('starts a correction from the activity "my activities" listed, and resubmits it with one payload', () => {
    const input: CorrectActivityInput = { correct: rejected };
    // Through the stored conversation the input is plain JSON.
    const start = logActivityFlow.start(JSON.parse(JSON.stringify(input)), env);
    expect(start.step).toBe('summary');
    expect(start.data).toMatchObject({ correcting: ACTIVITY, own: { id: GROUP, name: 'Arisan Melati' }, date: '2026-11-15', partnerNames: ['Posyandu Mawar'] });

    // (The date fixed: something was corrected.)
    const resubmit = summary.on({ type: 'button', id: 'resubmit' }, ctx({ ...start.data, date: '2026-11-14' }));
    const payload = { activityId: ACTIVITY, date: '2026-11-14', category: 'kerja_bakti', description: 'Kerja bakti bersih selokan', beneficiaries: { '8': 20 }, photoIds: [] };
    expect(resubmit).toEqual({ type: 'stay', effects: [{ type: 'activity.correct', payload, reply: true }] });
    expect(CORRECT_ACTIVITY.schema.parse(payload)).toEqual(payload);
    const outcome = summary.on({ type: 'effect-result', effect: CORRECT_ACTIVITY.name, value: { kind: 'gone' } }, ctx(start.data));
    expect(textOf(outcome)).toContain('tidak lagi berstatus ditolak');
  });

  it('sends a correction with nothing fixed only when 📤 is pressed again, marked unchanged for the officers', () => {
    const start = logActivityFlow.start(JSON.parse(JSON.stringify({ correct: rejected })), env);
    const first = summary.on({ type: 'button', id: 'resubmit' }, ctx(start.data));
    expect(first).toMatchObject({ type: 'stay', data: { unchangedAsked: true }, reprompt: true });
    expect('effects' in first ? first.effects : undefined).toBeUndefined();
    expect(renderer.render('say' in first ? [...(first.say ?? [])] : [], 'id')[0]!.text).toContain('Belum ada yang diperbaiki sejak ditolak');
    const again = summary.on({ type: 'button', id: 'resubmit' }, ctx('data' in first && first.data ? first.data : start.data));
    expect(again).toMatchObject({ type: 'stay', effects: [{ type: 'activity.correct', payload: { activityId: ACTIVITY, unchanged: true } }] });
    // A field fixed: sent at the first press, not marked.
    const fixed = summary.on({ type: 'button', id: 'resubmit' }, ctx({ ...start.data, description: 'Kerja bakti bersih selokan RT 2' }));
    expect(fixed).toMatchObject({ type: 'stay', effects: [{ type: 'activity.correct' }] });
    expect(JSON.stringify(fixed)).not.toContain('unchanged');
  });

  it('takes a correction without its reporting group, or prefilled values that do not fit, as a plain start', () => {
    const orphan = logActivityFlow.start({ correct: { ...rejected, reportingGroup: null } }, env);
    expect(orphan.step).toBe('group');
    expect(orphan.data).toEqual({});
    expect(logActivityFlow.start({ date: '2026-11-19', category: 'arisan' }, env).data).toEqual({ date: '2026-11-19' });
    expect(logActivityFlow.start({ date: '19/11/2026', category: 'jimpitan' }, env).data).toEqual({ category: 'jimpitan' });
    expect(logActivityFlow.start('jimpitan', env).data).toEqual({});
  });
});

describe('no beneficiaries, said as people say it', () => {
  it('takes "ga ada", "gak ada" and "tidak ada" as none, on to the summary', () => {
    const beneficiaries = logActivityFlow.steps.beneficiaries!;
    for (const none of ['ga ada', 'gak ada', 'Tidak ada.', 'nggak ada', '-']) {
      expect(beneficiaries.on({ type: 'text', text: none }, ctx({ ...complete, beneficiaries: {} })), none).toMatchObject({ type: 'goto', step: 'summary' });
    }
  });
});

describe('the one possible partner, a yes/no question', () => {
  const partners = logActivityFlow.steps.partners!;
  const asked: Data = { ...complete, partners: [], beneficiaries: {}, photoIds: [] };

  it('takes "ya" (or "iya", "nggih") as that partner, and "tidak" as none', () => {
    for (const yes of ['ya', 'Iya!', 'nggih']) {
      expect(partners.on({ type: 'text', text: yes }, ctx(asked)), yes).toMatchObject({ type: 'goto', step: 'beneficiaries', data: { partners: [PARTNER] } });
    }
    for (const no of ['tidak', 'gak', 'tidak ada']) {
      const outcome = partners.on({ type: 'text', text: no }, ctx(asked));
      expect(outcome, no).toMatchObject({ type: 'goto', step: 'beneficiaries' });
      expect('data' in outcome ? outcome.data?.partners : undefined, no).not.toEqual([PARTNER]);
    }
  });

  it('reads yes and no only when one group could take part', () => {
    const two: Data = { ...asked, candidates: [...asked.candidates!, { id: ACTIVITY, name: 'PKK Dusun Glugo', villageCode: '34.02.15.2004' }] };
    expect(partners.on({ type: 'text', text: 'ya' }, ctx(two))).toEqual({ type: 'invalid' });
  });
});

describe('the kind of activity typed in words', () => {
  const category = logActivityFlow.steps.category!;
  const asked: Data = { own: complete.own, candidates: complete.candidates, date: complete.date };

  it('takes the one kind named, and says which two an answer naming both could mean', () => {
    expect(category.on({ type: 'text', text: 'kerja bakti bersih selokan' }, ctx(asked))).toMatchObject({ type: 'goto', step: 'description', data: { category: 'kerja_bakti' } });
    // Asked as the question's own, not refused (a refusal let "cek tensi lansia" open a desa's status check).
    expect(category.on({ type: 'text', text: 'posyandu balita dan lansia bareng' }, ctx(asked))).toEqual({
      type: 'stay',
      say: [say(t('activities:categoryWhich', { first: t('activities:category.bantuan_lansia'), second: t('activities:category.layanan_kesehatan') }))],
      reprompt: true,
    });
    // Read as no kind (it is none); what is typed is said not to be listed, with Lainnya to choose.
    expect(category.on({ type: 'text', text: 'pokoknya rame' }, ctx(asked))).toMatchObject({ type: 'invalid', reason: { key: 'activities:categoryNotListed' } });
  });
});

describe('several possible partners, typed instead of tapped', () => {
  const partners = logActivityFlow.steps.partners!;
  const GLUGO = { id: '00000000-0000-4000-8000-0000000000a1', name: 'PKK Dusun Glugo', villageCode: '34.02.15.2004' };
  const TAKLIM = { id: '00000000-0000-4000-8000-0000000000a2', name: 'Majelis Taklim Al-Ikhlas', villageCode: '34.02.15.2004' };
  const asked: Data = { ...complete, candidates: [...complete.candidates!, GLUGO, TAKLIM], partners: [], beneficiaries: {}, photoIds: [] };
  const picked = (text: string) => partners.on({ type: 'text', text }, ctx(asked));

  it('takes numbers, names and "semua" as the whole answer, and says who was picked', () => {
    expect(picked('2 dan 3')).toMatchObject({ type: 'goto', step: 'beneficiaries', data: { partners: [GLUGO.id, TAKLIM.id] } });
    expect(picked('pkk sama majelis taklim')).toMatchObject({ type: 'goto', data: { partners: [GLUGO.id, TAKLIM.id] } });
    expect(picked('semua')).toMatchObject({ type: 'goto', data: { partners: [PARTNER, GLUGO.id, TAKLIM.id] } });
    expect(picked('dua-duanya')).toMatchObject({ type: 'goto', data: { partners: [PARTNER, GLUGO.id, TAKLIM.id] } });
    expect(picked('pkk')).toMatchObject({
      type: 'goto',
      say: [{ body: [t('activities:partnersPicked', { names: t('verbatim', { text: 'PKK Dusun Glugo' }) })] }],
    });
  });

  it('refuses a name no group has, or a number off the list', () => {
    expect(picked('karang taruna')).toEqual({ type: 'invalid' });
    expect(picked('4')).toEqual({ type: 'invalid' });
  });
});
