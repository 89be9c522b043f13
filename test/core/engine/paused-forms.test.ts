/**
 * A form set aside with `menu` while the person opens another entry from the menu: the form
 * stays offered (Lanjutkan) once the other ends, is cancelled or is itself set aside, and only
 * opening the same form again starts it afresh. And what `batal` says of a flow that saves as
 * it goes (its own `cancelled` text, not "nothing was saved").
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/core/engine/engine.js';
import { commandButtonId } from '../../../src/core/engine/commands.js';
import { deepLinkButtonId, defineFlow, type StepInput } from '../../../src/core/engine/flow.js';
import { say, type OutboundMessage } from '../../../src/core/messages.js';
import { t } from '../../../src/core/text.js';
import { testEnv } from './test-flows.js';

const root = defineFlow<Record<string, never>>({
  id: 'root',
  version: 1,
  title: t('root.title'),
  start: () => ({ step: 'home', data: {} }),
  steps: {
    home: {
      expects: t('root.expects'),
      prompt: () => say(t('root.menu')),
      on: (input) => (input.type === 'button' && input.id.startsWith('open:') ? { type: 'start', flow: input.id.slice(5) } : { type: 'invalid' }),
    },
  },
});

/** A registration-like form: two answers, nothing saved until the end. */
const form = defineFlow<{ name?: string }>({
  id: 'form',
  version: 1,
  // Opened from an alert's button too, wherever the person is.
  deepLink: 'fm',
  title: t('form.title'),
  keepsDraft: true,
  start: () => ({ step: 'name', data: {} }),
  steps: {
    name: {
      expects: t('form.expects'),
      prompt: () => say(t('form.name')),
      on: (input) => {
        // A name can be picked in a sub-flow, as a registration's desa is.
        if (input.type === 'button' && input.id === 'pick') return { type: 'start', flow: 'picker' };
        return input.type === 'text' ? { type: 'goto', step: 'count', data: { name: input.text } } : { type: 'invalid' };
      },
    },
    count: {
      expects: t('form.expects'),
      prompt: ({ data }) => say(t('form.count', { name: data.name ?? '' })),
      // A count can be picked too; the picker's answer ends the form as a typed one does.
      on: (input) => (input.type === 'button' && input.id === 'pick' ? { type: 'start', flow: 'picker' } : { type: 'done', menu: true }),
    },
  },
});

/** A desa-picker-like sub-flow, started by the form: one question, its answer handed back. */
const picker = defineFlow<Record<string, never>>({
  id: 'picker',
  version: 1,
  title: t('picker.title'),
  start: () => ({ step: 'pick', data: {} }),
  steps: {
    pick: {
      expects: t('picker.expects'),
      prompt: () => say(t('picker.prompt')),
      // "deeper": a level down, in place of this one (as the desa picker goes from kabupaten to kecamatan).
      on: (input) => (input.type === 'button' && input.id === 'deeper' ? { type: 'start', flow: 'picker', replace: true } : { type: 'done', result: 'x' }),
    },
  },
});

/** A status-check-like flow: one question, then back to the menu. */
const check = defineFlow<Record<string, never>>({
  id: 'check',
  version: 1,
  title: t('check.title'),
  start: () => ({ step: 'ask', data: {} }),
  steps: {
    ask: {
      expects: t('check.expects'),
      prompt: () => say(t('check.ask')),
      on: () => ({ type: 'done', say: [say(t('check.result'))], menu: true }),
    },
  },
});

/** A Kelompok-saya-like flow: each change is saved when made, so `batal` says so. */
const saver = defineFlow<Record<string, never>>({
  id: 'saver',
  version: 1,
  title: t('saver.title'),
  cancelled: t('saver.cancelled'),
  start: () => ({ step: 'edit', data: {} }),
  steps: {
    // Each change saved, then the same question again (a step of its own: `kembali` goes back through the changes).
    edit: { expects: t('saver.expects'), prompt: () => say(t('saver.edit')), on: () => ({ type: 'goto', step: 'edit', say: [say(t('saver.saved'))] }) },
  },
});

