/**
 * The date of an activity as people type it: "hari ini", "kmrn", "3 hari yang lalu",
 * "12/11", "12 Nop", "Senin, 12/11", "November 12, 2026", "2026-11-12".
 *
 * Conventions:
 * - Numbers are day first (Indonesian): "12/11" is 12 November. Only when the second number
 *   cannot be a month and the first can ("11/28") is it read month first, as in the US.
 * - Without a year, the most recent such date that is not in the future: in January, "28/12"
 *   is last December. A date is never in the future; today is allowed.
 * - Two-digit years are 20yy, or 19yy when 20yy would be more than a year ahead.
 * - A weekday in front of a date is ignored ("Senin, 12/11" even if the 12th was a Tuesday):
 *   the number is what people check. A weekday alone is its most recent occurrence, today
 *   included; with "lalu"/"kemarin" strictly before today. "minggu lalu" means "last week",
 *   not "last Sunday", and is answered with `vague_week` (which day?); "Jumat minggu lalu"
 *   is the Friday of last week. "awal/pertengahan/akhir bulan ini/lalu" are the 1st, 15th
 *   and last day of that month.
 * - A bare day number is only read with "tgl"/"tanggal" in front ("tgl 5"): a bare "3"
 *   may be the answer to a numbered menu. The day before a month's name may be in words
 *   ("dua belas november", "tanggal sebelas des").
 * - A day and month that no year has ("31 februari", "31/4") is `no_such_date`, not an
 *   unreadable answer.
 * - With `nearFuture: 'refuse'`, a day and month without a year that is still ahead this
 *   year and nearer than last year's ("12 desember" on 7 December) is `future_this_year`:
 *   likely a slip, so the person is asked rather than given last year's in silence (the
 *   default, as free text is read, takes last year's).
 */
import { editDistance } from './edit-distance.js';
import { DAY_AHEAD_WORDS, DAY_NEXT_WORDS } from './lexicon.js';
import {
  addDays, daysInMonth, fromIso, isValidDate, minusYears, todayIn, toIso, weekday, type CivilDate,
} from './calendar.js';
import { parseNumber } from './numbers.js';
import { dropTrailingParticles } from './particles.js';
import { fail, ok, type ParseResult } from './result.js';
import { simplify } from './text.js';
import { ownEntry } from '../../core/record.js';

export type DateError = 'not_a_date' | 'future' | 'too_old' | 'vague_week' | 'no_such_date' | 'future_this_year';

const MONTHS_ID = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;
const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

// Full names (typo-tolerant) and abbreviations (exact only: short words collide easily).
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['januari', 'january'],
  ['februari', 'pebruari', 'february'],
  ['maret', 'march'],
  ['april'],
  ['mei', 'may'],
  ['juni', 'june'],
  ['juli', 'july'],
  ['agustus', 'august'],
  ['september', 'september'],
  ['oktober', 'october'],
  ['november', 'nopember'],
  ['desember', 'december'],
];
const MONTH_ABBREVIATIONS: ReadonlyArray<readonly string[]> = [
  ['jan'], ['feb', 'peb', 'pebr', 'febr'], ['mar', 'mrt'], ['apr'], [], ['jun'], ['jul'],
  ['agu', 'agt', 'ags', 'agus', 'agst', 'agust', 'aug'], ['sep', 'sept', 'spt'], ['okt', 'oct'],
  ['nov', 'nop', 'novem'], ['des', 'dec', 'desem'],
];

// Weekday names → JavaScript day numbers (0 = Sunday). "minggu" is handled apart.
const WEEKDAYS: Readonly<Record<string, number>> = {
  senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, jumaat: 5, sabtu: 6, ahad: 0,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 0,
};
const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, number>> = {
  sen: 1, sel: 2, rab: 3, kam: 4, jum: 5, sab: 6, min: 0,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 0,
};

