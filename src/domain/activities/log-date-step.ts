/** The date's question: "kemarin", "minggu lalu" then "rabu", "12 desember". */
import { type StepDef, type StepOutcome } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { buttonOf, questionStep, textOf } from '../flow-kit.js';
import { formatDateId, parseActivityDate } from '../parse/date.js';
import { yesOrNo } from '../parse/yes-no.js';
import { keepsEarlyPhoto } from './log-early-photo.js';
import { keepsActivityTold } from './log-date-told.js';
import { type LogData, after, type Ctx } from './log-data.js';

/**
 * A day and month typed without a year that is still ahead this year: this year's cannot be
 * logged, so it is said, and last year's offered as a button (or "ya"); another date typed is
 * read as usual.
 */
function offerLastYear(offered: string, { data, env }: Ctx): StepOutcome<LogData> {
  const locale = env.person.locale === 'en' ? 'en' : 'id';
  const asked = formatDateId(`${Number(offered.slice(0, 4)) + 1}${offered.slice(4)}`, locale);
  const date = formatDateId(offered, locale);
  return {
    type: 'stay',
    data: { ...data, offeredDate: offered },
    say: [say(t('activities:dateLastYear', { asked, offered: date }), [{ id: `date:${offered}`, label: t('activities:dateLastYearButton', { date }) }])],
  };
}

/**
 * The date step, remembering that "minggu lalu" was answered: the bot then asks which day of
 * it, and the weekday typed next ("rabu") is that week's (see the step's `read`). A day and
 * month still ahead this year has last year's offered ({@link offerLastYear}).
 */
function remembersLastWeek(step: StepDef<LogData>): StepDef<LogData> {
  return {
    ...step,
    on(input, ctx) {
      const text = textOf(input);
      const read = text === null ? null : parseActivityDate(text, ctx.env.now, undefined, { nearFuture: 'refuse' });
      if (read !== null && !read.ok && read.error === 'vague_week') {
        return { type: 'stay', data: { ...ctx.data, lastWeek: true }, say: [say(t('activities:dateError.vague_week'))] };
      }
      // "12 desember" on 7 December: not last year's in silence (it was), but said and offered.
      const lastYear = read !== null && !read.ok && read.error === 'future_this_year' ? parseActivityDate(text!, ctx.env.now) : null;
      if (lastYear?.ok) return offerLastYear(lastYear.value, ctx);
      return step.on(input, ctx);
    },
  };
}

/** The date's question. */
export const dateStep = keepsEarlyPhoto(keepsActivityTold(remembersLastWeek(questionStep<LogData, string>({
  prompt: ({ data }) =>
    say(t('activities:askDate', { group: data.own?.name ?? '' }), [
      { id: 'date:today', label: t('activities:today') },
      { id: 'date:yesterday', label: t('activities:yesterday') },
    ]),
  expects: t('activities:expectsDate'),
  example: t('activities:exampleDate'),
  read: (input, { env, data }) => {
    const button = buttonOf(input);
    // Last year's date offered for one still ahead: its button, or "ya".
    const offered = data.offeredDate;
    if (offered !== undefined && (button === `date:${offered}` || (button === null && yesOrNo(textOf(input) ?? '') === 'yes'))) return { ok: true, value: offered };
    const text = button === 'date:today' ? 'hari ini' : button === 'date:yesterday' ? 'kemarin' : textOf(input);
    if (!text) return { ok: false };
    // "rabu" answering "minggu lalu hari apa?": Wednesday of last week, not this week's.
    const ofLastWeek = data.lastWeek === true && button === null ? parseActivityDate(`${text} minggu lalu`, env.now) : null;
    const date = ofLastWeek?.ok ? ofLastWeek : parseActivityDate(text, env.now, undefined, { nearFuture: 'refuse' });
    return date.ok ? { ok: true, value: date.value } : { ok: false, reason: t(`activities:dateError.${date.error}`) };
  },
  then: (date, { data }) => {
    const { lastWeek: _asked, offeredDate: _offered, dateOnly: _only, ...rest } = data;
    return { type: 'goto', step: after(data, rest.category ? 'description' : 'category'), data: { ...rest, date } };
  },
}))));
