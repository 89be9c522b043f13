/**
 * The activity itself typed at the date's question ("penimbangan balita bareng pkk"): refused
 * as a date, it was lost, and typed again at the questions after. It is kept as a request
 * naming it at the start is read (activity-details.ts): its kind set (the kind's question is
 * then not asked), its words offered as the description, its partner looked up where partners
 * are asked; said so, and the date asked again, or taken when the words hold one ("kerja bakti
 * sama pkk sabtu kemarin").
 */
import { type StepDef, type StepOutcome } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t, verbatim } from '../../core/text.js';
import { textOf } from '../flow-kit.js';
import { GROUP_TYPE_WORDS } from '../parse/choice.js';
import { parseActivityDate } from '../parse/date.js';
import { dayInside } from '../parse/day-inside.js';
import { dateText } from '../model/message-parts.js';
import { activityTold } from '../understanding/activity-details.js';
import { type Ctx, type LogData, readDescription } from './log-data.js';

/** The phrases naming a kind of group, which make the words after "sama"/"dengan" a partner ("sama pkk"). */
const GROUP_KINDS = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other').flatMap((option) => option.words);

/**
 * What `typed` tells of the activity, kept: the date asked again, said so with a refusal that
 * stands (a request typed there still goes first) and counts as no invalid answer, or the day
 * it names taken as the answer.
 * Null when the words are no date for another reason ("besok"), tell no activity, or the date
 * was asked by a correction or a fix from the summary (the rest is known there).
 */
function keptActivity(step: StepDef<LogData>, typed: string, ctx: Ctx): StepOutcome<LogData> | null {
  const { data, env } = ctx;
  if (data.correcting !== undefined || data.dateOnly === true) return null;
  const date = parseActivityDate(typed, env.now, undefined, { nearFuture: 'refuse' });
  const told = !date.ok && date.error === 'not_a_date' ? activityTold(typed, GROUP_KINDS) : undefined;
  const words = readDescription(typed);
  if (told === undefined || !words.ok) return null;
  const category = data.category === undefined ? told.category : undefined;
  const partner = data.partnerSaid === undefined ? told.partner : undefined;
  const kept: LogData = {
    ...data,
    ...(category !== undefined && { category }),
    // Only a partner named ("bareng pkk"): nothing of the activity itself to offer as its description.
    ...(told.rest !== '' && { typedDescription: words.value }),
    ...(partner !== undefined && { partnerSaid: partner, partnerGuessed: true }),
  };
  const text = verbatim(words.value);
  const said = category === undefined ? t('activities:activityKept', { text }) : t('activities:activityKeptKind', { text, category: t(`activities:category.${category}`) });
  const day = dayInside(typed, env.now);
  const answered = day === null ? null : step.on({ type: 'text', text: day }, { data: kept, env });
  if (answered?.type === 'goto') {
    // The day and the partner read from the same words said back too, so the leader can trust them.
    const date = answered.data?.date;
    const back = [
      said,
      ...(date !== undefined ? [t('activities:activityKeptDate', { date: dateText(date) })] : []),
      ...(partner !== undefined ? [t('activities:activityKeptPartner', { partner: verbatim(partner) })] : []),
    ];
    return { ...answered, say: [say(back), ...(answered.say ?? [])] };
  }
  return { type: 'invalid', reason: said, data: kept, kept: true };
}

/** The date's question, keeping the activity typed there instead of a date ({@link keptActivity}). */
export function keepsActivityTold(step: StepDef<LogData>): StepDef<LogData> {
  return {
    ...step,
    on(input, ctx) {
      const outcome = step.on(input, ctx);
      const typed = textOf(input);
      if (outcome.type !== 'invalid' || typed === null) return outcome;
      return keptActivity(step, typed, ctx) ?? outcome;
    },
  };
}
