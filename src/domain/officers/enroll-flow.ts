/**
 * "petugas ABCD-EFGH": an officer sends the invite code an admin gave them, on any
 * channel, and becomes an officer of the invite's kind and areas. Started from the main
 * menu when a message looks like an invite code, or by "petugas" alone (then it asks).
 * An officer who sends another code gains its areas (told which, and all they have now); a
 * code whose areas they have already changes nothing and stays unused.
 * An officer whose name is not on record is then asked it (with their phone, if they like):
 * admins find them by it and leaders are told who verified their records.
 */
import { z } from 'zod';
import { defineFlow } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import { isSkip, skipButton, textOf } from '../flow-kit.js';
import { guardingName, type NameAsked } from '../name-step.js';
import { areasText } from '../model/message-parts.js';
import { OFFICER_ENROLL, OFFICER_SET_NAME } from './effects.js';
import { normalizeInviteCode } from './invite-code.js';
import { asksForPanel, asksLater, readOfficerName } from './officer-name.js';
import { waitingMessage, type Waiting } from './enroll-waiting.js';
import { OFFICER_PANEL_FLOW_ID, pendingListButton } from './panel-flow.js';
import { nameSavedText, profileText } from './profile-text.js';

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

/** The phone given with the name, said back once it is saved; what waits in the areas, said after it. */
interface EnrollData extends NameAsked {
  readonly phone?: string;
  readonly waiting?: Waiting;
}

/** The welcome's last messages: what comes next, then what already waits (with the list's button). */
function nextSteps(waiting: Waiting | undefined, before: readonly Text[] = []): OutboundMessage[] {
  const waits = waitingMessage(waiting, pendingListButton());
  return [say([...before, t('officers:enroll.next')]), ...(waits ? [waits] : [])];
}

/** The enrollment flow. */
export const officerEnrollFlow = defineFlow<EnrollData>({
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
          if (result.kind === 'alreadyCovered') {
            return { type: 'done', say: [say(t('officers:enroll.alreadyCovered', { areas: areasText(result.profile.areas) }))], menu: true };
          }
          if (result.kind === 'enrolled' || result.kind === 'areasAdded') {
            const enrolled =
              result.kind === 'enrolled'
                ? say([t('officers:enroll.enrolled'), profileText(result.profile)])
                : // An officer already (a second code, for another area): what was added and all they have now.
                  say(t('officers:enroll.areasAdded', { added: areasText(result.added), areas: areasText(result.profile.areas) }));
            // Named already (a ketua who becomes an officer, a second invite): not asked again.
            if (result.profile.name !== null) return { type: 'done', say: [enrolled, ...nextSteps(result.waiting)], menu: true };
            return { type: 'goto', step: 'name', data: { waiting: result.waiting }, say: [enrolled] };
          }
          // A wrong code ends the attempt: the user may have meant something else entirely. What to
          // do next: an officer already is told so (and how to add an area); anyone else, whom to ask.
          const next = result.profile
            ? t('officers:enroll.alreadyOfficer', { kind: t(`officers:kind.${result.profile.kind}`), areas: areasText(result.profile.areas) })
            : t('officers:enroll.askNewCode');
          return { type: 'done', say: [say([t(`officers:enroll.failed.${result.kind}`), next, t('officers:enroll.linkHint')])], menu: true };
        }
        const code = normalizeInviteCode((textOf(input) ?? '').replace(/^(?:petugas|officer)\s+/i, ''));
        if (!code) return { type: 'invalid' };
        return { type: 'stay', effects: [OFFICER_ENROLL.request({ code })] };
      },
    },
    // "kenapa harus kasih nama?" is answered (asides); another question is refused, never kept as the name.
    name: guardingName<EnrollData>({
      prompt: () => say(t('officers:name.ask'), [skipButton]),
      expects: t('officers:name.expects'),
      example: t('officers:name.example'),
      // A question typed here is answered, not taken for a name.
      asides: true,
      on(input, { data }) {
        if (input.type === 'effect-result') {
          const profile = OFFICER_SET_NAME.result(input);
          const saved = profile?.name ? [say(nameSavedText(profile.name, data.phone))] : [];
          return { type: 'done', say: [...saved, ...nextSteps(data.waiting)], menu: true };
        }
        // "nanti saja ya" is ⏭️ Lewati typed, not a name.
        if (isSkip(input) || asksLater(input)) return { type: 'done', say: nextSteps(data.waiting, [t('officers:name.skipped')]), menu: true };
        // "petugas" right after enrolling opens the officer menu (which asks the name again).
        if (asksForPanel(input)) return { type: 'start', flow: OFFICER_PANEL_FLOW_ID, replace: true };
        const answer = readOfficerName(input);
        if (!answer.ok) return answer.reason ? { type: 'invalid', reason: answer.reason } : { type: 'invalid' };
        return { type: 'stay', data: { ...(data.waiting && { waiting: data.waiting }), ...(answer.value.phone && { phone: answer.value.phone }) }, effects: [OFFICER_SET_NAME.request(answer.value)] };
      },
    }, () => 'person'),
  },
});
