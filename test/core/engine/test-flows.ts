/**
 * Small flows that exercise every engine feature, used by the fixture tests. They are
 * deliberately not the product's flows, so engine tests do not change when copy does.
 */
import type { Engine } from '../../../src/core/engine/engine.js';
import { createEngine } from '../../../src/core/engine/engine.js';
import { defineFlow, type FlowEnv } from '../../../src/core/engine/flow.js';
import { menuEntryIdOfButton, withMenu, type MenuEntry } from '../../../src/core/menu.js';
import { say } from '../../../src/core/messages.js';
import { t, verbatim } from '../../../src/core/text.js';

/** Menu of the test assistant. */
export const TEST_MENU: readonly MenuEntry[] = [{ id: 'survey', label: t('menu.survey'), flow: 'survey' }];

const root = defineFlow<Record<string, never>>({
  id: 'root',
  version: 1,
  title: t('root.title'),
  start: () => ({ step: 'home', data: {} }),
  steps: {
    home: {
      expects: t('root.expects'),
      // The runner fills in the menu's buttons (the fixture test does it with TEST_MENU).
      prompt: () => withMenu(say(t('root.menu'))),
      on(input) {
        if (input.type === 'button') {
          // The test menu never changes, so this root flow may read it at step time.
          const entry = TEST_MENU.find((item) => item.id === menuEntryIdOfButton(input.id));
          return entry ? { type: 'start', flow: entry.flow } : { type: 'invalid' };
        }
        if (input.type === 'text') return { type: 'stay', say: [say(t('root.echo', { text: input.text }))] };
        return { type: 'invalid' };
      },
    },
  },
});

interface SurveyData {
  name?: string;
  count?: number;
  lookup?: string;
}

const survey = defineFlow<SurveyData>({
  id: 'survey',
  version: 2,
  title: t('survey.title'),
  keepsDraft: true,
  start: () => ({ step: 'name', data: {}, say: [say(t('survey.intro'))] }),
  steps: {
    name: {
      expects: t('survey.name.expects'),
      example: t('survey.name.example'),
      help: t('survey.name.help'),
      prompt: () => say(t('survey.name.prompt')),
      on(input, { data }) {
        // A name can also come from the picker sub-flow.
        if (input.type === 'button' && input.id === 'pick') return { type: 'start', flow: 'picker' };
        if (input.type === 'effect-result' && input.effect === 'flow:picker') {
          return { type: 'goto', step: 'count', data: { ...data, name: String(input.value) } };
        }
        if (input.type !== 'text' || input.text.trim() === '') return { type: 'invalid' };
        return { type: 'goto', step: 'count', data: { ...data, name: input.text.trim() } };
      },
    },
    count: {
      expects: t('survey.count.expects'),
      example: t('survey.count.example'),
      prompt: ({ data }) => say(t('survey.count.prompt', { name: data.name ?? '' })),
      on(input, { data }) {
        const value = input.type === 'text' ? Number(input.text) : NaN;
        if (!Number.isInteger(value) || value < 1) return { type: 'invalid', reason: t('survey.count.notNumber') };
        // Asks the runner to look something up before the next question is shown.
        return {
          type: 'goto',
          step: 'confirm',
          data: { ...data, count: value },
          effects: [{ type: 'survey.lookup', payload: { name: data.name }, reply: true }],
        };
      },
    },
    confirm: {
      expects: t('survey.confirm.expects'),
      prompt: ({ data }) =>
        say(t('survey.confirm.prompt', { name: data.name ?? '', count: data.count ?? 0, lookup: data.lookup ?? '-' }), [
          { id: 'yes', label: t('survey.yes') },
          { id: 'no', label: t('survey.no') },
        ]),
      on(input, { data }) {
        if (input.type === 'effect-result') return { type: 'stay', data: { ...data, lookup: String(input.value) }, reprompt: true };
        if (input.type === 'button' && input.id === 'yes') {
          return { type: 'done', say: [say(t('survey.saved'))], effects: [{ type: 'survey.save', payload: data }], menu: true };
        }
        if (input.type === 'button' && input.id === 'no') return { type: 'goto', step: 'name', data: {} };
        return { type: 'invalid' };
      },
    },
  },
});

const picker = defineFlow<Record<string, never>>({
  id: 'picker',
  version: 1,
  title: t('picker.title'),
  deepLink: 'pk',
  start: (input) => ({
    step: 'ask',
    data: {},
    ...(input && typeof input === 'object' && 'deepLinkArg' in input ? { say: [say(t('picker.linked', { arg: String(input.deepLinkArg) }))] } : {}),
  }),
  steps: {
    ask: {
      expects: t('picker.expects'),
      prompt: () => say(t('picker.prompt')),
      on(input) {
        if (input.type !== 'text') return { type: 'invalid' };
        return { type: 'done', say: [say(t('picker.picked'))], result: input.text.toUpperCase() };
      },
    },
  },
});

