/**
 * How answers about a group are read, shared by the registration flow and "Kelompok saya":
 * the type, RT/RW or dusun, members, year, meetings, and the group's own ketua and phone.
 */
import type { StepInput } from '../../core/engine/flow.js';
import type { Button } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { buttonOf, isSkip, readFreeText, textOf, type Answer } from '../flow-kit.js';
import { parseAreaUnit } from '../parse/area-unit.js';
import { GROUP_TYPE_WORDS, matchChoice } from '../parse/choice.js';
import { parseYear } from '../parse/numbers.js';
import { parsePeopleCount } from '../parse/people-count.js';
import { parseIndonesianPhone } from '../parse/phone.js';
import { GROUP_TYPES, type GroupType } from '../model/group-types.js';
import type { AreaUnit } from '../model/groups.js';
import { MEMBER_COUNT } from './group-schema.js';

/** The button of "the whole desa" at the RT/RW question. */
export const WHOLE_VILLAGE_BUTTON = 'unit:whole';

/** One button per group type. */
export function typeButtons(): Button[] {
  return GROUP_TYPES.map((type) => ({ id: `type:${type}`, label: t(`groups:type.${type}`) }));
}

/** A group type from its button or typed name. */
export function readType(input: StepInput): Answer<GroupType> {
  const button = buttonOf(input);
  if (button?.startsWith('type:')) {
    const type = GROUP_TYPES.find((known) => known === button.slice(5));
    return type ? { ok: true, value: type } : { ok: false };
  }
  const text = textOf(input);
  const type = text ? matchChoice(text, GROUP_TYPE_WORDS) : null;
  return type ? { ok: true, value: type } : { ok: false };
}

/** RT/RW, a dusun name, or the whole desa. */
export function readUnit(input: StepInput): Answer<AreaUnit> {
  if (buttonOf(input) === WHOLE_VILLAGE_BUTTON) return { ok: true, value: { rw: 0, rt: 0, dusun: '' } };
  const text = textOf(input);
  if (!text) return { ok: false };
  const unit = parseAreaUnit(text);
  return unit.ok ? { ok: true, value: unit.value } : { ok: false, reason: t(`groups:register.unitError.${unit.error}`) };
}

/**
 * The RT/RW when `text` is nothing else ("rt 3 rw 2", "05/03", "RW XI"): typed where the
 * group's name was asked, it answers the RT/RW question early rather than naming the group.
 * Null for a name that merely contains one ("Arisan RT 05 Melati") or a dusun ("Dusun Krajan":
 * a banjar or dusun can be a group's own name).
 */
export function unitInsteadOfName(text: string): AreaUnit | null {
  const unit = parseAreaUnit(text);
  return unit.ok && unit.value.dusun === '' && (unit.value.rt > 0 || unit.value.rw > 0) ? unit.value : null;
}

/**
 * Kind words that, inside a group's name, say where it is: "PKK Dusun Glugo", "Banjar Kaja".
 * Fewer than the unit question takes: "lingkungan" and "kampung" are as often part of what a
 * group is called ("Peduli Lingkungan Sehat", "Kampung Sehat").
 */
const NAME_UNIT_AT = /(?:^|\s)(?:dusun|dsn\.?|dukuh|padukuhan|pedukuhan|banjar|jorong|korong|rw)\s/i;

/**
 * Where a group is, when its name states it plainly: a dusun ("PKK Dusun Glugo") or a RW
 * ("Karang Taruna RW 03", "Posyandu Dusun Krajan RT 2 RW 5"), so that it need not be asked
 * (the summary shows it, ✏️ Ubah changes it). An RT alone ("Arisan Ibu-Ibu RT 05 Melati") is
 * not enough: the RW is still asked. Null when the name does not say.
 */
export function unitFromName(name: string): AreaUnit | null {
  const at = NAME_UNIT_AT.exec(name);
  if (!at) return null;
  const unit = parseAreaUnit(name.slice(at.index));
  return unit.ok && (unit.value.dusun !== '' || unit.value.rw > 0) ? unit.value : null;
}

/** The number of members. */
export function readMembers(input: StepInput): Answer<number> {
  const text = textOf(input);
  if (!text) return { ok: false };
  // "ada 12 kader", "anggotanya 30 orang ibu-ibu": who they are, said after the number, is no error.
  const count = parsePeopleCount(text, MEMBER_COUNT);
  return count.ok ? { ok: true, value: count.value } : { ok: false, reason: t(`groups:register.countError.${count.error}`, MEMBER_COUNT) };
}

