/**
 * The activity itself typed at the date's question ("penimbangan balita bareng pkk"): refused
 * as a date, it was lost, and typed again at the questions after. It is kept as a request
 * naming it at the start is read (activity-details.ts): its kind set (the kind's question is
 * then not asked), its words offered as the description, its partner looked up where partners
 * are asked; said so, and the date asked again, or taken when the words hold one ("kerja bakti
 * sama pkk sabtu kemarin"). A day still ahead in them ("… besok") is left out of the words and
 * said not taken, and why.
 */
import { type StepDef, type StepOutcome } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t, verbatim } from '../../core/text.js';
import { GROUP_TYPE_WORDS } from '../parse/choice.js';
import { parseActivityDate } from '../parse/date.js';
import { dayAheadInside, dayInside } from '../parse/day-inside.js';
import { dateText } from '../model/message-parts.js';
import { activityTold } from '../understanding/activity-details.js';
import { type Answer, textOf } from '../flow-kit.js';
import { ACTIVITY_NOUN_WORDS, I_WORDS, LOG_VERBS, TONE_PARTICLES, WANT_WORDS, WE_WORDS } from '../parse/lexicon.js';
import { type Ctx, type LogData, readDescription } from './log-data.js';

/** The phrases naming a kind of group, which make the words after "sama"/"dengan" a partner ("sama pkk"). */
const GROUP_KINDS = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other').flatMap((option) => option.words);

/** Words that ask to log it, before the activity ("saya mau nyatet kegiatan …", "tolong catat acara …"). */
const ASKING: ReadonlySet<string> = new Set([...I_WORDS, ...WE_WORDS, ...WANT_WORDS, ...LOG_VERBS, ...ACTIVITY_NOUN_WORDS, ...TONE_PARTICLES, 'tolong', 'mohon', 'ini', 'yang', 'yg']);
/** Of those, the ones that make the words before the activity a request (not "kami gotong royong …", where "kami" did it). */
const REQUEST: ReadonlySet<string> = new Set([...WANT_WORDS, ...LOG_VERBS]);

/** A word as dayInside compares it: lower case, a date's "/", "." and "-" kept inside it. */
const plain = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}/.-]+/gu, '').replace(/^[.-]+|[.-]+$/g, '');

/** The words of `typed` without the `day` named in it (as dayInside read them, found in a row). */
function withoutDay(typed: string, day: string | null): string[] {
  const all = typed.split(/\s+/).filter((word) => plain(word) !== '');
  const dayWords = day?.split(' ') ?? [];
  const at = all.findIndex((_, index) => dayWords.length > 0 && dayWords.every((word, offset) => plain(all[index + offset] ?? '') === word));
  return at < 0 ? all : [...all.slice(0, at), ...all.slice(at + dayWords.length)];
}

/**
 * The activity part of `typed` ("kemarin, mau nyatet kegiatan kerja bakti" → "kerja bakti"): the
 * `day` named in it and a request to log it before it left out, read as a description; the words
 * as a description whole when no such part is left.
 */
function activityWords(typed: string, day: string | null): Answer<string> {
  const words = withoutDay(typed, day);
  let start = 0;
  while (start < words.length && ASKING.has(plain(words[start]!))) start++;
  const asked = words.slice(0, start).some((word) => REQUEST.has(plain(word)));
  const part = readDescription(words.slice(asked ? start : 0).join(' '));
  return part.ok ? part : readDescription(typed);
}

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
  // A day ahead typed with the activity ("kerja bakti besok") refuses the whole as a date: the
  // activity is kept all the same (it was lost), and the day said not taken.
  // (Read without that day: "sama pkk besok" names PKK, not "pkk besok".)
  const ahead = dayAheadInside(typed, env.now);
  const day = ahead === null ? dayInside(typed, env.now) : null;
  const refused = !date.ok && (date.error === 'not_a_date' || date.error === 'future' || date.error === 'future_this_year');
  const told = refused ? activityTold(withoutDay(typed, ahead).join(' '), GROUP_KINDS) : undefined;
  const words = activityWords(typed, day ?? ahead);
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
  // "… tgl 20 desember" on 7 December: this year's is ahead, last year's offered, after the activity kept.
  if (answered?.type === 'stay') return { ...answered, say: [say(said), ...(answered.say ?? [])] };
  // The day cut from the words kept is said not taken, and why (it was cut in silence).
  if (ahead !== null) return { type: 'invalid', reason: t('activities:activityKeptDayAhead', { kept: said, day: verbatim(ahead) }), data: kept, kept: true };
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
