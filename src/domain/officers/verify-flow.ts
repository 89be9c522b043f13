/**
 * Behind the Verifikasi/Tolak buttons of an officer's alert (deep link `go:v:<target>`):
 * verifying is done at once; rejecting asks for a reason first, which the group's leaders
 * are told, and shows it back for one more tap (a rejection cannot be taken back). Whatever the button says, the effects check the role, the area and that the
 * record is still pending at that moment.
 */
import { z } from 'zod';
import { defineFlow, type Effect, type StepInput, type StepOutcome } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import { commandButton } from '../../core/engine/commands.js';
import { buttonOf, textOf, tidyFreeText, type Answer } from '../flow-kit.js';
import { LEADER_QUIET_HOURS, quietUntil } from '../../core/outbox/quiet-hours.js';
import { dateText } from '../model/message-parts.js';
import { isLater, yesOrNo } from '../parse/yes-no.js';
import { formatMinutes } from './quiet-hours.js';
import { OFFICER_CHECK_TARGET, OFFICER_DECIDE } from './effects.js';
import { OFFICER_PANEL_FLOW_ID } from './panel-flow.js';
import { reasonOnly } from './reason-words.js';
import type { DecideOutcome, TargetCheck } from './verification.js';
import { decodeVerifyTarget, OFFICER_VERIFY_FLOW_ID, VERIFY_DEEP_LINK, type VerifyTargetType } from './verify-target.js';
import { REJECTION_REASON, rejectionReasonProblem } from '../model/officers.js';

export { OFFICER_VERIFY_FLOW_ID };

interface VerifyData {
  readonly type?: VerifyTargetType;
  readonly id?: string;
  /** What is being rejected, once checked. */
  readonly label?: Text;
  /** The reason typed, shown back before the rejection is recorded. */
  readonly reason?: string;
}

const REJECT_BUTTON = 'reject:yes';
const EDIT_REASON_BUTTON = 'reject:edit';

/**
 * "besok aja", "nanti dulu": typed at the reason, the officer means to decide later, not to
 * reject with that as the reason (a rejection cannot be taken back).
 */
function putsOff(text: string): boolean {
  return isLater(text) || /^(?:besok|lusa|nanti|ntar|entar|later|tomorrow)\b/i.test(text.trim());
}

/**
 * A rejection's reason as typed, tidied, or why it cannot be told to the leaders: too few
 * letters ("1234567", "     x" say nothing to fix), or too long.
 */
function readReason(input: StepInput): Answer<string> {
  const typed = textOf(input);
  if (typed === null) return { ok: false };
  // "ya karena datanya ga lengkap pak": the leaders are told "datanya ga lengkap".
  const reason = reasonOnly(tidyFreeText(typed));
  switch (rejectionReasonProblem(reason)) {
    case 'fewLetters':
      return { ok: false, reason: t('officers:verify.reasonFewLetters', { min: REJECTION_REASON.minLetters }) };
    case 'tooLong':
      return { ok: false, reason: t('flow.tooLong', { max: REJECTION_REASON.max }) };
    default:
      return { ok: true, value: reason };
  }
}

/**
 * The deep link's argument (DeepLinkInput), and for a rejection said in words the reason typed
 * with it ("tolak, mitranya dikonfirmasi sendiri"), shown for the one more tap; anything else names no record.
 */
const startInputSchema = z.object({ deepLinkArg: z.string(), reason: z.string().optional() });

/**
 * What a recorded verdict says of the leaders' notice: told now, or, during the leaders' night
 * (their notices are held until it ends, quiet-hours.ts), when they will be told.
 */
function recordedMessage(verdict: DecideOutcome & { kind: 'recorded' }, now: Date): OutboundMessage {
  if (!quietUntil(LEADER_QUIET_HOURS, now)) return say(t(`officers:verify.recorded.${verdict.verdict}`, { what: verdict.label }));
  // Split: the Indonesian text writes the time "06.00", the English "06:00".
  const [hh, mm] = formatMinutes(LEADER_QUIET_HOURS.endMin).split(':') as [string, string];
  return say(t(`officers:verify.recordedAtNight.${verdict.verdict}`, { what: verdict.label, hh, mm }));
}

