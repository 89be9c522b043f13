/**
 * The desa-counts flow's step called directly: a name several areas share is offered as one
 * button per area (each with its kabupaten), a press asks the counts of that area by code,
 * and a button id that is no region code is refused.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv, StepInput } from '../../../src/core/engine/flow.js';
import type { NamedArea } from '../../../src/domain/model/area-counts.js';
import { AREA_COUNTS } from '../../../src/domain/status-check/area-counts-effects.js';
import { areaCountsFlow, areaCountsLinkArg } from '../../../src/domain/status-check/area-counts-flow.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';

const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');

const where = areaCountsFlow.steps.where!;
const env: FlowEnv = { now: new Date('2026-11-20T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null }, canReceivePhotos: true };

const districts: NamedArea[] = [
  { code: '32.09.12', kind: 'district', name: 'Depok', within: ['Kabupaten Cirebon', 'Jawa Barat'] },
  { code: '34.04.07', kind: 'district', name: 'Depok', within: ['Kabupaten Sleman', 'Daerah Istimewa Yogyakarta'] },
  { code: '33.10.05', kind: 'district', name: 'Depok', within: ['Kabupaten Klaten', 'Jawa Tengah'] },
  { code: '35.01.02', kind: 'district', name: 'Depok', within: ['Kota Depok', 'Jawa Barat'] },
];

function result(value: unknown): StepInput {
  return { type: 'effect-result', effect: AREA_COUNTS.name, value } as StepInput;
}

describe('areas that share a name', () => {
  it('offers each as a button with its kabupaten, and asks the counts of the one pressed', () => {
    const offered = where.on(result({ kind: 'choose', areas: districts }), { data: { query: 'kec depok' }, env });
    expect(offered.type).toBe('stay');
    const message = offered.type === 'stay' ? offered.say?.[0] : undefined;
    expect(message?.buttons?.map((button) => button.id)).toEqual(districts.map((area) => `area:${area.code}`));
    const labels = (message ? renderer.render([message], 'id')[0]!.buttons ?? [] : []).map((button) => button.label);
    expect(labels).toEqual(['Kec. Depok, Kab. Cirebon', 'Kec. Depok, Kab. Sleman', 'Kec. Depok, Kab. Klaten', 'Kec. Depok, Kota Depok']);

    const pressed = where.on({ type: 'button', id: 'area:34.04.07' }, { data: { query: 'kec depok' }, env });
    expect(pressed).toMatchObject({ type: 'stay', effects: [AREA_COUNTS.request({ code: '34.04.07' })] });
  });

  it('refuses a pressed id that is no region code', () => {
    expect(where.on({ type: 'button', id: 'area:34.04.07.2001' }, { data: {}, env }).type).toBe('invalid');
    expect(where.on({ type: 'button', id: 'area:x' }, { data: {}, env }).type).toBe('invalid');
  });
});

describe('the deep link of a count asked aside', () => {
  it('carries the place (words joined by "_") or the person\'s own area of a kind, and starts with it', () => {
    expect(areaCountsLinkArg({ query: 'kab  bantul' })).toBe('kab_bantul');
    expect(areaCountsLinkArg({ mine: true, of: 'regency' })).toBe('~regency');
    expect(areaCountsLinkArg({ query: 'a place with a name far too long for one button' })).toBeNull();
    expect(areaCountsFlow.start({ deepLinkArg: 'kab_bantul' }, env).effects).toEqual([AREA_COUNTS.request({ query: 'kab bantul' })]);
    expect(areaCountsFlow.start({ deepLinkArg: '~regency' }, env).effects).toEqual([AREA_COUNTS.request({ mine: true, of: 'regency' })]);
    // No place: an officer's own area, else the area asked (the effect says which).
    expect(areaCountsFlow.start({ deepLinkArg: '' }, env).effects).toEqual([AREA_COUNTS.request({ unnamed: true })]);
    expect(where.on(result({ kind: 'ask' }), { data: {}, env })).toEqual({ type: 'stay', reprompt: true });
  });
});
