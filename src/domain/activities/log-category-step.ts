/** The kind's question: its buttons, its name or words naming it. */
import type { StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { buttonOf, questionStep, textOf } from '../flow-kit.js';
import { ACTIVITY_CATEGORY_WORDS, choicesNamed, matchChoice } from '../parse/choice.js';
import { ACTIVITY_CATEGORIES, type ActivityCategory } from '../model/activities.js';
import { keepsEarlyPhoto } from './log-early-photo.js';
import { saysKindBack } from './log-kind-offer.js';
import { keepsUnlistedKind } from './log-kind-unlisted.js';
import { type LogData, after } from './log-data.js';

/** The kind's question. */
export const categoryStep = keepsEarlyPhoto(saysKindBack(keepsUnlistedKind(whichAsked(questionStep<LogData, ActivityCategory>({
  prompt: () =>
    say(
      t('activities:askCategory'),
      ACTIVITY_CATEGORIES.map((category) => ({ id: `category:${category}`, label: t(`activities:category.${category}`) })),
    ),
  expects: t('activities:expectsCategory'),
  example: t('activities:exampleCategory'),
  read: (input) => {
    const button = buttonOf(input);
    if (button?.startsWith('category:')) {
      const category = ACTIVITY_CATEGORIES.find((known) => known === button.slice(9));
      return category ? { ok: true, value: category } : { ok: false };
    }
    const text = textOf(input);
    const category = text ? matchChoice(text, ACTIVITY_CATEGORY_WORDS) : null;
    if (category) return { ok: true, value: category };
    // "posyandu balita dan lansia": naming two kinds, the person is asked which one fits best.
    // A kind not on the list ("pengajian") is said so, and kept (log-kind-unlisted.ts).
    const [first, second] = text ? choicesNamed(text, ACTIVITY_CATEGORY_WORDS) : [];
    if (first === undefined || second === undefined) return { ok: false };
    return { ok: false, reason: t('activities:categoryWhich', { first: t(`activities:category.${first}`), second: t(`activities:category.${second}`) }) };
  },
  then: (category, { data }) => {
    const { dateOnly: _only, typedDescription: _typed, ...rest } = data;
    return { type: 'goto', step: after(data, 'description'), data: { ...rest, category } };
  },
})))));

/**
 * Two kinds named ("cek tensi lansia": Kesehatan/posyandu, and lansia): which fits best is asked
 * as the question's own, not refused. Refused, the words were free for another flow: "cek …"
 * opened a desa's status check and searched desa "tensi lansia", the activity left behind.
 */
function whichAsked(step: StepDef<LogData>): StepDef<LogData> {
  return {
    ...step,
    on(input, ctx) {
      const outcome = step.on(input, ctx);
      const text = textOf(input);
      const several = outcome.type === 'invalid' && outcome.reason !== undefined && text !== null && choicesNamed(text, ACTIVITY_CATEGORY_WORDS).length > 1;
      return several ? { type: 'stay', say: [say(outcome.reason!)], reprompt: true } : outcome;
    },
  };
}
