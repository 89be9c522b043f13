/**
 * "petugas ABCD-EFGH": an officer sends the invite code an admin gave them, on any
 * channel, and becomes an officer of the invite's kind and areas. Started from the main
 * menu when a message looks like an invite code, or by "petugas" alone (then it asks).
 */
import { z } from 'zod';
import { defineFlow } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { textOf } from '../flow-kit.js';
import { OFFICER_ENROLL } from './effects.js';
import { normalizeInviteCode } from './invite-code.js';
import { profileText } from './profile-text.js';

export const OFFICER_ENROLL_FLOW_ID = 'officer.enroll';
/**
 * Deep link `go:inv:<code>`: the invite code in one tap (Telegram's
 * `t.me/<bot>?start=inv-<code>`, printed by `npm run invite`).
 */
export const OFFICER_INVITE_DEEP_LINK = 'inv';

/** What starts the flow: the code when the user typed one. */
export interface EnrollInput {
  readonly code?: string;
}

/** A deep link's argument (DeepLinkInput) or a typed code (EnrollInput); anything else asks for the code. */
const startInputSchema = z.object({ deepLinkArg: z.string().optional(), code: z.string().optional() });

/** The enrollment flow. */
export const officerEnrollFlow = defineFlow<Record<string, never>>({
  id: OFFICER_ENROLL_FLOW_ID,
  version: 1,
  title: t('officers:enroll.title'),
  deepLink: OFFICER_INVITE_DEEP_LINK,
  start: (input) => {
    // From a deep link the code is checked like a typed one: anyone can make such a link.
    const parsed = startInputSchema.safeParse(input);
    const asked = parsed.success ? parsed.data : {};
    const code = asked.deepLinkArg !== undefined ? (normalizeInviteCode(asked.deepLinkArg) ?? undefined) : asked.code;
    return code ? { step: 'code', data: {}, effects: [OFFICER_ENROLL.request({ code })] } : { step: 'code', data: {} };
  },
  steps: {
    code: {
      prompt: () => say(t('officers:enroll.askCode')),
      expects: t('officers:enroll.expectsCode'),
      example: t('officers:enroll.exampleCode'),
      on(input) {
        const result = OFFICER_ENROLL.result(input);
        if (result) {
          if (result.kind === 'enrolled') {
            return { type: 'done', say: [say([t('officers:enroll.enrolled'), profileText(result.profile), t('officers:enroll.next')])], menu: true };
          }
          // A wrong code ends the attempt: the user may have meant something else entirely.
          return { type: 'done', say: [say([t(`officers:enroll.failed.${result.kind}`), t('officers:enroll.linkHint')])], menu: true };
        }
        const code = normalizeInviteCode((textOf(input) ?? '').replace(/^(?:petugas|officer)\s+/i, ''));
        if (!code) return { type: 'invalid' };
        return { type: 'stay', effects: [OFFICER_ENROLL.request({ code })] };
      },
    },
  },
});
