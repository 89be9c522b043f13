/**
 * "Hubungkan akun": one person, many channels. On the channel they already use, a person
 * asks for a one-time code; on the other channel they send it, and from then on both
 * identities are the same person — their groups, language and role follow them.
 */
import { defineFlow, type DeepLinkInput } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { ACCOUNT_EFFECTS, ACCOUNT_LINK_DEEP_LINK, formatLinkCode, normalizeLinkCode, type LinkCodeResult } from './effects.js';
import type { RedeemResult } from '../model/accounts.js';

export const LINK_ACCOUNT_FLOW_ID = 'account.link';

/** The link flow. */
export const linkAccountFlow = defineFlow<Record<string, never>>({
  id: LINK_ACCOUNT_FLOW_ID,
  version: 1,
  title: t('menu.linkAccount'),
  deepLink: ACCOUNT_LINK_DEEP_LINK,
  start: (input) => {
    const linked = (input as Partial<DeepLinkInput> | undefined)?.deepLinkArg;
    const code = linked !== undefined ? normalizeLinkCode(linked) : null;
    // A link that carries a code redeems it at once; a broken one asks for the code.
    if (code) return { step: 'enter', data: {}, effects: [{ type: ACCOUNT_EFFECTS.redeem, payload: { code }, reply: true }] };
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
        if (input.type === 'effect-result') {
          const { code, telegramLink } = input.value as LinkCodeResult;
          const shown = say(t('accounts:code', { code: formatLinkCode(code) }));
          // On the web chat or WhatsApp, the Telegram account is one tap away.
          const link = telegramLink !== undefined ? [say(t('accounts:codeTelegramLink', { link: telegramLink }))] : [];
          return { type: 'done', say: [shown, ...link], menu: true };
        }
        const choice = buttonOf(input);
        if (choice === 'link:create') return { type: 'stay', effects: [{ type: ACCOUNT_EFFECTS.createCode, reply: true }] };
        if (choice === 'link:enter') return { type: 'goto', step: 'enter' };
        // Someone who already has a code may just type it here.
        const code = normalizeLinkCode(textOf(input) ?? '');
        if (code) return { type: 'goto', step: 'enter', effects: [{ type: ACCOUNT_EFFECTS.redeem, payload: { code }, reply: true }] };
        return { type: 'invalid' };
      },
    },
    enter: {
      prompt: () => say(t('accounts:askCode')),
      expects: t('accounts:expectsCode'),
      example: t('accounts:exampleCode'),
      on(input) {
        if (input.type === 'effect-result') {
          const result = input.value as RedeemResult;
          if (result.kind === 'linked') return { type: 'done', say: [say(t('accounts:linked'))], menu: true };
          return { type: 'stay', say: [say(t(`accounts:failed.${result.kind}`))], reprompt: true };
        }
        const code = normalizeLinkCode(textOf(input) ?? '');
        if (!code) return { type: 'invalid' };
        return { type: 'stay', effects: [{ type: ACCOUNT_EFFECTS.redeem, payload: { code }, reply: true }] };
      },
    },
  },
});
