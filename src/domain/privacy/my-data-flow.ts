/**
 * "Data saya" (/datasaya): shows the person everything the bot holds about them, then
 * offers to delete it or to withdraw consent.
 */
import { defineFlow } from '../../core/engine/flow.js';
import { say, type Button } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { DATA_REPORT } from './effects.js';
import { privacyCommandFlow } from './commands.js';
import { ERASE_FLOW_ID, MY_DATA_FLOW_ID, WITHDRAW_FLOW_ID } from './flow-ids.js';
import { reportMessages } from './report-text.js';

export { MY_DATA_FLOW_ID };

interface MyDataData {
  readonly consentActive?: boolean;
}

const ERASE_BUTTON = 'privacy:erase';
const WITHDRAW_BUTTON = 'privacy:withdraw';

/** The "my data" flow. */
export const myDataFlow = defineFlow<MyDataData>({
  id: MY_DATA_FLOW_ID,
  version: 1,
  title: t('privacy:menu.myData'),
  start: () => ({ step: 'show', data: {}, effects: [DATA_REPORT.request(undefined)] }),
  steps: {
    show: {
      prompt: ({ data }) => {
        const buttons: Button[] = [{ id: ERASE_BUTTON, label: t('privacy:data.eraseButton') }];
        if (data.consentActive) buttons.push({ id: WITHDRAW_BUTTON, label: t('privacy:data.withdrawButton') });
        // "Kembali" returns to the question /datasaya interrupted (or to the menu).
        buttons.push({ id: 'cmd:back', label: t('engine.button.back') }, { id: 'cmd:menu', label: t('engine.button.menu') });
        return say(t(data.consentActive ? 'privacy:data.actions' : 'privacy:data.actionsNoConsent'), buttons);
      },
      expects: t('privacy:data.expects'),
      // "berapa biaya daftar?" typed while the data is on screen is answered by the FAQ.
      asides: true,
      on(input) {
        if (input.type === 'effect-result') {
          const result = DATA_REPORT.result(input);
          if (!result) return { type: 'invalid' };
          return { type: 'stay', data: { consentActive: result.consentActive }, say: reportMessages(result.report), reprompt: true };
        }
        const text = textOf(input);
        const asked = text === null ? null : privacyCommandFlow(text);
        const choice = buttonOf(input) ?? text?.toLowerCase();
        if (choice === ERASE_BUTTON || choice === 'hapus' || choice === 'delete' || asked === ERASE_FLOW_ID) return { type: 'start', flow: ERASE_FLOW_ID, replace: true };
        if (choice === WITHDRAW_BUTTON || choice === 'tarik' || choice === 'withdraw' || asked === WITHDRAW_FLOW_ID) {
          return { type: 'start', flow: WITHDRAW_FLOW_ID, replace: true };
        }
        // "/datasaya" again: the report once more.
        if (asked === MY_DATA_FLOW_ID) return { type: 'stay', effects: [DATA_REPORT.request(undefined)] };
        return { type: 'invalid' };
      },
    },
  },
});
