/**
 * A description naming the person helped ("bedah rumah mbah Karto", "bantu bu Sumi yang
 * sakit") was saved as typed, though the question says not to write names (UU PDP: the people
 * helped are counted, never named). The name is pointed out and the words offered without it,
 * the rest kept: "✅ Pakai ini" (or "ya") takes those, other words typed are read again, and
 * "🙅 Bukan penerima" keeps the words as typed (a helper or an official may be named).
 */
import { type StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t, verbatim } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { personNamed } from '../parse/person-named.js';
import { yesOrNo } from '../parse/yes-no.js';
import { TYPED_DESCRIPTION_BUTTON } from './log-kind-offer.js';
import { type LogData } from './log-data.js';

/** The button that keeps a description as typed: the one named was not helped. */
export const NOT_BENEFICIARY_BUTTON = 'description:notName';

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
      const text = textOf(input);
      const offered = buttonOf(input) === TYPED_DESCRIPTION_BUTTON || (text !== null && yesOrNo(text) === 'yes');
      const taken = offered ? data.typedDescription : (text ?? undefined);
      const named = taken === undefined ? null : personNamed(taken);
      if (taken === undefined || named === null) return step.on(input, { ...ctx, data: rest });
      return {
        type: 'stay',
        data: { ...rest, typedDescription: named.without, namedDescription: taken },
        say: [say(t('activities:nameInDescription', { name: verbatim(named.said) }))],
        reprompt: true,
      };
    },
  };
}