const language = defineFlow<Record<string, never>>({
  id: 'lang',
  version: 1,
  title: t('lang.title'),
  start: () => ({ step: 'pick', data: {} }),
  steps: { pick: { expects: t('lang.expects'), prompt: () => say(t('lang.pick')), on: () => ({ type: 'done', menu: true }) } },
});

function engine(): Engine {
  return createEngine({
    flows: [root, form, picker, check, saver, language],
    rootFlow: 'root',
    languageFlow: 'lang',
    idleTimeoutMs: 3_600_000,
    maxInvalid: 3,
    // A typed command opening a flow from anywhere, as /datasaya does.
    commandFlows: (input) => (input.type === 'text' && input.text === '/check' ? { flow: 'check' } : null),
  });
}

/**
 * A chat with the engine: each input returns the message keys (with buttons) and keeps the state
 * as JSON. A minute passes between two inputs; `after` lets more pass before the next one.
 */
function chat() {
  const bot = engine();
  let stored: unknown = null;
  let minute = 0;
  const send = (input: string | { button: string }): string[] => {
    const content: StepInput = typeof input === 'string' ? { type: 'text', text: input } : { type: 'button', id: input.button };
    const result = bot.step(stored, content, testEnv(new Date(Date.parse('2026-11-01T08:00:00Z') + 60_000 * minute++).toISOString()));
    stored = JSON.parse(JSON.stringify(result.state));
    return result.messages.map(shown);
  };
  return Object.assign(send, {
    after: (minutes: number) => {
      minute += minutes;
      return send;
    },
  });
}

function shown(message: OutboundMessage): string {
  const body = message.body.map((text) => (text.params?.name ? `${text.key}{${String(text.params.name)}}` : text.key)).join(' | ');
  return message.buttons ? `${body} [${message.buttons.map((button) => button.id).join(', ')}]` : body;
}

/** A chat whose form was answered once ("Ani") and set aside with `menu`. */
function formSetAside(): ReturnType<typeof chat> {
  const send = chat();
  send({ button: 'open:form' });
  send('Ani');
  send('menu');
  return send;
}

const RESUME = commandButtonId('resume');
/** The question's buttons: Lanjutkan, Mulai baru. */
const DRAFT = 'draft:resume, draft:fresh';

