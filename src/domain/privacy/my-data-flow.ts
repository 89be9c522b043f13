/**
 * "Data saya" (/datasaya): shows the person everything the bot holds about them, then
 * offers to correct their name, to delete it all or to withdraw consent.
 */
import { commandButton } from '../../core/engine/commands.js';
import { defineFlow, type StepInput, type StepOutcome } from '../../core/engine/flow.js';
import { say, type Button } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { orListText } from '../model/message-parts.js';
import { guardingName, type NameAsked } from '../name-step.js';
import { DATA_REPORT, SET_MY_NAME } from './effects.js';
import { ERASE_FLOW_ID, MY_DATA_FLOW_ID, WITHDRAW_FLOW_ID } from './flow-ids.js';
import { readNameChange, readOwnName } from './name-change.js';
import { reportMessages } from './report-text.js';
import { declinesConfirmation } from './declined.js';
import { yesOrNo } from '../parse/yes-no.js';
import { reopenedByName } from '../own-entry.js';

export { MY_DATA_FLOW_ID };

interface MyDataData extends NameAsked {
  readonly consentActive?: boolean;
  /** A name is held: it can be corrected whether or not a consent is in force. */
  readonly hasName?: boolean;
}

const NAME_BUTTON = 'privacy:name';
const ERASE_BUTTON = 'privacy:erase';
const WITHDRAW_BUTTON = 'privacy:withdraw';

/** Whether the person may set their name here: one held is corrected; a first one needs consent in force. */
function maySetName(data: MyDataData): boolean {
  return data.consentActive === true || data.hasName === true;
}

/** The buttons under the report: a name to set, erasure, withdrawal while a consent is in force. */
function choicesOf(data: MyDataData): Button[] {
  const buttons: Button[] = [];
  if (maySetName(data)) buttons.push({ id: NAME_BUTTON, label: t('privacy:data.nameButton') });
  buttons.push({ id: ERASE_BUTTON, label: t('privacy:data.eraseButton') });
  if (data.consentActive) buttons.push({ id: WITHDRAW_BUTTON, label: t('privacy:data.withdrawButton') });
  // "Kembali" returns to the question /datasaya interrupted (or to the menu).
  buttons.push(commandButton('back'), commandButton('menu'));
  return buttons;
}

/** The choices' wording, as the buttons offered. */
function actionsKey(data: MyDataData): string {
  if (data.consentActive) return 'privacy:data.actions';
  return maySetName(data) ? 'privacy:data.actionsNoConsent' : 'privacy:data.actionsEraseOnly';
}

/**
 * The name saved, or refused for want of consent. Typed with the request on the choices, the
 * choices follow; from its own question, Data saya ends there (as a registration it
 * interrupted goes on), so that "kembali" afterwards never lands on that question again.
 */
function nameSaved(input: StepInput, data: MyDataData, step: 'show' | 'name'): StepOutcome<MyDataData> | null {
  const result = SET_MY_NAME.result(input);
  if (!result) return null;
  const said = say(result.kind === 'saved' ? t('privacy:name.saved', { name: result.name }) : t('privacy:name.needsConsent'));
  if (step === 'name') return { type: 'done', say: [said], menu: true };
  return { type: 'stay', data: { ...data, hasName: data.hasName === true || result.kind === 'saved' }, say: [said], reprompt: true };
}

/**
 * The "my data" flow. Its button's label typed at its choices ("🔒 Data saya") shows the
 * report again, as the entry does (see ../own-entry.ts); "data saya" and "/datasaya" reach the
 * engine's commandFlows first, which do the same.
 */
export const myDataFlow = reopenedByName(defineFlow<MyDataData>({
  id: MY_DATA_FLOW_ID,
  version: 2,
  title: t('privacy:menu.myData'),
  start: () => ({ step: 'show', data: {}, effects: [DATA_REPORT.request(undefined)] }),
  steps: {
    show: {
      // Standing on its own ("🔒 Data saya: …"): it is asked again after a side trip (a status
      // check typed here), where "this data" would point at that trip's answer.
      prompt: ({ data }) => say(t(actionsKey(data)), choicesOf(data)),
      // The buttons this person is shown, by their labels: no name or consent choice they lack.
      expects: ({ data }) => orListText(choicesOf(data).map((button) => button.label)),
      // "berapa biaya daftar?" typed while the data is on screen is answered by the FAQ.
      asides: true,
      on(input, { data }) {
        if (input.type === 'effect-result') {
          const saved = nameSaved(input, data, 'show');
          if (saved) return saved;
          const result = DATA_REPORT.result(input);
          if (!result) return { type: 'invalid' };
          return { type: 'stay', data: { consentActive: result.consentActive, hasName: result.report.displayName !== null }, say: reportMessages(result.report), reprompt: true };
        }
        const text = textOf(input);
        const choice = buttonOf(input) ?? text?.toLowerCase();
        // "nama saya salah, yg bener Bu Tutik Rahayu": saved at once; "ubah nama saya": asked for.
        const rename = choice === NAME_BUTTON ? { name: null } : text === null ? null : readNameChange(text);
        if (rename) {
          if (!maySetName(data)) return { type: 'invalid', reason: t('privacy:name.needsConsent') };
          if (rename.name === null) return { type: 'goto', step: 'name', data };
          const name = readOwnName(rename.name);
          if (!name.ok) return { type: 'goto', step: 'name', data, ...(name.reason && { say: [say(name.reason)] }) };
          return { type: 'stay', effects: [SET_MY_NAME.request({ name: name.name })] };
        }
        if (choice === ERASE_BUTTON || choice === 'hapus' || choice === 'delete') return { type: 'start', flow: ERASE_FLOW_ID, replace: true };
        if (choice === WITHDRAW_BUTTON || choice === 'tarik' || choice === 'withdraw') {
          return { type: 'start', flow: WITHDRAW_FLOW_ID, replace: true };
        }
        // Requests in words ("hapus data saya", "/datasaya" again) never get here: the engine's
        // commandFlows opens their flows first (privacy/commands.ts).
        return { type: 'invalid' };
      },
    },
    name: guardingName<MyDataData>({
      prompt: ({ data }) => say(t(data.hasName ? 'privacy:name.ask' : 'privacy:name.askFirst'), [commandButton('back')]),
      expects: t('privacy:name.expects'),
      example: t('privacy:name.example'),
      // A question typed here is answered, not taken for a name.
      asides: true,
      on(input, { data }) {
        const saved = nameSaved(input, data, 'name');
        if (saved) return saved;
        const text = textOf(input);
        if (text === null) return { type: 'invalid' };
        // "ganti nama saya jadi Bu Tutik" typed here as well as the name alone; "ubah nama" names no one.
        const change = readNameChange(text);
        if (change && change.name === null) return { type: 'stay', reprompt: true };
        // "tidak", "gak usah", "ya": a change of mind or a yes, no one's name; back to Data saya.
        if (!change && (declinesConfirmation(text) || yesOrNo(text) !== null)) return { type: 'goto', step: 'show', data };
        const name = readOwnName(change?.name ?? text);
        if (!name.ok) return name.reason ? { type: 'invalid', reason: name.reason } : { type: 'invalid' };
        return { type: 'stay', effects: [SET_MY_NAME.request({ name: name.name })] };
      },
    }, () => 'person'),
  },
}), { names: ['data saya', 'my data'] });
