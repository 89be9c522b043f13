/**
 * A kind read from words that say more than the kind ("senam lansia bareng karang taruna"):
 * said back, and those words offered as the description.
 */
import { type StepDef, type StepOutcome } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { textOf } from '../flow-kit.js';
import { ACTIVITY_CATEGORY_WORDS, ACTIVITY_DOING_WORDS } from '../parse/choice.js';
import { words } from '../parse/text.js';
import { type ActivityCategory } from '../model/activities.js';
import { activityPartner } from '../understanding/activity-details.js';
import { namesGroupKind } from './log-partner-guessed.js';
import { type Ctx, type LogData, readDescription } from './log-data.js';

/** The button that takes the words offered as the description. */
export const TYPED_DESCRIPTION_BUTTON = 'description:typed';

/** Words that say nothing of the activity beside its kind ("bantuan lansia aja", "kegiatan kerja bakti"). */
const KIND_FILLER = new Set(['aja', 'saja', 'sih', 'deh', 'dong', 'ya', 'yg', 'yang', 'itu', 'kegiatan', 'kegiatannya', 'acara', 'acaranya', 'jenis', 'jenisnya', 'kategori', 'nya', 'the', 'a', 'an', 'it', 'was', 'activity']);

/** A kind's phrases, as words: those naming the kind itself, and those naming what was done ("penimbangan balita"). */
function phrasesOf(category: ActivityCategory): { readonly names: readonly string[][]; readonly all: readonly string[][] } {
  const doing = new Set(ACTIVITY_DOING_WORDS.find((known) => known.id === category)?.words ?? []);
  const option = ACTIVITY_CATEGORY_WORDS.find((known) => known.id === category);
  const typed = [category.replace(/_/g, ' '), ...(option?.words ?? [])];
  const names = typed.filter((phrase) => !doing.has(phrase)).map(words).filter((phrase) => phrase.length > 0);
  return { names, all: [...names, ...[...doing].map(words).filter((phrase) => phrase.length > 0)] };
}

/**
 * A kind read from words that name it among others ("senam lansia bareng karang taruna" is
 * Kesehatan/posyandu) or by what was done ("penimbangan balita"), a typo of a kind, its number:
 * null when the answer was the kind's own name; else the words as a description to offer, or
 * null there when they say nothing more than the kind.
 */
function guessedFrom(text: string, category: ActivityCategory): { readonly description: string | null } | null {
  const typed = words(text);
  const { names, all } = phrasesOf(category);
  if (names.some((phrase) => phrase.join('') === typed.join(''))) return null;
  // The words left beside the kind's own name: what was done is no part of it.
  const left = new Array<boolean>(typed.length).fill(true);
  const at = (phrase: readonly string[], start: number) => phrase.every((token, i) => typed[start + i] === token);
  let found = false;
  for (const phrase of all) {
    for (let start = 0; start + phrase.length <= typed.length; start++) {
      if (!at(phrase, start)) continue;
      found = true;
      if (names.includes(phrase)) for (let i = 0; i < phrase.length; i++) left[start + i] = false;
    }
  }
  // A typo of its name or its number in the list: said back, with nothing to offer.
  if (!found) return { description: null };
  const more = typed.some((word, i) => left[i] && !KIND_FILLER.has(word));
  const read = readDescription(text);
  return { description: more && read.ok ? read.value : null };
}

/**
 * A kind not on the list named with a partner ("pengajian dengan majelis taklim al-ikhlas"):
 * refused as the whole sentence, the partner was lost with it. Read without the partner, its
 * reason is given ("“pengajian” is not on the list: choose Lainnya") and the partner kept, with
 * the words to offer as the description once a kind is picked; a kind found so is the answer.
 * Only for a partner naming a kind of group: other words after "sama" may be no partner at
 * all ("mau tanya sama admin"), and that answer is refused as before.
 */
function kindBesidePartner(step: StepDef<LogData>, typed: string, ctx: Ctx): StepOutcome<LogData> | null {
  const named = ctx.data.partnerSaid === undefined && !typed.includes('?') ? activityPartner(typed, [], { loose: true }) : undefined;
  if (named === undefined || named.rest === '' || !namesGroupKind(named.partner)) return null;
  const outcome = step.on({ type: 'text', text: named.rest }, ctx);
  if (outcome.type === 'goto') return outcome;
  if (outcome.type !== 'invalid' || outcome.reason === undefined) return null;
  const offer = readDescription(typed);
  const data = { ...ctx.data, partnerSaid: named.partner, partnerGuessed: true, ...(offer.ok ? { typedDescription: offer.value } : {}) };
  return { type: 'stay', data, say: [say(outcome.reason)], reprompt: true };
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
      const typed = textOf(input);
      const answered = step.on(input, ctx);
      const outcome = answered.type === 'invalid' && typed !== null ? (kindBesidePartner(step, typed, ctx) ?? answered) : answered;
      const category = outcome.type === 'goto' ? outcome.data?.category : undefined;
      if (outcome.type !== 'goto' || category === undefined) return outcome;
      const asked = outcome.step === 'description' && outcome.data?.description === undefined;
      // The words kept when the kind was not on the list ("pengajian dengan …", then Lainnya): still offered.
      const kept = asked ? ctx.data.typedDescription : undefined;
      const guessed = typed === null ? null : guessedFrom(typed, category);
      if (typed === null || guessed === null) return kept === undefined ? outcome : { ...outcome, data: { ...outcome.data, typedDescription: kept } };
      const offer = asked ? (guessed.description ?? kept ?? null) : null;
      // "… bareng karang taruna", "… sama pkk": a partner named with the kind is looked up where
      // partners are asked (after "sama"/"dengan", taken only if it is a group's name or kind there).
      const partner = outcome.data?.partnerSaid === undefined ? activityPartner(typed, [], { loose: true })?.partner : undefined;
      return {
        ...outcome,
        data: { ...outcome.data, ...(offer !== null ? { typedDescription: offer } : {}), ...(partner !== undefined ? { partnerSaid: partner, partnerGuessed: true } : {}) },
        say: [...(outcome.say ?? []), say(t('activities:categoryRead', { category: t(`activities:category.${category}`) }))],
      };
    },
  };
}
