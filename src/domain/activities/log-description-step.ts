/** The description's question, with the words typed at the kind's question offered. */
import { type StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t, verbatim } from '../../core/text.js';
import { questionStep, readFreeText, textOf, tidyFreeText } from '../flow-kit.js';
import { LIST_VILLAGE_GROUPS } from '../groups/effects.js';
import { keepsEarlyPhoto } from './log-early-photo.js';
import { TYPED_DESCRIPTION_BUTTON } from './log-kind-offer.js';
import { keepsNamesOut, NOT_BENEFICIARY_BUTTON, takesOffer } from './log-description-names.js';
import { withDescription } from './log-description-taken.js';
import { type LogData, DESCRIPTION_MIN, DESCRIPTION_MAX, readDescription, withoutOnly } from './log-data.js';

/**
 * The description step, where a text longer than `max` is an answer too long, said so and
 * asked again: refused as invalid, the engine would try it as a request typed elsewhere, and
 * a long story of the day ("… ngumpul di balai desa …, status desa kita …") opened a desa's
 * status search on top of the activity.
 */
function longIsAnAnswer(max: number, step: StepDef<LogData>): StepDef<LogData> {
  return {
    ...step,
    on(input, ctx) {
      const text = textOf(input);
      if (text !== null && tidyFreeText(text).length > max) return { type: 'stay', say: [say(t('flow.tooLong', { max }))], reprompt: true };
      return step.on(input, ctx);
    },
  };
}

/** The description's question. */
export const descriptionStep = keepsEarlyPhoto(longIsAnAnswer(DESCRIPTION_MAX, keepsNamesOut(questionStep<LogData, string>({
  prompt: ({ data }) => {
    if (data.typedDescription === undefined) return say(t('activities:askDescription'));
    const use = { id: TYPED_DESCRIPTION_BUTTON, label: t('activities:descriptionTypedButton') };
    // Offered without the person named in what was typed: that, or the words as typed when no one helped is named.
    if (data.namedDescription !== undefined) {
      return say([t('activities:askDescription'), t('activities:descriptionWithoutName', { text: verbatim(data.typedDescription) })], [
        use,
        { id: NOT_BENEFICIARY_BUTTON, label: t('activities:descriptionNotBeneficiary') },
      ]);
    }
    return say([t('activities:askDescription'), t('activities:descriptionTypedOffer', { text: verbatim(data.typedDescription) })], [use]);
  },
  expects: t('activities:expectsDescription'),
  example: t('activities:exampleDescription'),
  asides: true,
  read: (input, { data }) => {
    // The words typed at the kind's question, offered: their button, or "ya".
    const offered = data.typedDescription;
    if (offered !== undefined && takesOffer(input)) return { ok: true, value: offered };
    const text = textOf(input);
    return text === null ? readFreeText(input, DESCRIPTION_MIN, DESCRIPTION_MAX) : readDescription(text);
  },
  then: (description, { data: withOffer }) => {
    const { typedDescription: _offered, ...data } = withOffer;
    const toSummary = data.correcting !== undefined || data.dateOnly === true;
    const taken = withDescription(description, data, toSummary ? 'summary' : 'beneficiaries');
    if (toSummary) return { type: 'goto', step: 'summary', data: withoutOnly(taken.data), say: taken.say };
    return {
      type: 'goto',
      step: 'partners',
      data: taken.data,
      say: taken.say,
      // The group step set `own`; without it (a stored state cut short) no desa, so no partners.
      effects: [LIST_VILLAGE_GROUPS.request({ villageCode: data.own?.villageCode ?? '', exclude: data.own ? [data.own.id] : [] })],
    };
  },
}))));