/** The message for a check or decision that did not go through, or for a recorded one (as of `now`). */
function outcomeMessage(outcome: DecideOutcome | TargetCheck, now: Date): OutboundMessage {
  switch (outcome.kind) {
    case 'recorded':
      return recordedMessage(outcome, now);
    case 'decided': {
      const state = t(`officers:verification.${outcome.verification}`);
      const by = outcome.by;
      return say(
        by
          ? t('officers:verify.decidedBy', { what: outcome.label, state, by: by.who, date: dateText(by.at.date), time: by.at.time })
          : t('officers:verify.decided', { what: outcome.label, state }),
      );
    }
    case 'ok':
      return say(t('officers:verify.askReason', { what: outcome.target.label }));
    case 'withdrawn':
      return say(t('officers:verify.withdrawn', { date: dateText(outcome.date), time: outcome.time }));
    case 'ended':
      return say(
        outcome.at
          ? t('officers:verify.ended', { what: outcome.label, date: dateText(outcome.at.date) })
          : t('officers:verify.endedUndated', { what: outcome.label }),
      );
    default:
      return say(t(`officers:verify.${outcome.kind}`));
  }
}

/**
 * After a decision: what was recorded, then what still waits (the pending list, as 📋 shows
 * it), so that an officer going through their list is not sent to the main menu each time.
 * Anything else (already decided, not theirs, gone) ends at the menu.
 */
function afterDecision(outcome: DecideOutcome, now: Date): StepOutcome<VerifyData> {
  const said = [outcomeMessage(outcome, now)];
  if (outcome.kind !== 'recorded') return { type: 'done', say: said, menu: true };
  return { type: 'start', flow: OFFICER_PANEL_FLOW_ID, input: { pending: true }, replace: true, say: said };
}

/**
 * The record checked again when the officer comes back to its rejection ("Lanjutkan" after the
 * menu): decided by someone else meanwhile, it is said so at once (the reason was asked and
 * confirmed first, and only the last tap told).
 */
function recheck(data: VerifyData): Effect | null {
  return data.type && data.id ? OFFICER_CHECK_TARGET.request({ type: data.type, id: data.id }) : null;
}