describe('a form set aside while another entry is opened from the menu', () => {
  it('is offered again once the other flow ends (was dropped when the other started)', () => {
    const send = chat();
    send({ button: 'open:form' });
    expect(send('Ani')).toEqual(['form.count{Ani}']);
    expect(send('menu')).toEqual([`root.menu [${RESUME}]`]);
    expect(send({ button: 'open:check' })).toEqual(['check.ask']);
    expect(send('panggungharjo')).toEqual(['check.result', `root.menu [${RESUME}]`]);
    // Lanjutkan: the form where it stood, its answer kept.
    expect(send({ button: RESUME })).toEqual(['form.count{Ani}']);
  });

  it('keeps one copy of a form reopened from an alert\'s button and set aside again (was paused twice)', () => {
    const send = formSetAside();
    // The alert's button opens the form afresh; the paused copy waits under it.
    expect(send({ button: deepLinkButtonId('fm', 'x') })).toEqual(['form.name']);
    send('Budi');
    send('menu');
    // Lanjutkan: the newer copy, and when it ends, the menu (no stale copy of the same form).
    expect(send({ button: RESUME })).toEqual(['form.count{Budi}']);
    expect(send('12')).toEqual(['root.menu']);
  });

  it('stays offered when the other flow is cancelled, and goes with a second batal at the menu', () => {
    const send = formSetAside();
    send({ button: 'open:check' });
    expect(send('batal')).toEqual(['engine.cancelled', `root.menu [${RESUME}]`]);
    expect(send('batal')).toEqual(['engine.cancelled', 'root.menu']);
    expect(send('batal')).toEqual(['engine.nothingToCancel', 'root.menu']);
  });

  it('stays under the other flow when that one is set aside too: Lanjutkan goes on with it, then with the form', () => {
    const send = formSetAside();
    send({ button: 'open:check' });
    expect(send('menu')).toEqual([`root.menu [${RESUME}]`]);
    expect(send({ button: RESUME })).toEqual(['check.ask']);
    expect(send('panggungharjo')).toEqual(['check.result', 'form.count{Ani}']);
  });

  it('is started afresh, the paused copy dropped, when the same form is opened from the menu and Mulai baru chosen (was dropped unasked)', () => {
    const send = formSetAside();
    expect(send({ button: 'open:form' })).toEqual([`engine.draft.ask [${DRAFT}]`]);
    expect(send({ button: 'draft:fresh' })).toEqual(['form.name']);
    expect(send('menu')).toEqual([`root.menu [${RESUME}]`]);
    // Still at its first question: nothing to ask about, dropped as before.
    expect(send({ button: 'open:form' })).toEqual(['form.name']);
    expect(send('Budi')).toEqual(['form.count{Budi}']);
  });

  it('asked about when the same form is opened again: another entry opened instead is done, the copy still offered', () => {
    const send = formSetAside();
    expect(send({ button: 'open:form' })).toEqual([`engine.draft.ask [${DRAFT}]`]);
    expect(send({ button: 'open:check' })).toEqual(['check.ask']);
    expect(send('panggungharjo')).toEqual(['check.result', `root.menu [${RESUME}]`]);
    expect(send({ button: RESUME })).toEqual(['form.count{Ani}']);
  });

  it('goes on with the copy and its sub-flow on Lanjutkan, leaving a flow set aside on top of it paused', () => {
    const send = chat();
    send({ button: 'open:form' });
    send('Ani');
    expect(send({ button: 'pick' })).toEqual(['picker.prompt']);
    send('menu');
    send({ button: 'open:check' });
    send('menu');
    expect(send({ button: 'open:form' })).toEqual([`engine.draft.ask [${DRAFT}]`]);
    // Where it stood: the picker inside the form, not the check set aside on top of them.
    expect(send({ button: 'draft:resume' })).toEqual(['picker.prompt']);
    expect(send('x')).toEqual([`root.menu [${RESUME}]`]);
    expect(send({ button: RESUME })).toEqual(['check.ask']);
  });

  it('is answered or left by whatever else is typed at its question: a command, "menu", "lanjut" (the question is not asked again after)', () => {
    const command = formSetAside();
    expect(command({ button: 'open:form' })).toEqual([`engine.draft.ask [${DRAFT}]`]);
    expect(command('/check')).toEqual(['check.ask']);
    expect(command('panggungharjo')).toEqual(['check.result', `root.menu [${RESUME}]`]);
    const menu = formSetAside();
    menu({ button: 'open:form' });
    expect(menu('menu')).toEqual([`root.menu [${RESUME}]`]);
    expect(menu({ button: 'open:check' })).toEqual(['check.ask']);
    const resume = formSetAside();
    resume({ button: 'open:form' });
    expect(resume('lanjut')).toEqual(['form.count{Ani}']);
  });

  it('stays asked after help, and after words the menu reads that start nothing', () => {
    const send = formSetAside();
    send({ button: 'open:form' });
    expect(send('bantuan')).toEqual(['engine.help', `engine.draft.ask [${DRAFT}]`]);
    expect(send('apa kabar')).toEqual(['engine.draft.again', `engine.draft.ask [${DRAFT}]`]);
    expect(send({ button: 'draft:resume' })).toEqual(['form.count{Ani}']);
  });

  it('is kept when the language is changed at the menu', () => {
    const send = formSetAside();
    expect(send('bahasa')).toEqual(['lang.pick']);
    expect(send('english')).toEqual([`root.menu [${RESUME}]`]);
  });
});

describe('a flow that is no form keeping answers (it saves each change as it is made), opened again from the menu', () => {
  it('starts afresh without asking: no answer of it is lost', () => {
    const send = chat();
    send({ button: 'open:saver' });
    expect(send('nama baru')).toEqual(['saver.saved', 'saver.edit']);
    send('menu');
    expect(send({ button: 'open:saver' })).toEqual(['saver.edit']);
    expect(send('menu')).toEqual([`root.menu [${RESUME}]`]);
  });
});

