/** The kind's question: its buttons, its name or words naming it. */
import { say } from '../../core/messages.js';
import { t, verbatim } from '../../core/text.js';
import { buttonOf, questionStep, textOf } from '../flow-kit.js';
import { ACTIVITY_CATEGORY_WORDS, choicesNamed, matchChoice } from '../parse/choice.js';
import { ACTIVITY_CATEGORIES, type ActivityCategory } from '../model/activities.js';
import { keepsEarlyPhoto } from './log-early-photo.js';
import { saysKindBack } from './log-kind-offer.js';
import { type LogData, after } from './log-data.js';

/** The kind's question. */
export const categoryStep = keepsEarlyPhoto(saysKindBack(questionStep<LogData, ActivityCategory>({
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
    const [first, second] = text ? choicesNamed(text, ACTIVITY_CATEGORY_WORDS) : [];
    // "pengajian", "arisan lansia": a kind not on the list is said to go under Lainnya (it was
    // only "contohnya: santunan anak yatim", as if the person had typed it wrong).
    if (first === undefined && text && /\p{L}/u.test(text) && !text.includes('?') && text.trim().length <= 40) {
      return { ok: false, reason: t('activities:categoryNotListed', { said: verbatim(text.trim()) }) };
    }
    if (first === undefined || second === undefined) return { ok: false };
    return { ok: false, reason: t('activities:categoryWhich', { first: t(`activities:category.${first}`), second: t(`activities:category.${second}`) }) };
  },
  then: (category, { data }) => {
    const { dateOnly: _only, typedDescription: _typed, ...rest } = data;
    return { type: 'goto', step: after(data, 'description'), data: { ...rest, category } };
  },
})));