const TODAY = new Set([
  // "td", "tdi": "tadi" typed short ("… td pagi, kerja bakti": the time of day is cut off first, and "td" was no day).
  'hari ini', 'hr ini', 'hri ini', 'har ini', 'hariini', 'hrini', 'hari ni', 'hr ni', 'today', 'tadi', 'td', 'tdi', 'tadi pagi',
  'tadi siang', 'tadi sore', 'td pagi', 'td siang', 'td sore', 'pagi tadi', 'siang tadi', 'sore tadi', 'pagi ini',
  'sekarang', 'skrg', 'skrang', 'skrng', 'now', 'barusan', 'this morning', 'this afternoon',
  // Javanese (ngoko, krama) and Sundanese.
  'dino iki', 'dina iki', 'dinten niki', 'dinten menika', 'dinten punika', 'saiki', 'sakniki', 'mau esuk', 'poe ieu', 'ayeuna',
]);
const YESTERDAY = new Set([
  'kemarin', 'kemaren', 'kmrn', 'kmrin', 'kmren', 'kmarin', 'kmaren', 'kmr', 'kemrn', 'yesterday', 'semalam', 'last night',
  // Javanese (ngoko and krama) and Sundanese.
  'wingi', 'wingi kae', 'kala wingi', 'kalawingi', 'kamari',
]);
// Javanese krama times of day too: "wingi sonten", "kala wingi enjing".
const TIME_OF_DAY = /(?<!last)\s(?:pagi|siang|sore|malam|petang|morning|afternoon|evening|night|enjing|sonten|dalu|awan|bengi)$/;
const AGO = /\s?(yang lalu|yg lalu|yng lalu|yll|lalu|kemarin|kmrn|sebelumnya|ago)$/;
/** Spans of days a "depan"/"next" puts ahead ("bulan depan", "next week"), besides the weekdays. */
const SPANS = new Set(['minggu', 'pekan', 'mgg', 'bulan', 'bln', 'tahun', 'thn', 'week', 'month', 'year', 'weekend']);

/** Whether `word` names a day or a span of days that "depan"/"next" may put ahead ("sabtu", "bulan"). */
const namesSpan = (word: string | undefined) => word !== undefined && (SPANS.has(word) || weekdayNumber(word, true) !== null);

/**
 * Whether the words put the day ahead: a word that does alone ("besok", "nanti"), or one that
 * puts the day said with it ahead ("sabtu depan", "bulan depan", "next week"). "depan" at a
 * place ("di depan balai desa", "depan masjid") is no day.
 */
function saysAhead(text: string): boolean {
  const words = text.split(' ');
  return words.some((word, at) =>
    DAY_AHEAD_WORDS.has(word) || (DAY_NEXT_WORDS.has(word) && (word === 'next' ? namesSpan(words[at + 1]) : namesSpan(words[at - 1]))),
  );
}

/**
 * The calendar date (YYYY-MM-DD) an answer names, seen from `now` in `timeZone`.
 * `future` when after today, `too_old` when more than `maxAgeYears` (default 2) before today.
 */
export function parseActivityDate(
  text: string,
  now: Date,
  timeZone = 'Asia/Jakarta',
  options: { readonly maxAgeYears?: number; readonly nearFuture?: 'refuse' } = {},
): ParseResult<string, DateError> {
  const today = todayIn(now, timeZone);
  const cleaned = clean(text);
  // "minggu lalu" is a week, not a day: the person is asked which day of it.
  if (VAGUE_WEEK.test(cleaned)) return fail('vague_week');
  const seen: Seen = {};
  const read = readPeriod(cleaned, today) ?? readDate(cleaned, today, seen);
  if (read === null) return fail(seen.noSuchDate ? 'no_such_date' : 'not_a_date');
  if (read === 'future') return fail('future');
  if (seen.nearFuture && options.nearFuture === 'refuse') return fail('future_this_year');
  const iso = toIso(read);
  if (iso > toIso(today)) return fail('future');
  if (iso < toIso(minusYears(today, options.maxAgeYears ?? 2))) return fail('too_old');
  return ok(iso);
}

const VAGUE_WEEK = /^(?:(?:pada |di )?(?:minggu|pekan|mgg) (?:lalu|kemarin|kmrn|yang lalu|yg lalu)|last week)$/;
const WEEK_AGO = /^(?:hari |hr )?([a-z]+) (?:minggu|pekan|mgg) (?:lalu|kemarin|kmrn|yang lalu|yg lalu)$|^last ([a-z]+)$/;
const MONTH_PART = /^(awal|akhir|pertengahan|tengah|beginning of|end of|middle of) (?:bulan|bln|this|last) ?(ini|lalu|kemarin|kmrn|month)?$/;

