/**
 * "kembali" to the partner question after the partners named in the request were taken at
 * once ("… bareng pkk"): the desa's groups are shown again with the chosen one marked, and
 * the partner is kept (it was: only ✔️ Selesai, and "semua" chose nothing).
 */
import { describe, expect, it } from 'vitest';
import { LOG_ACTIVITY_FLOW_ID } from '../../../src/domain/activities/log-flow.js';
import { LIST_VILLAGE_GROUPS } from '../../../src/domain/groups/effects.js';
import { assistant, env, groups, logAt, own, send } from '../../support/activity-log.js';

describe('back to the partner question', () => {
  it('shows the groups again with the chosen one marked, and keeps it', () => {
    const start = logAt('description', { date: '2026-12-05', category: 'layanan_kesehatan', partnerSaid: 'pkk' });
    const described = send(start, { type: 'text', text: 'penimbangan balita dan pmt bareng ibu2 pkk' });
    expect(described.effects.map((effect) => effect.type)).toContain(LIST_VILLAGE_GROUPS.name);
    const listed = send(described.state, { type: 'effect-result', effect: LIST_VILLAGE_GROUPS.name, value: groups });
    expect(listed.state.stack.at(-1)).toMatchObject({ step: 'beneficiaries', data: { partners: ['pkk'] } });

    const back = send(listed.state, { type: 'text', text: 'kembali' });
    const frame = back.state.stack.at(-1)!;
    expect(frame).toMatchObject({ step: 'partners', data: { partners: ['pkk'] } });
    const buttons = back.messages.at(-1)!.buttons ?? [];
    expect(buttons.map((button) => button.id)).toEqual(['partner:pkk', 'partner:kt', 'partners:done']);
    expect(buttons[0]!.label).toMatchObject({ params: { mark: '✅' } });

    const done = send(back.state, { type: 'text', text: 'selesai' });
    expect(done.state.stack.at(-1)).toMatchObject({ step: 'beneficiaries', data: { partners: ['pkk'] } });
  });
});

describe('"semua" with no group listed', () => {
  it('is not taken as choosing partners', () => {
    const partners = assistant.flows.find((flow) => flow.id === LOG_ACTIVITY_FLOW_ID)!.steps['partners']!;
    const outcome = partners.on({ type: 'text', text: 'semua' }, { data: { own, candidates: [], partners: [] }, env });
    expect(outcome.type).toBe('invalid');
  });
});
