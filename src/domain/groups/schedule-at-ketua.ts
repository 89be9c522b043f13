/**
 * The meeting schedule typed where the registration asks the ketua ("tiap bulan tgl 5", "malam
 * jumat", "setiap minggu pagi"): the person is telling about the group, not naming its chair.
 * It was taken as the ketua "Tiap Bulan Tgl 5" and their number asked; kept instead as the
 * schedule (shown on the summary), said so, and the ketua asked again.
 */
import type { StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { keepingTypedEarly, readFreeText } from '../flow-kit.js';

/**
 * Words a meeting time starts with: "every", a day (Javanese market days are left out: "Pon" and
 * "Wage" are names too), a date, a time of night, or the schedule's own word.
 */
const OPENS_SCHEDULE =
  /^(?:tiap|setiap|stiap|saben|unggal|sebulan|seminggu|sepekan|rutin|rutinnya|tgl|tanggal|malam|malem|mlm|jadwal(?:nya)?|pertemuan(?:nya)?|kumpulnya|ketemunya|senin|selasa|rabu|kamis|jumat|jum'at|jumat'an|sabtu|minggu|ahad|every|weekly|monthly|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu;
/** A phone number in the answer: a ketua's name with their number, not a meeting time. */
const PHONE = /\d(?:[\s.\-]*\d){7,}/u;

/** The meeting schedule `typed` is, as typed (tidied), or null for anything else (a name). */
export function scheduleTypedAtKetua(typed: string): string | null {
  const text = typed.trim();
  if (!OPENS_SCHEDULE.test(text) || PHONE.test(text)) return null;
  const schedule = readFreeText({ type: 'text', text }, 3, 120);
  return schedule.ok ? schedule.value : null;
}

/** `step` (the ketua question), where a meeting schedule typed instead is kept ({@link scheduleTypedAtKetua}). */
export function keepingScheduleTyped<D extends { readonly schedule?: string | null }>(step: StepDef<D>): StepDef<D> {
  return keepingTypedEarly(step, (typed, data) => {
    const schedule = scheduleTypedAtKetua(typed);
    return schedule === null ? null : { data: { ...data, schedule }, said: say(t('groups:register.scheduleKept', { schedule })) };
  });
}