/** The year founded, or null when skipped. */
export function readFounded(input: StepInput, now: Date): Answer<number | null> {
  if (isSkip(input)) return { ok: true, value: null };
  const text = textOf(input);
  if (!text) return { ok: false };
  const year = parseYear(text, now, { min: 1900 });
  return year.ok ? { ok: true, value: year.value } : { ok: false, reason: t(`groups:register.yearError.${year.error}`) };
}

/** The meeting schedule, or null when skipped. */
export function readSchedule(input: StepInput): Answer<string | null> {
  return isSkip(input) ? { ok: true, value: null } : readFreeText(input, 3, 120);
}

/** A phone number in E.164. */
export function readPhone(input: StepInput): Answer<string> {
  const text = textOf(input);
  if (!text) return { ok: false };
  // "nomornya 0813…", "hp: 0813…", "WA 0813…": the words before the number only label it.
  const phone = parseIndonesianPhone(text.replace(/^[\p{L}\s.:,]+(?=[+(\d])/u, ''));
  return phone.ok ? { ok: true, value: phone.value } : { ok: false, reason: t(`groups:register.phoneError.${phone.error}`) };
}

/** The ketua as typed: a name, and the phone when it was written after the name. */
export interface KetuaAnswer {
  readonly name: string;
  readonly phone: string | null;
}

/** A phone number at the end of a line: "Siti Aminah 0812-2745-6789", "Pak Budi, +62 812…". */
const TRAILING_PHONE = /^(.*?)[\s,;:/-]*((?:\+|\b)[\d][\d\s().\-/]{6,})$/;

/**
 * "Siti Aminah 0812-2745-6789" gives both; "Siti Aminah" only the name (the phone is asked
 * next). A number that is not a valid phone is reported rather than kept in the name.
 */
export function readKetua(input: StepInput): Answer<KetuaAnswer> {
  const typed = textOf(input);
  if (typed === null) return { ok: false };
  const text = leadingPhoneLast(typed);
  const match = TRAILING_PHONE.exec(text);
  if (match && match[1]!.trim().length >= 2) {
    // A name may end in digits ("Ketua RT 07 0812…"): the longest trailing part that is a
    // valid phone wins, so "07" stays in the name.
    const split = trailingPhone(text) ?? { name: match[1]!, phone: parseIndonesianPhone(match[2]!) };
    if (!split.phone.ok) return { ok: false, reason: t(`groups:register.phoneError.${split.phone.error}`) };
    const cleaned = ketuaName(split.name);
    // "hp 0812…": a number with no name.
    if (cleaned === '') return { ok: false, reason: t('groups:register.ketuaNeedsName') };
    const name = readFreeText({ type: 'text', text: cleaned }, 2, 80);
    return name.ok ? { ok: true, value: { name: name.value, phone: split.phone.value } } : name;
  }
  const name = readFreeText({ type: 'text', text: ketuaName(text) || text }, 2, 80);
  if (!name.ok) return name;
  // A name needs letters: "0812…" alone is a phone typed too early, not a name.
  if (!/\p{L}/u.test(name.value)) return { ok: false, reason: t('groups:register.ketuaNeedsName') };
  return { ok: true, value: { name: name.value, phone: null } };
}

/** "skrg yg jd ketua", "sekarang yang menjadi ketuanya": words before a new ketua's name. */
const WHO_IS_KETUA = /^(?:(?:skrg|sekarang|now)\s+)?(?:(?:yg|yang)\s+)?(?:jd|jadi|menjadi)\s+ketua(?:nya)?\s+(?=\S)/iu;

/** Words that label what follows them, typed before the ketua's name: "Nama: …", "ketuanya …", "saya sendiri, …", "ketuanya adalah …". */
const LEADING_LABELS = new Set(['nama', 'namanya', 'namane', 'ketuanya', 'ketuane', 'name', 'saya', 'aku', 'sy', 'sendiri', 'adalah', 'ialah', 'yaitu', 'yakni']);
/** "a.n.", "a/n", "an." (atas nama, "in the name of"): written before a name, never part of it. */
const ATAS_NAMA = /^(?:a\.n\.?|a\/n|an\.)$/i;
/** Forms of address to the bot, before the name and a comma ("saya sendiri mas, Bayu"): not the ketua's title. */
const ADDRESSES = new Set(['mas', 'mbak', 'pak', 'bu', 'min', 'kak']);
const TRAILING_LABELS = new Set([
  'nomornya', 'nomernya', 'hp', 'hpnya', 'nohp', 'hape', 'handphone', 'wanya', 'whatsapp', 'telp', 'telpon', 'telepon', 'tlp', 'kontak',
  'kontaknya', 'contact', 'phone', 'number', 'nya',
]);
/**
 * Labels that are also short names ("Pak No", "Mbah Wa"): dropped only when marked as a
 * label, "No.", "WA:", after a comma ("…, wa"), or before another label ("no hp").
 */
const SHORT_LABELS = new Set(['no', 'nomor', 'nomer', 'nmr', 'wa', 'cp']);

/**
 * The ketua's name without the labels people type around it: "Nama: Sri Wahyuni, HP" →
 * "Sri Wahyuni", "bu Sri Wahyuni, hp nya" → "bu Sri Wahyuni", "ketuanya pak Budi, nomornya"
 * → "pak Budi". '' when nothing but a label is there ("hp").
 */
function ketuaName(raw: string): string {
  // "skrg yg jd ketua pak Harjo", "yang jadi ketuanya Bu Sri": who is ketua now, said before the name.
  const words = raw.trim().replace(WHO_IS_KETUA, '').split(/\s+/);
  // Each word as compared with the labels: lower case, without its punctuation.
  const bare = words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
  const isLabel = (word: string): boolean => word === '' || TRAILING_LABELS.has(word) || SHORT_LABELS.has(word) || LEADING_LABELS.has(word);
  if (bare.every(isLabel)) return '';
  let start = 0;
  let end = words.length;
  // "Nama: …", "ketuanya …", "saya sendiri mas, …"; "Ketua: Pak Budi" (a name "Ketua RT 07" keeps its word: only with a colon);
  // "a.n. Bu Euis", "atas nama Bu Euis", "ketua nya Bu Euis".
  const leading = (index: number): boolean =>
    LEADING_LABELS.has(bare[index]!) ||
    /^ketua:$/i.test(words[index]!) ||
    ATAS_NAMA.test(words[index]!) ||
    (bare[index] === 'atas' && bare[index + 1] === 'nama') ||
    (bare[index] === 'ketua' && bare[index + 1] === 'nya') ||
    (bare[index] === 'nya' && bare[index - 1] === 'ketua') ||
    (index > 0 && ADDRESSES.has(bare[index]!) && /,$/.test(words[index]!));
  while (start < end - 1 && leading(start)) start += 1;
  let labelled = false;
  while (end > start + 1) {
    const marked = labelled || /[.:]$/.test(words[end - 1]!) || /,$/.test(words[end - 2]!);
    if (!TRAILING_LABELS.has(bare[end - 1]!) && !(SHORT_LABELS.has(bare[end - 1]!) && marked)) break;
    labelled = true;
    end -= 1;
  }
  const name = words.slice(start, end).join(' ').replace(/^[\s:,;-]+|[\s,;:/(.\-–]+$/gu, '');
  return name === '' ? raw.trim() : name;
}

/** "0812 3456 7890 Sri Wahyuni" → "Sri Wahyuni 0812 3456 7890": the phone first is read as after the name. */
function leadingPhoneLast(text: string): string {
  const match = /^(\+?\d[\d\s().\-/]{6,}?)[\s,;:/-]+(\p{L}.*)$/u.exec(text.trim());
  if (!match || !parseIndonesianPhone(match[1]!).ok) return text;
  return `${match[2]!} ${match[1]!}`;
}

/** The longest valid phone at the end of `text`, with the name before it; null when none is valid. */
function trailingPhone(text: string): { name: string; phone: ReturnType<typeof parseIndonesianPhone> } | null {
  for (const start of text.matchAll(/(?:\+|\b)\d/g)) {
    const name = text.slice(0, start.index).replace(/[\s,;:/-]+$/, '');
    const rest = text.slice(start.index);
    if (name.trim().length < 2 || !/^\+?\d[\d\s().\-/]{6,}$/.test(rest)) continue;
    const phone = parseIndonesianPhone(rest);
    if (phone.ok) return { name, phone };
  }
  return null;
}

/** Type words that may stand inside a group's name; two-letter short forms and "lainnya" are left out. */
const NAME_TYPE_WORDS = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other').map((option) => ({
  ...option,
  words: option.words.filter((word) => word.replace(/\s/g, '').length >= 3),
}));

/**
 * The type a group's name states ("Arisan Melati", "PKK Dusun Glugo", "Karang Taruna Tunas
 * Muda"), so that it need not be asked; null when the name does not say.
 */
export function typeFromName(name: string): GroupType | null {
  if (/^\s*\d/.test(name)) return null;
  return matchChoice(name, NAME_TYPE_WORDS);
}
