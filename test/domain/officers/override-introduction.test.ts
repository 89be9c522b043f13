/**
 * An officer introducing themself at the level override's desa question ("nama saya Dede"):
 * was searched as a desa within their areas. Greeted by name and asked again, as at every desa
 * question (test/flows/desa-question-introduction.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv, StepContext } from '../../../src/core/engine/flow.js';
import { officerOverrideFlow } from '../../../src/domain/officers/override-flow.js';
import { textOf } from '../../support/activity-log.js';

const env: FlowEnv = { now: new Date('2026-12-07T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const village = officerOverrideFlow.steps.village!;
type Data = StepContext<Parameters<typeof village.prompt>[0]['data']>['data'];
const data = { prefixes: ['34.04.02'] } as Data;

describe('an introduction at the level override\'s desa question', () => {
  it.each([['nama saya Dede', 'Dede'], ['punten, nami abdi Asep', 'Asep']])('greets %j by name and asks the desa again', (typed, name) => {
    const answered = village.on({ type: 'text', text: typed }, { data, env });
    expect(answered).toMatchObject({ type: 'stay', reprompt: true });
    expect(answered.type === 'stay' ? textOf(answered.say ?? []) : '').toContain(`Salam kenal, ${name} 🙏`);
  });

  it('still searches a desa typed there, within the officer\'s areas', () => {
    expect(village.on({ type: 'text', text: 'sidoarum' }, { data, env })).toMatchObject({ type: 'start', input: { query: 'sidoarum', within: ['34.04.02'] } });
  });
});
