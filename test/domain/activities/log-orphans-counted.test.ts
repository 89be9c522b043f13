/**
 * "20 anak yatim" at an activity's beneficiaries is counted as PMKS "Anak terlantar" (code 2):
 * DOMAIN.md's 26 categories have no orphans' own, and santunan anak yatim goes to children in
 * need. Counted in silence before; now said back on its own line with how to undo it, as "20
 * lansia" is. "anak terlantar" typed, or the category's number, say nothing more.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import type { OutboundMessage } from '../../../src/core/messages.js';
import { logActivityFlow } from '../../../src/domain/activities/log-flow.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';

const env: FlowEnv = { now: new Date('2026-12-07T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const beneficiaries = logActivityFlow.steps.beneficiaries!;
type Data = Parameters<typeof beneficiaries.prompt>[0]['data'];
const data = { consented: true, own: { id: 'g1', name: 'Karang Taruna Tunas', villageCode: '34.02.15.2004' }, date: '2026-12-06', category: 'santunan_anak_yatim', description: 'Santunan', partners: [] } as Data;
const resources = loadLocaleResources(LOCALES_DIR);
const text = (messages: readonly OutboundMessage[], locale: 'id' | 'en' = 'id') => createRenderer(resources, locale).render([...messages], locale).map((message) => message.text).join('\n');
const saidTo = (typed: string) => {
  const outcome = beneficiaries.on({ type: 'text', text: typed }, { data, env });
  return { outcome, said: outcome.type === 'goto' ? (outcome.say ?? []) : [] };
};

describe('orphans at the beneficiaries\' question', () => {
  it('counts them as Anak terlantar and says so, with how to change it', () => {
    const { outcome, said } = saidTo('20 anak yatim, 5 fakir miskin');
    expect(outcome).toMatchObject({ type: 'goto', step: 'summary', data: { beneficiaries: { 2: 20, 24: 5 } } });
    expect(text(said)).toContain('20 anak yatim/piatu saya catat sebagai PMKS Anak terlantar');
    expect(text(said)).toContain('ketik *kembali*');
    expect(text(said, 'en')).toContain('I recorded the 20 orphans as PMKS Neglected children');
  });

  it('counts only the orphans among those of Anak terlantar, "-nya" and piatu included', () => {
    expect(text(saidTo('anak terlantar 3, yatim piatunya 7').said)).toContain('7 anak yatim/piatu saya catat');
  });

  it('says nothing more for "anak terlantar" or the category\'s number', () => {
    for (const typed of ['20 anak terlantar', '2 20', 'anak yatim terlantar 20']) {
      const { outcome, said } = saidTo(typed);
      expect(outcome).toMatchObject({ type: 'goto', step: 'summary', data: { beneficiaries: { 2: 20 } } });
      expect(said).toEqual([]);
    }
  });
});