/**
 * Parts of a month and days of last week: "awal bulan ini" (the 1st), "pertengahan bulan
 * lalu" (the 15th), "akhir bulan lalu" (its last day), "Jumat minggu lalu" (Friday of the
 * week before this one; weeks start on Monday). Null when the text is none of these.
 */
function readPeriod(text: string, today: CivilDate): CivilDate | 'future' | null {
  const week = WEEK_AGO.exec(text);
  if (week) {
    const day = weekdayNumber(week[1] ?? week[2]!, true);
    if (day === null) return null;
    const mondayThisWeek = addDays(today, -((weekday(today) + 6) % 7));
    return addDays(mondayThisWeek, -7 + ((day + 6) % 7));
  }
  const part = MONTH_PART.exec(text);
  if (!part) return null;
  const last = part[2] === 'lalu' || part[2] === 'kemarin' || part[2] === 'kmrn' || text.includes('last');
  const month = last ? (today.month === 1 ? 12 : today.month - 1) : today.month;
  const year = last && today.month === 1 ? today.year - 1 : today.year;
  const which = part[1]!;
  const day = which.startsWith('awal') || which.startsWith('beginning') ? 1 : which.startsWith('akhir') || which.startsWith('end') ? daysInMonth(year, month) : 15;
  return { year, month, day };
}

/** "12 November 2026" (Indonesian month names for `id`); unchanged if not a valid date. */
export function formatDateId(iso: string, locale: 'id' | 'en'): string {
  const date = fromIso(iso);
  if (date === null) return iso;
  const month = (locale === 'id' ? MONTHS_ID : MONTHS_EN)[date.month - 1];
  return `${date.day} ${month} ${date.year}`;
}

/** "malam minggu …", "malem jumat …": the evening before the day named, said at the start. */
const EVE_OF = /^(?:malam|malem|mlm) (senin|selasa|rabu|kamis|jumat|jumaat|sabtu|minggu|ahad)(?: |$)/;
/** The day whose evening "malam <day>" is ("hari minggu": "minggu" alone is a week). */
const DAY_BEFORE: Readonly<Record<string, string>> = {
  senin: 'hari minggu', ahad: 'sabtu', selasa: 'senin', rabu: 'selasa', kamis: 'rabu', jumat: 'kamis', jumaat: 'kamis', sabtu: 'jumat', minggu: 'sabtu',
};

