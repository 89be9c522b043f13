/**
 * A kind read from words that say more than the kind ("senam lansia bareng karang taruna"):
 * said back, and those words offered as the description.
 */
import { type StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { readFreeText, textOf } from '../flow-kit.js';
import { ACTIVITY_CATEGORY_WORDS } from '../parse/choice.js';
import { words } from '../parse/text.js';
import { type ActivityCategory } from '../model/activities.js';
import { activityPartner } from '../understanding/activity-details.js';
import { type LogData, DESCRIPTION_MIN, DESCRIPTION_MAX } from './log-data.js';

/** The button that takes the words offered as the description. */
export const TYPED_DESCRIPTION_BUTTON = 'description:typed';

/** Words that say nothing of the activity beside its kind ("bantuan lansia aja", "kegiatan kerja bakti"). */
const KIND_FILLER = new Set(['aja', 'saja', 'sih', 'deh', 'dong', 'ya', 'yg', 'yang', 'itu', 'kegiatan', 'kegiatannya', 'acara', 'acaranya', 'jenis', 'jenisnya', 'kategori', 'nya', 'the', 'a', 'an', 'it', 'was', 'activity']);

/**
 * A kind read from words that name it among others ("senam lansia bareng karang taruna" is
 * Bantuan lansia), a typo of a kind, its number: null when the answer was the kind's own name;
 * else the words as a description to offer, or null there when they say nothing more than the kind.
 */
function guessedFrom(text: string, category: ActivityCategory): { readonly description: string | null } | null {
  const typed = words(text);
  const option = ACTIVITY_CATEGORY_WORDS.find((known) => known.id === category);
  const phrases = [category.replace(/_/g, ' '), ...(option?.words ?? [])].map(words).filter((phrase) => phrase.length > 0);
  if (phrases.some((phrase) => phrase.join('') === typed.join(''))) return null;
  // The words left beside the kind's own (none found inside: a typo of its name).
  const left = new Array<boolean>(typed.length).fill(true);
  let found = false;
  for (const phrase of phrases) {
    for (let start = 0; start + phrase.length <= typed.length; start++) {
      if (phrase.every((token, i) => typed[start + i] === token)) {
        found = true;
        for (let i = 0; i < phrase.length; i++) left[start + i] = false;
      }
    }
  }
  // A typo of its name or its number in the list: said back, with nothing to offer.
  if (!found) return { description: null };
  const more = typed.some((word, i) => left[i] && !KIND_FILLER.has(word));
  const read = readFreeText({ type: 'text', text }, DESCRIPTION_MIN, DESCRIPTION_MAX);
  return { description: more && read.ok ? read.value : null };
}

/**
 * The kind's question, saying back a kind read from words that name it among others ("senam
 * lansia bareng karang taruna": Bantuan lansia was picked in silence and the words dropped),
 * and offering those words as the description, its next question.
 */
export function saysKindBack(step: StepDef<LogData>): StepDef<LogData> {
  return {
    ...step,
    on(input, ctx) {
      const outcome = step.on(input, ctx);
      const typed = textOf(input);
      const category = outcome.type === 'goto' ? outcome.data?.category : undefined;
      if (outcome.type !== 'goto' || typed === null || category === undefined) return outcome;
      const guessed = guessedFrom(typed, category);
      if (guessed === null) return outcome;
      const offer = outcome.step === 'description' && outcome.data?.description === undefined ? guessed.description : null;
      // "… bareng karang taruna": a partner named with the kind is looked up where partners are asked.
      const partner = outcome.data?.partnerSaid === undefined ? activityPartner(typed, [])?.partner : undefined;
      return {
        ...outcome,
        data: { ...outcome.data, ...(offer !== null ? { typedDescription: offer } : {}), ...(partner !== undefined ? { partnerSaid: partner, partnerGuessed: true } : {}) },
        say: [...(outcome.say ?? []), say(t('activities:categoryRead', { category: t(`activities:category.${category}`) }))],
      };
    },
  };
}