describe('the Lanjutkan button', () => {
  it('names the flow opened from the menu, not the sub-flow it stood in (was the desa picker\'s title)', () => {
    const bot = engine();
    let state: unknown = null;
    const send = (input: StepInput) => {
      const result = bot.step(state, input, testEnv('2026-11-01T08:00:00Z'));
      state = JSON.parse(JSON.stringify(result.state));
      return result.messages;
    };
    send({ type: 'button', id: 'open:form' });
    expect(send({ type: 'button', id: 'pick' }).map(shown)).toEqual(['picker.prompt']);
    send({ type: 'button', id: 'deeper' });
    const menu = send({ type: 'text', text: 'menu' });
    const resume = menu.at(-1)?.buttons?.find((button) => button.id === RESUME);
    expect(resume?.label).toMatchObject({ key: 'engine.resume', params: { flow: { key: 'form.title' } } });
    // Lanjutkan: on with the picker where it stood, inside the form.
    expect(send({ type: 'button', id: RESUME }).map(shown)).toEqual(['picker.prompt']);
  });
});

describe('batal in a flow that saves as it goes', () => {
  it('says that flow\'s own words (what was saved stays), not "nothing was saved"', () => {
    const send = chat();
    send({ button: 'open:saver' });
    expect(send('nama baru')).toEqual(['saver.saved', 'saver.edit']);
    expect(send('batal')).toEqual(['saver.cancelled', 'root.menu']);
    // Set aside with menu, then cancelled at the menu: the same words.
    send({ button: 'open:saver' });
    send('menu');
    expect(send('batal')).toEqual(['saver.cancelled', 'root.menu']);
  });
});

describe('what ▶️ Lanjutkan offers as time goes by (the person chatting on meanwhile)', () => {
  it('no longer offers a question set aside 40 minutes ago that held nothing typed (a desa\'s status asked, was offered for as long as the chat went on)', () => {
    const send = chat();
    send({ button: 'open:check' });
    expect(send('menu')).toEqual([`root.menu [${RESUME}]`]);
    send.after(20)('halo');
    expect(send.after(20)('menu')).toEqual(['root.menu']);
    expect(send('lanjut')).toEqual(['engine.nothingToResume', 'root.menu']);
  });

  it('still offers that question set aside a few minutes ago', () => {
    const send = chat();
    send({ button: 'open:check' });
    send('menu');
    expect(send.after(5)('menu')).toEqual([`root.menu [${RESUME}]`]);
    expect(send({ button: RESUME })).toEqual(['check.ask']);
  });

  it('keeps a form holding an answer resumable long after, the old question above it dropped', () => {
    const send = formSetAside();
    send({ button: 'open:check' });
    send('menu');
    send.after(20)('halo');
    expect(send.after(20)('menu')).toEqual([`root.menu [${RESUME}]`]);
    // Lanjutkan: the form where it stood, its answer kept; the status question is gone.
    expect(send({ button: RESUME })).toEqual(['form.count{Ani}']);
    expect(send('12')).toEqual(['root.menu']);
  });

  it('drops a form still at its first question (nothing typed in it) once it is old', () => {
    const send = chat();
    send({ button: 'open:form' });
    send('menu');
    send.after(20)('halo');
    expect(send.after(20)('menu')).toEqual(['root.menu']);
  });

  it('dates a flow paused before the rule from the first message after it, not from never (an older state is not misread)', () => {
    const bot = engine();
    const older = {
      v: 1,
      stack: [{ flow: 'root', version: 1, step: 'home', data: {}, history: [] }],
      paused: [{ flow: 'check', version: 1, step: 'ask', data: {}, history: [] }],
      invalid: 0,
      lastActiveAt: '2026-11-01T08:00:00Z',
    };
    const first = bot.step(older, { type: 'text', text: 'menu' }, testEnv('2026-11-01T08:10:00Z'));
    expect(first.messages.map(shown)).toEqual([`root.menu [${RESUME}]`]);
    const later = bot.step(JSON.parse(JSON.stringify(first.state)), { type: 'text', text: 'menu' }, testEnv('2026-11-01T08:50:00Z'));
    expect(later.messages.map(shown)).toEqual(['root.menu']);
  });
});
