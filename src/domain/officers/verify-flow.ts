/**
 * Behind the Verifikasi/Tolak buttons of an officer's alert (deep link `go:v:<target>`):
 * verifying is done at once; rejecting asks for a reason first, which the group's leaders
 * are told. Whatever the button says, the effects check the role, the area and that the
 * record is still pending at that moment.
 */
import { z } from 'zod';
import { defineFlow } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import { readFreeText } from '../flow-kit.js';
import { OFFICER_CHECK_TARGET, OFFICER_DECIDE } from './effects.js';
import type { DecideOutcome, TargetCheck } from './verification.js';
import { decodeVerifyTarget, VERIFY_DEEP_LINK, type VerifyTargetType } from './verify-target.js';

export const OFFICER_VERIFY_FLOW_ID = 'officer.verify';

interface VerifyData {
  readonly type?: VerifyTargetType;
  readonly id?: string;
  /** What is being rejected, once checked. */
  readonly label?: Text;
}

/** The deep link's argument (DeepLinkInput); anything else names no record. */
const startInputSchema = z.object({ deepLinkArg: z.string() });

/** The message for a check or decision that did not go through, or for a recorded one. */
function outcomeMessage(outcome: DecideOutcome | TargetCheck): OutboundMessage {
  switch (outcome.kind) {
    case 'recorded':
      return say(t(`officers:verify.recorded.${outcome.verdict}`, { what: outcome.label }));
    case 'decided':
      return say(t('officers:verify.decided', { what: outcome.label, state: t(`officers:verification.${outcome.verification}`) }));
    case 'ok':
      return say(t('officers:verify.askReason', { what: outcome.target.label }));
    default:
      return say(t(`officers:verify.${outcome.kind}`));
  }
}

/** The verification flow. */
export const officerVerifyFlow = defineFlow<VerifyData>({
  id: OFFICER_VERIFY_FLOW_ID,
  version: 1,
  title: t('officers:verify.title'),
  deepLink: VERIFY_DEEP_LINK,
  start: (input) => {
    const parsed = startInputSchema.safeParse(input);
    const target = decodeVerifyTarget(parsed.success ? parsed.data.deepLinkArg : '');
    if (!target) return { step: 'decide', data: {}, effects: [OFFICER_CHECK_TARGET.request(null)] };
    const data = { type: target.type, id: target.id };
    if (target.action === 'verify') return { step: 'decide', data, effects: [OFFICER_DECIDE.request({ ...data, verdict: 'verified', reason: null })] };
    return { step: 'reason', data, effects: [OFFICER_CHECK_TARGET.request(data)] };
  },
  steps: {
    decide: {
      // Only reached through an effect result; a typed message in between is not expected.
      prompt: () => say(t('officers:verify.working')),
      expects: t('officers:verify.expectsNothing'),
      on(input) {
        const outcome = OFFICER_DECIDE.result(input) ?? OFFICER_CHECK_TARGET.result(input);
        if (!outcome) return { type: 'done', menu: true };
        return { type: 'done', say: [outcomeMessage(outcome)], menu: true };
      },
    },
    reason: {
      prompt: ({ data }) => say(t('officers:verify.askReason', { what: data.label ?? t('officers:verify.thisRecord') })),
      expects: t('officers:verify.expectsReason'),
      example: t('officers:verify.exampleReason'),
      on(input, { data }) {
        const check = OFFICER_CHECK_TARGET.result(input);
        if (check) {
          if (check.kind !== 'ok') return { type: 'done', say: [outcomeMessage(check)], menu: true };
          return { type: 'stay', data: { ...data, label: check.target.label }, reprompt: true };
        }
        const decided = OFFICER_DECIDE.result(input);
        if (decided) return { type: 'done', say: [outcomeMessage(decided)], menu: true };
        const reason = readFreeText(input, 5, 300);
        if (!reason.ok) return reason.reason ? { type: 'invalid', reason: reason.reason } : { type: 'invalid' };
        // The start set both from the deep link before this step is reached; a stored state missing one ends.
        if (!data.type || !data.id) return { type: 'done', menu: true };
        return { type: 'stay', effects: [OFFICER_DECIDE.request({ type: data.type, id: data.id, verdict: 'rejected', reason: reason.value })] };
      },
    },
  },
});
