/**
 * "20 lansia" typed after the kind Bantuan lansia is counted as PMKS "Lansia terlantar" (code 8,
 * "lanjut usia terlantar" in DOMAIN.md), as "anak yatim" is Anak terlantar: aid given to the
 * elderly goes to those in need. DOMAIN.md names the category with "terlantar", so not every
 * elderly person is one; the reading is kept but said back on its own line, with how to undo
 * it, so the leader can correct it. "lansia terlantar" typed, or a health service (where they
 * are ordinary elderly), say nothing more.
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
const data = { consented: true, own: { id: 'g1', name: 'Karang Werda Mulya', villageCode: '34.02.15.2004' }, date: '2026-12-06', category: 'bantuan_lansia', description: 'Santunan sembako', partners: [] } as Data;
const resources = loadLocaleResources(LOCALES_DIR);
const text = (messages: readonly OutboundMessage[], locale: 'id' | 'en' = 'id') => createRenderer(resources, locale).render([...messages], locale).map((message) => message.text).join('\n');
const typed = (said: string, at: Data = data) => beneficiaries.on({ type: 'text', text: said }, { data: at, env });

describe('"20 lansia" at Bantuan lansia', () => {
  it('counts Lansia terlantar and says so, with how to change it', () => {
    const outcome = typed('20 lansia');
    expect(outcome).toMatchObject({ type: 'goto', step: 'summary', data: { beneficiaries: { 8: 20 } } });
    const said = outcome.type === 'goto' ? (outcome.say ?? []) : [];
    expect(text(said)).toContain('20 lansia saya catat sebagai PMKS Lansia terlantar');
    expect(text(said, 'en')).toContain('as PMKS Neglected elderly');
  });

  it('says nothing more when "terlantar" was typed, or at a health service', () => {
    const outcome = typed('20 lansia terlantar');
    expect(outcome).toMatchObject({ type: 'goto', step: 'summary', data: { beneficiaries: { 8: 20 } } });
    expect(outcome.type === 'goto' ? (outcome.say ?? []) : []).toEqual([]);
    const health = typed('20 lansia terlantar', { ...data, category: 'layanan_kesehatan' });
    expect(health.type === 'goto' ? (health.say ?? []) : []).toEqual([]);
  });
});
