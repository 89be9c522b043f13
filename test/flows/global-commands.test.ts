/**
 * Every global command at every step of every flow: menu, batal, kembali, bantuan, /start,
 * /datasaya, /hapusdata, /tarikpersetujuan and bahasa (typed, with Telegram's "@bot" suffix,
 * and as buttons) never reach a step as its answer. The steps are enumerated from the
 * assistant as the app builds it (test/support/assistant.ts, the same enumeration the
 * hostile-input walks check their coverage against), so a new flow or step is covered by
 * itself. Each step's handler is wrapped to fail the test if a command reaches it.
 *
 * The engine is channel-neutral: web chat, Telegram and WhatsApp hand it the same text.
 * test/flows/global-commands-channels.test.ts sends commands through each channel.
 */
import { describe, expect, it } from 'vitest';
import type { AnyFlow, FlowEnv, StepDef, StepInput } from '../../src/core/engine/flow.js';
import type { EngineState } from '../../src/core/engine/state.js';
import { say } from '../../src/core/messages.js';
import { t } from '../../src/core/text.js';
import { privacyCommandFlow } from '../../src/domain/privacy/commands.js';
import { ERASE_FLOW_ID, MY_DATA_FLOW_ID, WITHDRAW_FLOW_ID } from '../../src/domain/privacy/flow-ids.js';
import { OFFICER_ENROLL_FLOW_ID } from '../../src/domain/officers/enroll-flow.js';
import { assistantEngine, testAssistant } from '../support/assistant.js';

const NOW = '2026-12-05T08:00:00.000Z';

type Expect = 'menu' | 'cancel' | 'back' | 'help' | 'language' | { readonly flow: string };

/** The commands people use, how they may arrive, and what each must do. */
const COMMANDS: ReadonlyArray<{ readonly input: StepInput; readonly does: Expect }> = [
  { input: { type: 'text', text: 'menu' }, does: 'menu' },
  { input: { type: 'button', id: 'cmd:menu' }, does: 'menu' },
  // Chat words around it: at a desa's question they were searched as desa "Balik", "Bentar", "Menur".
  { input: { type: 'text', text: 'balik ke menu' }, does: 'menu' },
  { input: { type: 'text', text: 'eh bentar, menu dong' }, does: 'menu' },
  { input: { type: 'text', text: '/start' }, does: 'menu' },
  { input: { type: 'text', text: 'batal' }, does: 'cancel' },
  { input: { type: 'text', text: '/batal@wksbm_bot' }, does: 'cancel' },
  { input: { type: 'button', id: 'cmd:cancel' }, does: 'cancel' },
  { input: { type: 'text', text: 'kembali' }, does: 'back' },
  { input: { type: 'button', id: 'cmd:back' }, does: 'back' },
  { input: { type: 'text', text: 'bantuan' }, does: 'help' },
  { input: { type: 'text', text: 'Help!' }, does: 'help' },
  { input: { type: 'text', text: 'bahasa' }, does: 'language' },
  { input: { type: 'text', text: 'language' }, does: 'language' },
  { input: { type: 'text', text: '/datasaya' }, does: { flow: MY_DATA_FLOW_ID } },
  { input: { type: 'text', text: '/datasaya@wksbm_bot' }, does: { flow: MY_DATA_FLOW_ID } },
  { input: { type: 'text', text: '/hapusdata' }, does: { flow: ERASE_FLOW_ID } },
  { input: { type: 'text', text: 'hapus data saya' }, does: { flow: ERASE_FLOW_ID } },
  { input: { type: 'text', text: '/tarikpersetujuan' }, does: { flow: WITHDRAW_FLOW_ID } },
  // An officer's invite code with its word enrolls them whatever the bot was asking.
  { input: { type: 'text', text: 'petugas abcd efgh' }, does: { flow: OFFICER_ENROLL_FLOW_ID } },
];

class CommandReachedStep extends Error {}