/** Plain text without punctuation that carries nothing, a clock time or a time of day. */
function clean(text: string): string {
  const plain = simplify(text)
    .replace(/[,!?;"()]+/g, ' ')
    .replace(/['’]/g, '')
    .replace(/\s(?:jam|pukul|pkl|at)\.?\s?\d.*$/, '') // "12/11 jam 19.00": the hour is not asked
    .replace(/\.+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    // "tadi malam" is last night (people report the morning after), like "semalam".
    .replace(/^(?:tadi|td) malam$/, 'semalam')
    // "malam minggu" is Saturday evening, "malam jumat" Thursday's: the night before the day named.
    .replace(EVE_OF, (_, day: string) => `${DAY_BEFORE[day] ?? day} `)
    .trim();
  // "kemarin ya", "tgl 3 bu", "wingi sore nggih": the particles and forms of address that end
  // a chat message are no part of the date ("min" alone stays: it is Minggu, Sunday).
  return dropTrailingParticles(plain.split(' '), { keep: 1, just: true }).join(' ').replace(TIME_OF_DAY, '');
}

/** What reading a day and month noticed besides the date: see the conventions above. */
interface Seen {
  /** This year's date is still ahead and nearer than the one read (last year's). */
  nearFuture?: boolean;
  /** A day and month no year has. */
  noSuchDate?: boolean;
}

function readDate(text: string, today: CivilDate, seen: Seen): CivilDate | 'future' | null {
  if (text === '') return null;
  const relative = readRelative(text, today);
  if (relative !== null) return relative;
  if (saysAhead(text)) return 'future';

  let rest = text;
  const weekdayMatch = /^(?:hari |hr )?([a-z]+)\.?(?: |$)/.exec(rest);
  const day = weekdayMatch ? weekdayNumber(weekdayMatch[1]!, rest.startsWith('hari ') || rest.startsWith('hr ')) : null;
  if (weekdayMatch && day !== null) {
    rest = rest.slice(weekdayMatch[0].length).trim();
    if (rest === '') return lastWeekday(today, day, false);
    if (AGO.test(` ${rest}`) && rest.replace(AGO, '').trim() === '') return lastWeekday(today, day, true);
  }
  // "tgl 12 kemarin": the trailing word only says the date is past, which it must be anyway.
  rest = rest.replace(AGO, '').trim();
  const dayWord = /^(?:tanggal|tangal|tgl|tg|tang|date|on|pada)(?![a-z])\.?\s*/.exec(rest);
  if (dayWord) rest = rest.slice(dayWord[0].length);
  if (dayWord && /^\d{1,2}$/.test(rest)) return mostRecentDay(Number(rest), today);
  // "tanggal tiga kemarin", "tgl dua puluh lima": the day in words after its word.
  const dayInWordsAlone = dayWord && /^[a-z ]+$/.test(rest) ? parseNumber(rest) : null;
  if (dayInWordsAlone !== null) return mostRecentDay(dayInWordsAlone, today);
  return readNumeric(rest, today, seen) ?? readWithMonthName(dayInWords(rest), today, seen);
}

/** The day before a month's name written in words, as a number: "dua belas november" → "12 november". */
function dayInWords(text: string): string {
  const tokens = text.split(' ');
  for (let length = Math.min(3, tokens.length - 1); length >= 1; length--) {
    const head = tokens.slice(0, length).join(' ');
    if (!/^[a-z ]+$/.test(head) || monthNumber(tokens[length]!) === null) continue;
    const day = parseNumber(head);
    if (day !== null && Number.isInteger(day) && day >= 1 && day <= 31) return [String(day), ...tokens.slice(length)].join(' ');
  }
  return text;
}

/** "hari ini", "kemarin sore", "kemarin lusa", "3 hari yang lalu", "seminggu lalu". */
function readRelative(text: string, today: CivilDate): CivilDate | null {
  if (TODAY.has(text)) return today;
  if (YESTERDAY.has(text) || isTypoOf(text, 'kemarin', 1) || isTypoOf(text, 'yesterday', 2)) {
    return addDays(today, -1);
  }
  if (/^(kemarin|kemaren|kmrn|kmrin) ?lusa$/.test(text) || text === 'the day before yesterday') return addDays(today, -2);
  const ago = /^(.+?) ?(hari|hr|hri|days?|minggu|mgg|mg|pekan|weeks?)$/.exec(text.replace(AGO, ''));
  if (!ago || !AGO.test(text)) return null;
  const count = ['se', 'a', 'an', 'satu'].includes(ago[1]!) ? 1 : parseNumber(ago[1]!);
  if (count === null) return null;
  const perUnit = /^(hari|hr|hri|days?)$/.test(ago[2]!) ? 1 : 7;
  return addDays(today, -count * perUnit);
}

function isTypoOf(word: string, target: string, edits: number): boolean {
  return /^[a-z]+$/.test(word) && editDistance(word, target, edits) <= edits;
}

function weekdayNumber(word: string, afterHari: boolean): number | null {
  // "minggu" alone is ambiguous with "week"; "hari minggu" is Sunday.
  if (word === 'minggu') return afterHari ? 0 : null;
  return ownEntry(WEEKDAYS, word) ?? ownEntry(WEEKDAY_ABBREVIATIONS, word) ?? null;
}

function lastWeekday(today: CivilDate, day: number, strictlyBefore: boolean): CivilDate {
  let back = (weekday(today) - day + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(today, -back);
}

/** "12/11", "12-11-2026", "12.11.26", "2026-11-12", "2026/11/12". */
function readNumeric(text: string, today: CivilDate, seen: Seen): CivilDate | null {
  const ymd = /^(\d{4}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{1,2})$/.exec(text);
  if (ymd) return exactDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), seen);
  const dmy = /^(\d{1,2}) ?[-/.] ?(\d{1,2})(?: ?[-/.] ?(\d{4}|\d{2}))?$/.exec(text);
  if (!dmy) return null;
  let [day, month] = [Number(dmy[1]), Number(dmy[2])];
  if (month > 12 && day <= 12) [day, month] = [month, day];
  return dmy[3] === undefined ? mostRecentDate(month, day, today, seen) : exactDate(fullYear(dmy[3], today), month, day, seen);
}

/** "12 November 2026", "12 nop", "12-nov-26", "12nov", "November 12, 2026", "Des 3", "12th of May". */
function readWithMonthName(text: string, today: CivilDate, seen: Seen): CivilDate | null {
  const tokens = text
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .split(/[\s\-/.]+/)
    .filter((token) => token !== '' && !['st', 'nd', 'rd', 'th', 'thn', 'tahun', 'of', 'the', 'bulan', 'bln'].includes(token));
  const [first, second, third] = tokens;
  if (first === undefined || second === undefined || tokens.length > 3) return null;
  let day: string;
  let month: number | null;
  if (/^\d{1,2}$/.test(first)) [day, month] = [first, monthNumber(second)];
  else if (/^\d{1,2}$/.test(second)) [day, month] = [second, monthNumber(first)];
  else return null;
  if (month === null) return null;
  if (third === undefined) return mostRecentDate(month, Number(day), today, seen);
  if (!/^(\d{4}|\d{2})$/.test(third)) return null;
  return exactDate(fullYear(third, today), month, Number(day), seen);
}

function monthNumber(word: string): number | null {
  const exact = [...MONTH_NAMES.entries(), ...MONTH_ABBREVIATIONS.entries()].find(([, names]) => names.includes(word));
  if (exact) return exact[0] + 1;
  if (word.length < 5) return null;
  const edits = word.length >= 8 ? 2 : 1;
  const close = MONTH_NAMES.flatMap((names, index) => (names.some((name) => editDistance(word, name, edits) <= edits) ? [index + 1] : []));
  return close.length === 1 ? close[0]! : null;
}

function fullYear(digits: string, today: CivilDate): number {
  if (digits.length === 4) return Number(digits);
  const year = 2000 + Number(digits);
  return year > today.year + 1 ? year - 100 : year;
}

/** The date, or null; a day and month that exist but not in that year or any ("31/2") are noted in `seen`. */
function exactDate(year: number, month: number, day: number, seen?: Seen): CivilDate | null {
  if (isValidDate(year, month, day)) return { year, month, day };
  if (seen && month >= 1 && month <= 12 && day >= 1 && day <= 31) seen.noSuchDate = true;
  return null;
}

/**
 * The latest day/month on or before today; 29/2 may reach back to the last leap year. When
 * this year's is still ahead and nearer than the one found, `seen` is told.
 */
function mostRecentDate(month: number, day: number, today: CivilDate, seen: Seen): CivilDate | null {
  if (!isValidDate(2000, month, day)) return exactDate(2000, month, day, seen);
  for (let year = today.year; year >= today.year - 8; year--) {
    const date = exactDate(year, month, day);
    if (date === null || toIso(date) > toIso(today)) continue;
    const ahead = exactDate(today.year, month, day);
    if (ahead !== null && toIso(ahead) > toIso(today) && daysBetween(today, ahead) < daysBetween(date, today)) seen.nearFuture = true;
    return date;
  }
  return null;
}

/** Days from `from` to `to` (positive when `to` is later). */
function daysBetween(from: CivilDate, to: CivilDate): number {
  return (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000;
}

/** The latest day-of-month on or before today ("tgl 31" in April is 31 March). */
function mostRecentDay(day: number, today: CivilDate): CivilDate | null {
  if (day < 1 || day > 31) return null;
  for (let back = 0; back <= 12; back++) {
    const monthIndex = today.year * 12 + (today.month - 1) - back;
    const date = exactDate(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, day);
    if (date !== null && toIso(date) <= toIso(today)) return date;
  }
  return null;
}
