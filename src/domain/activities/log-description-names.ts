/**
 * A description naming the person helped ("bedah rumah mbah Karto", "bantu bu Sumi yang
 * sakit") was saved as typed, though the question says not to write names (UU PDP: the people
 * helped are counted, never named). The name is pointed out and the words offered without it,
 * the rest kept: "✅ Pakai ini" (or "ya") takes those, other words typed are read again, and
 * "🙅 Bukan penerima" keeps the words as typed (a helper or an official may be named).
 */
import { type StepDef, type StepInput, type StepOutcome } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, verbatim } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { personNamed } from '../parse/person-named.js';
import { yesOrNo } from '../parse/yes-no.js';
import { TYPED_DESCRIPTION_BUTTON } from './log-kind-offer.js';
import { type LogData } from './log-data.js';

/** The button that keeps a description as typed: the one named was not helped. */
export const NOT_BENEFICIARY_BUTTON = 'description:notName';

/** Whether `input` takes the words offered as the description: their button ✅ Pakai ini, or "ya". */
export function takesOffer(input: StepInput): boolean {
  const text = textOf(input);
  return buttonOf(input) === TYPED_DESCRIPTION_BUTTON || (text !== null && yesOrNo(text) === 'yes');
}

/**
 * A description `taken` (typed, offered, or changed at the summary) that names a person: the
 * data with the words without the name offered (`typedDescription`) and those as typed kept
 * (`namedDescription`), and the line that points the name out; null when it names no one.
 */
export function nameAsked(taken: string, data: LogData): { readonly data: LogData; readonly say: OutboundMessage } | null {
  const named = personNamed(taken);
  if (named === null) return null;
  return { data: { ...data, typedDescription: named.without, namedDescription: taken }, say: say(t('activities:nameInDescription', { name: verbatim(named.said) })) };
}

/**
 * A description changed at the summary (typed there, or a caption taken) that names a person:
 * the description's question asked with the name pointed out ({@link nameAsked}), its answer
 * going back to the summary; null when it names no one (the change is made in place).
 */
export function nameAskedAtSummary(taken: string, data: LogData): StepOutcome<LogData> | null {
  const asked = nameAsked(taken, data);
  return asked === null ? null : { type: 'goto', step: 'description', data: { ...asked.data, dateOnly: true }, say: [asked.say] };
}

/** The description's step, asking to leave out a person named in it (see the file's comment). */
export function keepsNamesOut(step: StepDef<LogData>): StepDef<LogData> {
  return {
    ...step,
    on(input, ctx) {
      const { data } = ctx;
      const { namedDescription, ...rest } = data;
      if (namedDescription !== undefined && buttonOf(input) === NOT_BENEFICIARY_BUTTON) {
        return step.on({ type: 'button', id: TYPED_DESCRIPTION_BUTTON }, { ...ctx, data: { ...rest, typedDescription: namedDescription } });
      }
      const taken = takesOffer(input) ? data.typedDescription : (textOf(input) ?? undefined);
      const asked = taken === undefined ? null : nameAsked(taken, rest);
      if (asked === null) return step.on(input, { ...ctx, data: rest });
      return { type: 'stay', data: asked.data, say: [asked.say], reprompt: true };
    },
  };
}
