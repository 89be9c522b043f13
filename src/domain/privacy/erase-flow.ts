/**
 * /hapusdata: explains what deleting one's data does, asks for an explicit confirmation
 * (a button, or typing "hapus"), then anonymises the person in this message's transaction.
 * Afterwards the chat account belongs to nobody: the next message starts as a stranger.
 */
import { commandButton } from '../../core/engine/commands.js';
import { defineFlow } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { textOf } from '../flow-kit.js';
import { confirmsPrivacyRequest } from './confirmation.js';
import { declinesConfirmation } from './declined.js';
import { ERASE_DATA } from './effects.js';

import { ERASE_FLOW_ID } from './flow-ids.js';

export { ERASE_FLOW_ID };

const CONFIRM_BUTTON = 'erase:confirm';
/** Typed confirmations: deliberate words only, never a bare "ya". */
const CONFIRM_WORDS = new Set(['hapus', 'hapus data', 'hapus data saya', 'ya hapus', 'ya, hapus', 'delete', 'delete my data', 'yes delete', 'yes, delete']);

/** The erasure flow. */
export const eraseFlow = defineFlow<Record<string, never>>({
  id: ERASE_FLOW_ID,
  version: 1,
  title: t('privacy:erase.title'),
  start: () => ({ step: 'confirm', data: {} }),
  steps: {
    confirm: {
      prompt: () =>
        say([t('privacy:erase.explain'), t('privacy:erase.keeps'), t('privacy:erase.howToConfirm')], [
          { id: CONFIRM_BUTTON, label: t('privacy:erase.confirm') },
          commandButton('cancel'),
        ]),
      // "ya hapus data saya" here confirms: the request said again, not a reason to ask again.
      readsOwnCommand: true,
      expects: t('privacy:erase.expects'),
      on(input) {
        if (input.type === 'effect-result') {
          const result = ERASE_DATA.result(input);
          if (!result) return { type: 'invalid' };
          // No menu afterwards: it would be the erased person's menu, and this chat now starts
          // afresh: a registration /hapusdata interrupted (a ketua's name and phone) ends too.
          if (result.kind === 'erased') return { type: 'done', restart: true, say: [say([t('privacy:erase.done'), t('privacy:erase.fresh')])] };
          return { type: 'done', say: [say(t('privacy:erase.already'))] };
        }
        if (confirmsPrivacyRequest(input, CONFIRM_BUTTON, CONFIRM_WORDS, ERASE_FLOW_ID)) {
          return { type: 'stay', effects: [ERASE_DATA.request(undefined)] };
        }
        // "tidak", "no, keep it", "gak usah": nothing is done, and the person is told so.
        const text = textOf(input);
        if (text !== null && declinesConfirmation(text)) return { type: 'done', say: [say(t('privacy:erase.kept'))], menu: true };
        return { type: 'invalid' };
      },
    },
  },
});