/** A side trip a typed command ("/peek") opens from any step, like /datasaya. */
const peek = defineFlow<Record<string, never>>({
  id: 'peek',
  version: 1,
  title: t('peek.title'),
  start: () => ({ step: 'show', data: {} }),
  steps: {
    show: {
      expects: t('peek.expects'),
      prompt: () => say(t('peek.prompt'), [{ id: 'deeper', label: t('peek.deeper') }]),
      on(input) {
        // Like "Hapus data" in /datasaya: another flow in its place.
        if (input.type === 'button' && input.id === 'deeper') return { type: 'start', flow: 'picker', replace: true };
        // Like "Hapus data" in /datasaya opened over /hapusdata: the side trip below, afresh.
        if (input.type === 'button' && input.id === 'memo') return { type: 'start', flow: 'memo', replace: true };
        if (input.type === 'button' && input.id === 'ok') return { type: 'done' };
        // Like the erasure: everything the person typed anywhere goes.
        if (input.type === 'button' && input.id === 'wipe') return { type: 'done', restart: true, say: [say(t('peek.wiped'))] };
        return { type: 'invalid' };
      },
    },
  },
});

/** A second side trip ("/memo"), like /hapusdata under a /datasaya typed on top of it. */
const memo = defineFlow<Record<string, never>>({
  id: 'memo',
  version: 1,
  title: t('memo.title'),
  start: () => ({ step: 'show', data: {} }),
  steps: {
    show: {
      expects: t('memo.expects'),
      prompt: () => say(t('memo.prompt')),
      on: () => ({ type: 'invalid' }),
    },
  },
});

/**
 * A list of the person's records, read by an effect: shown afresh when the person comes back
 * to it (`refresh`), like Kegiatan saya after Konfirmasi. Opened by its deep link ("go:rc:").
 */
const records = defineFlow<{ items?: string }>({
  id: 'records',
  version: 1,
  title: t('records.title'),
  deepLink: 'rc',
  start: () => ({ step: 'list', data: {}, effects: [{ type: 'records.list', reply: true }] }),
  steps: {
    list: {
      expects: t('records.expects'),
      prompt: ({ data }) => say(t('records.prompt', { items: data.items ?? '-' }), [{ id: 'edit', label: t('records.edit') }]),
      refresh: () => ({ type: 'records.list' }),
      on(input) {
        if (input.type === 'effect-result' && input.effect === 'records.list') return { type: 'stay', data: { items: String(input.value) }, reprompt: true };
        // A sub-flow on top, like fixing a record from the list.
        if (input.type === 'button' && input.id === 'edit') return { type: 'start', flow: 'picker' };
        if (input.type === 'effect-result' && input.effect === 'flow:picker') return { type: 'stay', say: [say(t('records.edited'))] };
        return { type: 'invalid' };
      },
    },
  },
});

const language = defineFlow<Record<string, never>>({
  id: 'lang',
  version: 1,
  title: t('lang.title'),
  start: () => ({ step: 'choose', data: {} }),
  steps: {
    choose: {
      expects: t('lang.expects'),
      prompt: () => say(t('lang.prompt')),
      on(input) {
        if (input.type === 'text' && ['id', 'en'].includes(input.text)) {
          return { type: 'done', effects: [{ type: 'person.setLocale', payload: { locale: input.text } }], menu: true };
        }
        return { type: 'invalid' };
      },
    },
  },
});

/** An engine over the test flows; `surveyVersion` lets a test simulate a code change. */
export function createTestEngine(surveyVersion = survey.version): Engine {
  return createEngine({
    flows: [root, { ...survey, version: surveyVersion }, picker, peek, memo, records, language],
    commandFlows: (input) => (input.type === 'text' && (input.text === '/peek' || input.text === '/memo') ? { flow: input.text.slice(1) } : null),
    fallbackFlows: (input) => (input.type === 'text' && input.text === 'peek!' ? { flow: 'peek' } : null),
    rootFlow: 'root',
    languageFlow: 'lang',
    idleTimeoutMs: 24 * 3_600_000,
    maxInvalid: 3,
  });
}

/** A flow environment at a given time. */
export function testEnv(now: string): FlowEnv {
  return {
    now: new Date(now),
    person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null },
  };
}

/** A root flow whose menu opens the flow named by the text typed: for tests of one step's handling, standing at it in one message. */
export const openingRoot = defineFlow<Record<string, never>>({
  id: 'root',
  version: 1,
  title: verbatim('root'),
  start: () => ({ step: 'home', data: {} }),
  steps: {
    home: { expects: verbatim('anything'), prompt: () => say(verbatim('Home')), on: (input) => (input.type === 'text' ? { type: 'start', flow: input.text } : { type: 'invalid' }) },
  },
});

/** Flow `id`: its one step "ask" (prompt "`id`?") refuses every answer; `asides` as StepDef.asides. */
export const refusingFlow = (id: string, asides?: 'eager' | true) =>
  defineFlow<Record<string, never>>({
    id,
    version: 1,
    title: verbatim(id),
    start: () => ({ step: 'ask', data: {} }),
    steps: { ask: { expects: verbatim('anything'), prompt: () => say(verbatim(`${id}?`)), on: () => ({ type: 'invalid' }), ...(asides && { asides }) } },
  });
