/**
 * The steps that ask for a name are read from the flows (src/domain/name-step.ts nameStepsOf):
 * the assistant kept its own list beside the steps wrapped by guardingName, which could drift
 * apart when a name step was added or wrapped anew.
 */
import { describe, expect, it } from 'vitest';
import { defineFlow, type StepDef } from '../../src/core/engine/flow.js';
import { say } from '../../src/core/messages.js';
import { t } from '../../src/core/text.js';
import { guardingName, nameStepsOf, type NameAsked } from '../../src/domain/name-step.js';
import { registerGroupFlow } from '../../src/domain/groups/register-flow.js';
import { myGroupsFlow } from '../../src/domain/groups/my-groups-flow.js';
import { myDataFlow } from '../../src/domain/privacy/my-data-flow.js';
import { officerEnrollFlow } from '../../src/domain/officers/enroll-flow.js';
import { officerPanelFlow } from '../../src/domain/officers/panel-flow.js';

const ask = (key: string): StepDef<NameAsked> => ({ prompt: () => say(t(key)), expects: t(key), on: () => ({ type: 'invalid' }) });

describe('nameStepsOf', () => {
  it('finds a guarded step however it is wrapped afterwards, and no other', () => {
    const wrapped = (step: StepDef<NameAsked>): StepDef<NameAsked> => ({ ...step, on: (input, ctx) => step.on(input, ctx) });
    const flow = defineFlow<NameAsked>({
      id: 'test.names',
      version: 1,
      title: t('test'),
      start: () => ({ step: 'who', data: {} }),
      steps: { who: wrapped(guardingName(ask('who'), () => 'person')), what: ask('what'), group: guardingName(ask('group'), () => 'group') },
    });
    expect(nameStepsOf([flow])).toEqual([
      { flow: 'test.names', step: 'who' },
      { flow: 'test.names', step: 'group' },
    ]);
  });

  it('lists every name step of the assistant\'s flows (the members question asks about a name, but asks a count)', () => {
    const steps = nameStepsOf([registerGroupFlow, myGroupsFlow, myDataFlow, officerEnrollFlow, officerPanelFlow]).map(({ flow, step }) => `${flow}:${step}`);
    expect(steps).toEqual([
      'group.register:name', 'group.register:ketuaName', 'group.register:ownName', 'group.register:joinWho',
      `${myGroupsFlow.id}:edit`, `${myDataFlow.id}:name`, `${officerEnrollFlow.id}:name`, `${officerPanelFlow.id}:name`,
    ]);
  });
});