/** The flow with every step's handler failing on user input and prompts that never throw on empty data. */
function guarded(flow: AnyFlow): AnyFlow {
  const steps: Record<string, StepDef<unknown>> = {};
  for (const [name, step] of Object.entries(flow.steps) as Array<[string, StepDef<unknown>]>) {
    steps[name] = {
      ...step,
      prompt(ctx) {
        try {
          return step.prompt(ctx);
        } catch {
          // Some prompts need data collected earlier; this test is about routing, not wording.
          return say(t('test.prompt'));
        }
      },
      on(input) {
        // A step that reads its own flow's request said again (the erase confirmation) gets it
        // first; refused, the flow starts afresh, which the case's expectation checks.
        if (step.readsOwnCommand === true && input.type === 'text' && privacyCommandFlow(input.text) === flow.id) return { type: 'invalid' };
        if (input.type !== 'effect-result') throw new CommandReachedStep(`${flow.id}/${name} received ${JSON.stringify(input)}`);
        return { type: 'stay' };
      },
    };
  }
  return { ...flow, steps };
}

describe('global commands at every step', () => {
  const assistant = testAssistant();
  const flows = assistant.flows.map(guarded);
  const engine = assistantEngine(assistant, flows);
  const root = flows.find((flow) => flow.id === assistant.rootFlow)!;
  const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };

  /** A conversation standing at `step` of `flow`, one answer into it (so "kembali" has somewhere to go). */
  function at(flow: AnyFlow, step: string): EngineState {
    const home = { flow: root.id, version: root.version, step: 'home', data: {}, history: [] };
    if (flow.id === root.id) return { v: 1, stack: [home], invalid: 0, lastActiveAt: NOW };
    const frame = { flow: flow.id, version: flow.version, step, data: {}, history: [{ step, data: { before: true } }] };
    return { v: 1, stack: [home, frame], invalid: 0, lastActiveAt: NOW };
  }

  const cases = flows.flatMap((flow) => Object.keys(flow.steps).map((step) => ({ flow, step })));

  it('enumerates every step of every flow', () => {
    expect(cases.length).toBeGreaterThan(40);
    expect(new Set(cases.map((c) => c.flow.id)).size).toBe(assistant.flows.length);
  });

  for (const { flow, step } of cases) {
    it(`${flow.id} / ${step}`, () => {
      const atRoot = flow.id === root.id;
      for (const { input, does } of COMMANDS) {
        // Outside a flow "/start" is the greeting the home step answers (it is no answer to a question).
        if (atRoot && input.type === 'text' && input.text === '/start') continue;
        const label = `${flow.id}/${step} ← ${JSON.stringify(input)}`;
        const result = engine.step(at(flow, step), input, env);
        const { stack, paused } = result.state;
        const top = stack[stack.length - 1]!;
        if (does === 'menu') {
          expect(stack.length, label).toBe(1);
          if (!atRoot) expect(paused?.[0]?.flow, label).toBe(flow.id);
        } else if (does === 'cancel') {
          expect(stack.length, label).toBe(1);
          expect(paused, label).toBeUndefined();
        } else if (does === 'back') {
          if (!atRoot) expect({ flow: top.flow, step: top.step, data: top.data }, label).toEqual({ flow: flow.id, step, data: { before: true } });
          else expect(stack.length, label).toBe(1);
        } else if (does === 'help') {
          expect({ flow: top.flow, step: top.step }, label).toEqual({ flow: flow.id, step });
          expect(result.messages[0]?.body.map((text) => text.key), label).toContain('engine.help');
        } else if (does === 'language') {
          expect(top.flow, label).toBe(assistant.languageFlow);
        } else {
          expect(top.flow, label).toBe(does.flow);
          // The interrupted question stays below, untouched, to be asked again afterwards.
          if (!atRoot && flow.id !== does.flow) {
            const below = stack[stack.length - 2]!;
            expect({ flow: below.flow, step: below.step, data: below.data }, label).toEqual({ flow: flow.id, step, data: {} });
          }
        }
      }
    });
  }
});
