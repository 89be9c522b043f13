/**
 * A kind of activity not on the list typed at the kind's question ("pengajian rutin malam
 * jumat"): said not to be listed, with Lainnya to choose, and the words kept as the
 * description, offered at its question once a kind is picked (they were dropped, and the
 * person typed them again).
 */
import { type StepDef, type StepOutcome } from '../../core/engine/flow.js';
import { t, verbatim } from '../../core/text.js';
import { textOf } from '../flow-kit.js';
import { ACTIVITY_CATEGORY_WORDS, choicesNamed } from '../parse/choice.js';
import { type LogData, DESCRIPTION_MAX, readDescription } from './log-data.js';

/** The longest answer quoted back when saying it is not on the list; a longer one is "that". */
const QUOTED_MAX = 40;

/** The words typed, as kept: the offer already made when it holds them (kept at the date's question, with more). */
function keptOffer(data: LogData, words: string): string {
  const earlier = data.typedDescription;
  return earlier !== undefined && earlier.toLowerCase().includes(words.toLowerCase()) ? earlier : words;
}

/**
 * The kind's question, where words naming no kind on the list are said so and kept as the
 * description (a refusal that stands keeps them: a request typed there still goes first). A
 * question, words with no letter and a text longer than a description are refused as before;
 * words too short to describe anything are said not to be listed, and not kept.
 */
export function keepsUnlistedKind(step: StepDef<LogData>): StepDef<LogData> {
  return {
    ...step,
    on(input, ctx): StepOutcome<LogData> {
      const outcome = step.on(input, ctx);
      const text = textOf(input);
      if (outcome.type !== 'invalid' || outcome.reason !== undefined || text === null) return outcome;
      if (!/\p{L}/u.test(text) || text.includes('?') || choicesNamed(text, ACTIVITY_CATEGORY_WORDS).length > 0) return outcome;
      const said = text.trim();
      const kept = readDescription(said);
      if (!kept.ok) return said.length <= QUOTED_MAX ? { type: 'invalid', reason: t('activities:categoryNotListedUnkept', { said: verbatim(said) }) } : outcome;
      const reason = said.length <= QUOTED_MAX ? t('activities:categoryNotListed', { said: verbatim(said) }) : t('activities:categoryNotListedLong');
      // Kept: no invalid answer (several such kinds in a row never make the flow give up and offer the menu).
      return kept.value.length > DESCRIPTION_MAX ? outcome : { type: 'invalid', reason, data: { ...ctx.data, typedDescription: keptOffer(ctx.data, kept.value) }, kept: true };
    },
  };
}
