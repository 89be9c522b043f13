/**
 * /tarikpersetujuan: withdraws consent after confirmation. From then on nothing new is
 * collected without agreeing again, and no notices are sent to the person; replies to
 * their own messages, the FAQ and status checks go on. What is held stays until they
 * delete it (/hapusdata).
 */
import { commandButton } from '../../core/engine/commands.js';
import { defineFlow } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { textOf } from '../flow-kit.js';
import { confirmsPrivacyRequest } from './confirmation.js';
import { declinesConfirmation } from './declined.js';
import { WITHDRAW_CONSENT } from './effects.js';

import { WITHDRAW_FLOW_ID } from './flow-ids.js';

export { WITHDRAW_FLOW_ID };

const CONFIRM_BUTTON = 'withdraw:confirm';
const CONFIRM_WORDS = new Set(['tarik', 'tarik persetujuan', 'ya tarik', 'withdraw', 'withdraw consent', 'yes withdraw']);

/** The withdrawal flow. */
export const withdrawFlow = defineFlow<Record<string, never>>({
  id: WITHDRAW_FLOW_ID,
  version: 1,
  title: t('privacy:withdraw.title'),
  start: () => ({ step: 'confirm', data: {} }),
  steps: {
    confirm: {
      prompt: () =>
        say(t('privacy:withdraw.explain'), [
          { id: CONFIRM_BUTTON, label: t('privacy:withdraw.confirm') },
          commandButton('cancel'),
        ]),
      // "ya cabut persetujuan saya" here confirms: the request said again, not a reason to ask again.
      readsOwnCommand: true,
      expects: t('privacy:withdraw.expects'),
      on(input) {
        if (input.type === 'effect-result') {
          const result = WITHDRAW_CONSENT.result(input);
          if (!result) return { type: 'invalid' };
          if (result.kind !== 'withdrawn') return { type: 'done', say: [say(t('privacy:withdraw.none'))], menu: true };
          // "No new personal data until you agree again": a registration /tarikpersetujuan
          // interrupted (a ketua's name and phone typed) ends, and is not saved afterwards.
          return { type: 'done', restart: true, say: [say(t('privacy:withdraw.done'))], menu: true };
        }
        if (confirmsPrivacyRequest(input, CONFIRM_BUTTON, CONFIRM_WORDS, WITHDRAW_FLOW_ID)) {
          return { type: 'stay', effects: [WITHDRAW_CONSENT.request(undefined)] };
        }
        // "tidak", "no, keep it", "gak usah": nothing is done, and the person is told so.
        const text = textOf(input);
        if (text !== null && declinesConfirmation(text)) return { type: 'done', say: [say(t('privacy:withdraw.kept'))], menu: true };
        return { type: 'invalid' };
      },
    },
  },
});
