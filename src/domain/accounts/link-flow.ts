/**
 * "Hubungkan akun": one person, many channels. On the channel they already use, a person
 * asks for a one-time code; on the other channel they send it, and from then on both
 * identities are the same person — their groups, language and role follow them.
 */
import { z } from 'zod';
import { defineFlow } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { ACCOUNT_LINK_DEEP_LINK, CREATE_LINK_CODE, REDEEM_LINK_CODE, formatLinkCode, normalizeLinkCode } from './effects.js';

export const LINK_ACCOUNT_FLOW_ID = 'account.link';

/** A deep link's input (see DeepLinkInput); any other start input asks what to do. */
const deepLinkSchema = z.object({ deepLinkArg: z.string() });

/** The link flow. */
export const linkAccountFlow = defineFlow<Record<string, never>>({
  id: LINK_ACCOUNT_FLOW_ID,
  version: 1,
  title: t('menu.linkAccount'),
  deepLink: ACCOUNT_LINK_DEEP_LINK,
  start: (input) => {
    const linked = deepLinkSchema.safeParse(input).data?.deepLinkArg;
    const code = linked !== undefined ? normalizeLinkCode(linked) : null;
    // A link that carries a code redeems it at once; a broken one asks for the code.
    if (code) return { step: 'enter', data: {}, effects: [REDEEM_LINK_CODE.request({ code })] };
    return linked !== undefined ? { step: 'enter', data: {} } : { step: 'choose', data: {} };
  },
  steps: {
    choose: {
      prompt: () =>
        say(t('accounts:intro'), [
          { id: 'link:create', label: t('accounts:create') },
          { id: 'link:enter', label: t('accounts:enter') },
        ]),
      expects: t('accounts:expectsChoice'),
      on(input) {
        const created = CREATE_LINK_CODE.result(input);
        if (created) {
          const { code, telegramLink } = created;
          const shown = say(t('accounts:code', { code: formatLinkCode(code) }));
          // On the web chat or WhatsApp, the Telegram account is one tap away.
          const link = telegramLink !== undefined ? [say(t('accounts:codeTelegramLink', { link: telegramLink }))] : [];
          return { type: 'done', say: [shown, ...link], menu: true };
        }
        const choice = buttonOf(input);
        if (choice === 'link:create') return { type: 'stay', effects: [CREATE_LINK_CODE.request(undefined)] };
        if (choice === 'link:enter') return { type: 'goto', step: 'enter' };
        // Someone who already has a code may just type it here.
        const code = normalizeLinkCode(textOf(input) ?? '');
        if (code) return { type: 'goto', step: 'enter', effects: [REDEEM_LINK_CODE.request({ code })] };
        return { type: 'invalid' };
      },
    },
    enter: {
      prompt: () => say(t('accounts:askCode')),
      expects: t('accounts:expectsCode'),
      example: t('accounts:exampleCode'),
      on(input) {
        const result = REDEEM_LINK_CODE.result(input);
        if (result) {
          if (result.kind === 'linked') return { type: 'done', say: [say(t('accounts:linked'))], menu: true };
          return { type: 'stay', say: [say(t(`accounts:failed.${result.kind}`))], reprompt: true };
        }
        const code = normalizeLinkCode(textOf(input) ?? '');
        if (!code) return { type: 'invalid' };
        return { type: 'stay', effects: [REDEEM_LINK_CODE.request({ code })] };
      },
    },
  },
});