/** The verification flow. */
export const officerVerifyFlow = defineFlow<VerifyData>({
  id: OFFICER_VERIFY_FLOW_ID,
  version: 1,
  title: t('officers:verify.title'),
  deepLink: VERIFY_DEEP_LINK,
  // A rejection's reason, typed, is recorded only at the last tap: like a form's answers, ▶️
  // Lanjutkan keeps offering it once set aside (core/engine/paused.ts), not for half an hour only.
  // (Opened by its buttons alone, never from the menu, it never meets the draft question.)
  keepsDraft: true,
  start: (input) => {
    const parsed = startInputSchema.safeParse(input);
    const target = decodeVerifyTarget(parsed.success ? parsed.data.deepLinkArg : '');
    if (!target) return { step: 'decide', data: {}, effects: [OFFICER_CHECK_TARGET.request(null)] };
    const data = { type: target.type, id: target.id };
    if (target.action === 'verify') return { step: 'decide', data, effects: [OFFICER_DECIDE.request({ ...data, verdict: 'verified', reason: null })] };
    const said = parsed.success && parsed.data.reason !== undefined ? readReason({ type: 'text', text: parsed.data.reason }) : null;
    return { step: 'reason', data: { ...data, ...(said?.ok && { reason: said.value }) }, effects: [OFFICER_CHECK_TARGET.request(data)] };
  },
  steps: {
    decide: {
      // Only reached through an effect result; a typed message in between is not expected.
      prompt: () => say(t('officers:verify.working')),
      expects: t('officers:verify.expectsNothing'),
      on(input, { env }) {
        const decided = OFFICER_DECIDE.result(input);
        if (decided) return afterDecision(decided, env.now);
        const outcome = OFFICER_CHECK_TARGET.result(input);
        if (!outcome) return { type: 'done', menu: true };
        return { type: 'done', say: [outcomeMessage(outcome, env.now)], menu: true };
      },
    },
    reason: {
      prompt: ({ data }) =>
        say(t('officers:verify.askReason', { what: data.label ?? t('officers:verify.thisRecord') }), [
          commandButton('cancel'),
        ]),
      expects: t('officers:verify.expectsReason'),
      example: t('officers:verify.exampleReason'),
      // Come back to ("Lanjutkan" after the menu): the record may have been decided meanwhile.
      refresh: ({ data }) => recheck(data),
      on(input, { data, env }) {
        const check = OFFICER_CHECK_TARGET.result(input);
        if (check) {
          if (check.kind !== 'ok') return { type: 'done', say: [outcomeMessage(check, env.now)], menu: true };
          // The reason was said with "tolak" (the start's check, before any label): shown back for the one more tap.
          if (data.reason && data.label === undefined) return { type: 'goto', step: 'confirm', data: { ...data, label: check.target.label } };
          return { type: 'stay', data: { ...data, label: check.target.label }, reprompt: true };
        }
        const decided = OFFICER_DECIDE.result(input);
        if (decided) return afterDecision(decided, env.now);
        const typed = textOf(input);
        if (typed !== null && putsOff(typed)) {
          return { type: 'done', say: [say(t('officers:verify.postponed', { what: data.label ?? t('officers:verify.thisRecord') }))], menu: true };
        }
        const reason = readReason(input);
        if (!reason.ok) return reason.reason ? { type: 'invalid', reason: reason.reason } : { type: 'invalid' };
        return { type: 'goto', step: 'confirm', data: { ...data, reason: reason.value } };
      },
    },
    // A rejection cannot be taken back: the reason is shown, and rejecting is one more tap.
    confirm: {
      prompt: ({ data }) =>
        say(t('officers:verify.confirmReject', { what: data.label ?? t('officers:verify.thisRecord'), reason: data.reason ?? '' }), [
          { id: REJECT_BUTTON, label: t('officers:verify.rejectYes') },
          { id: EDIT_REASON_BUTTON, label: t('officers:verify.rejectEdit') },
          commandButton('cancel'),
        ]),
      expects: t('officers:verify.expectsConfirm'),
      refresh: ({ data }) => recheck(data),
      on(input, { data, env }) {
        const decided = OFFICER_DECIDE.result(input);
        if (decided) return afterDecision(decided, env.now);
        const check = OFFICER_CHECK_TARGET.result(input);
        if (check) return check.kind === 'ok' ? { type: 'stay', reprompt: true } : { type: 'done', say: [outcomeMessage(check, env.now)], menu: true };
        const button = buttonOf(input);
        if (button === EDIT_REASON_BUTTON) return { type: 'goto', step: 'reason' };
        const typed = textOf(input);
        const answer = typed === null ? null : yesOrNo(typed, { action: ['tolak'] });
        if (button !== REJECT_BUTTON && answer !== 'yes') {
          // "RT-nya salah, bukan RW 3" typed here is a better reason: it replaces the one shown, asked again.
          const better = answer === null ? readReason(input) : null;
          return better?.ok ? { type: 'stay', data: { ...data, reason: better.value }, reprompt: true } : { type: 'invalid' };
        }
        // The start set both from the deep link before this step is reached; a stored state missing one ends.
        if (!data.type || !data.id || !data.reason) return { type: 'done', menu: true };
        return { type: 'stay', effects: [OFFICER_DECIDE.request({ type: data.type, id: data.id, verdict: 'rejected', reason: data.reason })] };
      },
    },
  },
});
