/**
 * How answers about a group are read, shared by the registration flow and "Kelompok saya":
 * the type, RT/RW or dusun, members, year, meetings, and the group's own ketua and phone.
 */
import { withoutKinBefore } from './ketua-kin.js';
import type { StepInput } from '../../core/engine/flow.js';
import { say, type Button, type OutboundMessage } from '../../core/messages.js';
import { t, verbatim } from '../../core/text.js';
import { buttonOf, isSkip, readFreeText, textOf, type Answer } from '../flow-kit.js';
import { parseAreaUnit } from '../parse/area-unit.js';
import { DESA_KINDS, DESA_NAME_WORDS, alternation } from '../parse/lexicon.js';
import { GROUP_TYPE_WORDS, matchChoice } from '../parse/choice.js';
import { parseYear, saysNotSure } from '../parse/numbers.js';
import { parsePeopleCount, readPeopleCount, type PeopleCount } from '../parse/people-count.js';
import { answerAfterCountAsked } from '../parse/count-asked-back.js';
import { parseNameAndPhone, type NameAndPhone } from '../parse/name-phone.js';
import { ketuaNameKept } from '../parse/without-honorific.js';
import { nameAsTyped } from '../parse/group-name.js';
import { parseIndonesianPhone } from '../parse/phone.js';
import { isUnchangedAnswer } from '../parse/unchanged.js';
import { yesOrNo } from '../parse/yes-no.js';
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
  // "5" alone: an RT or a RW, and only the person knows which; asked, never guessed.
  const bare = /^\s*0*(\d{1,3})\s*$/.exec(text);
  if (bare && Number(bare[1]) > 0) return { ok: false, reason: t('groups:register.unitError.bare_number', { n: Number(bare[1]) }) };
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
  // "kami di rt 3 rw 7", "we are in RT 3 RW 7", "lokasinya rw 5": the sentence is read by parseAreaUnit.
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
  // "TP PKK Desa Sidomulyo", "Pokja PKK tingkat desa": the whole desa (was asked its RT/RW all the same).
  if (!at) return NAME_WHOLE_DESA.test(name) ? { rw: 0, rt: 0, dusun: '' } : null;
  const unit = parseAreaUnit(name.slice(at.index));
  const found = unit.ok && (unit.value.dusun !== '' || unit.value.rw > 0) ? unit.value : null;
  if (found === null || found.dusun !== '' || found.rt > 0) return found;
  // "MT Nurul Huda RT 7 RW 2": the RT said before the RW is part of where it is (was RW 2 alone, RT 7 lost).
  const rt = NAME_RT_AT.exec(name);
  const withRt = rt === null || rt.index > at.index ? null : parseAreaUnit(name.slice(rt.index));
  return withRt?.ok && withRt.value.rw === found.rw && withRt.value.rt > 0 && withRt.value.dusun === '' ? withRt.value : found;
}

/**
 * A desa named in a group's name ("TP PKK Desa Sidomulyo", "Karang Taruna Kel. Terban") or its
 * level said ("tingkat desa", "se-desa"): the group is the whole desa's. "Village" is left out:
 * in an English name it is as often a word of the name's own. Not as the name's first word: "Kel."
 * first is as often "kelompok" ("Kel. Tani Makmur", "Kel Dasawisma Mawar", a group of one RT).
 */
const NAME_WHOLE_DESA = new RegExp(
  String.raw`(?:\S\s+(?:${alternation([...DESA_NAME_WORDS].filter((word) => word !== 'village'))})\.?\s+\p{L}|(?:^|\s)(?:tingkat|level|se-?)\s*(?:${alternation(DESA_KINDS)})\b)`,
  'iu',
);

/** An RT in a group's name ("… RT 7 RW 2"), from where the unit is read when a RW follows it. */
const NAME_RT_AT = /(?:^|\s)rt\b/i;

/** "RT 05", "RT Lima", "RT dua belas" in a group's name: the word "rt" and up to two words after it. */
const NAME_RT = /(?:^|\s)rt\.?\s*([^\s/]+)(?:\s+([^\s/]+))?/iu;

/**
 * The RT a group's name states ("Arisan Ibu-Ibu RT 05 Melati", "Arisan Ibu Ibu RT Lima"), 0
 * when it states none: kept when the RT/RW question is answered with a RW alone ("rw 3"),
 * which otherwise stored RT 0 beside a name saying RT 5.
 */
export function rtOfName(name: string): number {
  const found = NAME_RT.exec(name);
  if (!found) return 0;
  for (const said of [found[2] === undefined ? null : `${found[1]!} ${found[2]}`, found[1]!]) {
    const unit = said === null ? null : parseAreaUnit(`rt ${said}`);
    if (unit?.ok && unit.value.rt > 0 && unit.value.rw === 0 && unit.value.dusun === '') return unit.value.rt;
  }
  return 0;
}

/** The number of members. */
export function readMembers(input: StepInput): Answer<number> {
  const count = readMemberCount(input);
  return count.ok ? { ok: true, value: count.value.total } : count;
}

/** The number of members, with the counts a sum added up ("12 kader 3 pengurus"), to say back ({@link membersAdded}). */
export function readMemberCount(input: StepInput): Answer<PeopleCount> {
  const typed = textOf(input);
  if (!typed) return { ok: false };
  // "sabaraha anggotana? kinten2 35 urang": the count asked back, then answered; the answer is read.
  const text = answerAfterCountAsked(typed) ?? typed;
  // "ada 12 kader", "anggotanya 30 orang ibu-ibu": who they are, said after the number, is no error.
  const count = readPeopleCount(text, MEMBER_COUNT);
  // "gatau": an estimate is enough, said so (was "Mohon tulis jumlahnya dengan angka").
  if (!count.ok && count.error === 'not_a_number' && saysNotSure(text)) return { ok: false, reason: t('groups:register.membersEstimate') };
  return count.ok ? { ok: true, value: count.value } : { ok: false, reason: t(`groups:register.countError.${count.error}`, MEMBER_COUNT) };
}

/**
 * Whether `text` asks the members back and answers them ("berapa anggotanya? kira2 35 orang"): the
 * members step's answer, which no aside answers first (StepDef.readsWithoutAsides).
 */
export function membersAskedBackAndAnswered(text: string): boolean {
  const answer = answerAfterCountAsked(text);
  return answer !== null && readPeopleCount(answer, MEMBER_COUNT).ok;
}

/** "👥 12 + 3 = 15 anggota": how a sum was read, said back; null for a single count. */
export function membersAdded(count: PeopleCount): OutboundMessage | null {
  return count.added ? say(t('groups:register.membersAdded', { sum: count.added.join(' + '), total: count.total })) : null;
}

/**
 * Words before a year founded that the year reader does not drop: Javanese "taun", "taon",
 * "warsa", "-e"/"-ne" endings, "sekitar", "kira-kira" ("berdiri taun 2010", "sekitar tahun 2010"),
 * and "founded in", "didirikan tahun" (the year reader drops the "in", "tahun" after them).
 */
const YEAR_WORDS = /^(?:(?:sekitar|sektr|kira-kira|kira2|kurang\s+lebih|kurleb|kl|±|berdiri(?:nya|ne)?|didirikan|founded|established|taun(?:e|ne)?|taon(?:e|ne)?|warsa|thun|tahun(?:nya|e)?)\s*)+(?=\d|tahun|thn|th\b|sejak|since\b|in\b|pada\b)/iu;

/** The year founded, or null when skipped. */
export function readFounded(input: StepInput, now: Date): Answer<number | null> {
  if (isSkip(input)) return { ok: true, value: null };
  const text = textOf(input);
  if (!text) return { ok: false };
  // "2010an": about 2010.
  const year = parseYear(text.trim().replace(YEAR_WORDS, '').replace(/^(\d{4})\s*-?an$/u, '$1'), now, { min: 1900 });
  return year.ok ? { ok: true, value: year.value } : { ok: false, reason: t(`groups:register.yearError.${year.error}`) };
}

/**
 * The year founded when that is all the text says ("berdiri tahun 2012", "founded in 2012",
 * "2012"), typed where another question was asked (the ketua's name); null otherwise, a skip
 * included ("lewati" there skips nothing of the year).
 */
export function foundedYearTyped(input: StepInput, now: Date): number | null {
  if (isSkip(input)) return null;
  const year = readFounded(input, now);
  return year.ok ? year.value : null;
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

/** The ketua as typed: a name, and the phone when it was written with it. */
export type KetuaAnswer = NameAndPhone;

/**
 * "Siti Aminah 0812-2745-6789" gives both; "Siti Aminah" only the name (the phone is asked
 * next). A number that is not a valid phone is reported rather than kept in the name. The
 * reading itself is shared with the officer's own name (domain/parse/name-phone.ts). A name
 * typed all in lower case or capitals gets a name's capitals ("bu sri wahyuni" → "Bu Sri Wahyuni").
 */
export function readKetua(input: StepInput): Answer<KetuaAnswer> {
  const typed = textOf(input);
  if (typed === null) return { ok: false };
  const read = parseNameAndPhone(typed);
  // "berdiri tahun 2012", "founded in 2012", "2012": a year, no one's name (it was taken as the ketua's).
  const named = read.ok ? read.value.name : read.error === 'needs_name' ? typed : null;
  if (named !== null && holdsYear(named)) return { ok: false, reason: t('groups:register.ketuaIsYear', { said: verbatim(typed) }) };
  // "about 30 people", "30 orang": the members counted again, no one's name (kept as the chair "About 30 People").
  if (named !== null && parsePeopleCount(named, ANY_COUNT).ok) return { ok: false, reason: t('groups:register.ketuaIsCount', { said: verbatim(typed) }) };
  if (!read.ok) return { ok: false, reason: read.error === 'needs_name' ? t('groups:register.ketuaNeedsName') : t(`groups:register.phoneError.${read.error}`) };
  // "my mom, bu Sri Wahyuni", "ibu saya, Sri Wahyuni": the name after the kin is the ketua's.
  const name = readFreeText({ type: 'text', text: withoutKinBefore(read.value.name) }, 2, 80);
  // "bu Sri Wahyuni" is kept as Sri Wahyuni, as an officer's name is: the bot and officers say "Bu" themselves.
  return name.ok ? { ok: true, value: { name: ketuaNameKept(name.value), phone: read.value.phone, ...(read.value.phoneLater && { phoneLater: true }) } } : name;
}

/**
 * A year of four digits standing alone ("tahun 2012", "sejak 1998"): no person's name holds one,
 * while an RT's number may ("Ketua RT 07"). Read from the name left once a phone typed with it
 * was taken out, so a phone's digits are never mistaken for a year.
 */
const YEAR_ALONE = /(?:^|[^\p{N}])(?:19|20)\d{2}(?![\p{N}])/u;

/** Any count of people, however large: what matters is that it is one. */
const ANY_COUNT = { min: 0, max: Number.MAX_SAFE_INTEGER };

function holdsYear(name: string): boolean {
  return YEAR_ALONE.test(name);
}

/** Type words that may stand inside a group's name; two-letter short forms and "lainnya" are left out. */
export const NAME_TYPE_WORDS = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other').map((option) => ({
  ...option,
  words: option.words.filter((word) => word.replace(/\s/g, '').length >= 3),
}));

/**
 * The type a group's name states ("Arisan Melati", "PKK Dusun Glugo", "Karang Taruna Tunas
 * Muda"), so that it need not be asked; null when the name does not say.
 */
export function typeFromName(name: string): GroupType | null {
  if (/^\s*\d/.test(name)) return null;
  const named = matchChoice(name, NAME_TYPE_WORDS);
  if (named !== null) return named;
  // "MT Nurul Huda": a short form that leads a name says its type.
  const [first = '', ...rest] = name.trim().toLowerCase().split(/\s+/);
  return rest.length > 0 ? (NAME_SHORT_FORMS.get(first.replace(/\.$/, '')) ?? null) : null;
}

/**
 * Two-letter forms that say the type when they lead a group's name. Only "MT" (majelis taklim):
 * "KT" is as often Kelompok Tani as Karang Taruna, "RK" Rukun Kampung as Rukun Kematian.
 */
const NAME_SHORT_FORMS: ReadonlyMap<string, GroupType> = new Map([['mt', 'majelis_taklim']]);

/** "pakai nomor itu", "nomor ini aja", "yg itu": the number offered, named instead of tapped. */
const THAT_NUMBER = /^(?:(?:iya|ya|pakai|pake|pk)\s+)?(?:(?:nomor|nomer|no|hp)\s+)?(?:(?:yang|yg)\s+)?(?:itu|ini|tsb|tersebut|tadi)(?:\s+(?:aja|saja|ya))?$/iu;
/** "same number", "the same one", "nomor yg sama", "nomornya sama": the number offered, the one already given. */
const SAME_NUMBER = /^(?:(?:the\s+)?same\s+(?:number|phone|one|no)|(?:nomor|nomer|no|hp)(?:nya)?\s+(?:(?:yang|yg)\s+)?(?:sama|tetap|tetep)(?:\s+(?:aja|saja))?)$/iu;

/**
 * Whether the answer takes the phone number offered with a button (the person's own, from
 * their chat): the button, or "iya", "sama", "pakai nomor itu" typed for it.
 */
export function takesOfferedPhone(input: StepInput, buttonId: string): boolean {
  if (buttonOf(input) === buttonId) return true;
  const typed = textOf(input)?.trim();
  if (!typed) return false;
  return yesOrNo(typed) === 'yes' || isUnchangedAnswer(typed) || THAT_NUMBER.test(typed) || SAME_NUMBER.test(typed);
}

/**
 * A name typed again after a reminder that it was said already ("ya td kan udh sy tulis,
 * arisan ibu2 rt 4", "kan tadi udah, arisan ibu2"): the reminder before the comma is no part
 * of the name.
 */
const SAID_ALREADY = /^[^,:;]*\b(?:td|tadi|tdi)\b[^,:;]*\b(?:udh|udah|sudah|dah|sdh)\b[^,:;]*[,:;]\s*(?=\S)|^[^,:;]*\b(?:udh|udah|sudah|dah|sdh)\b[^,:;]*\b(?:td|tadi|tulis|ketik|sebut|bilang)\w*\b[^,:;]*[,:;]\s*(?=\S)/iu;

/** `text` without a leading "I said it already" ({@link SAID_ALREADY}). */
export function withoutSaidAlready(text: string): string {
  return text.replace(SAID_ALREADY, '');
}

/** Words that ask for something before it ("coba cek …", "tolong cek status …", "saya mau cek …"). */
const ASKING_FIRST = new Set(['coba', 'tolong', 'mau', 'mo', 'mw', 'pengen', 'pingin', 'ingin', 'bisa', 'please', 'pls', 'saya', 'sy', 'aku', 'min', 'kak', 'minta']);
/** A check of a desa's status asked for: no group's name starts so ("cek status desa timbulharjo", "status desa timbulharjo gimana"). */
const CHECK_FIRST = new Set(['cek', 'check', 'ngecek', 'mengecek', 'ngecheck', 'status', 'statusnya']);
/** Words that make "cek …" a pause rather than a check of something ("cek dulu ya", "cek bentar"). */
const PAUSE_WORDS = new Set(['dulu', 'dl', 'bentar', 'sebentar', 'sbntr', 'ya', 'yah', 'aja', 'saja', 'deh', 'dong', 'lagi', 'nanti', 'sek', 'sik', 'disik', 'dhisik', 'first']);
/** Words for a desa or for WKSBM, which with "status" make the text a status question ("desa timbulharjo statusnya apa"). */
const STATUS_OF = new Set(['desa', 'kelurahan', 'kalurahan', 'wksbm', 'wksbmnya']);
/** "not yet" and yes/no tags closing a "sudah … belum" question typed without its question mark. */
const NOT_YET_END = new Set(['belum', 'blm', 'blom', 'belom', 'durung', 'dereng', 'gak', 'ga', 'nggak', 'enggak', 'tidak', 'ora', 'teu']);

/**
 * Whether a text typed for a group's name asks for a desa's WKSBM status instead, in words
 * that are no question (../parse/name-question.ts): "cek status desa timbulharjo", "status desa
 * timbulharjo gimana", "desa timbulharjo statusnya apa", "timbulharjo sudah wksbm belum".
 * Taken as the name, the group would be registered as the request; refused, the request is
 * read for what it is (the status check opens as a side trip: assistant.ts fallbackFlows).
 * No group is named with "cek"/"status" first, nor with "status" beside "desa" or "wksbm"
 * ("Posyandu Cek Kesehatan" leads with its kind).
 */
export function nameIsStatusRequest(text: string): boolean {
  const words = text.trim().toLowerCase().split(/[^\p{L}\d']+/u).filter(Boolean);
  while (words.length > 1 && ASKING_FIRST.has(words[0]!)) words.shift();
  // "cek dulu ya": a pause, no status asked (read as one, it searched a desa "dulu").
  if (words.length > 1 && CHECK_FIRST.has(words[0]!) && words.slice(1).some((word) => !PAUSE_WORDS.has(word))) return true;
  if (words.some((word) => word === 'status' || word === 'statusnya') && words.some((word) => STATUS_OF.has(word))) return true;
  return words.includes('wksbm') && NOT_YET_END.has(words.at(-1) ?? '');
}

/**
 * Words that introduce the name in a sentence ("namanya Arisan Melati", "nama kelompok kami:
 * Arisan Melati", "kelompok kami bernama …", "jenenge …", "it's called …"): what follows the last
 * of them is the name. After a story too long to be a name ("jadi gini min, … namanya Arisan
 * Mawar Merah").
 */
const NAME_INTRO =
  /(?:^|[\s,.;:!-])(?:namanya|namane|jenenge|bernama|nama\s+kelompok(?:nya|\s+(?:kami|saya|kita|kmi|sy))?|nama(?=\s*:)|(?:it'?s|is|group\s+is)\s+called|(?:the|our|its)\s+(?:group'?s\s+)?name\s+is|name\s*:)(?:\s+(?:adalah|yaitu|yakni|ialah|is|jadi|jd|menjadi))?[\s:,-]*(?=\S)/giu;

/**
 * A group's name typed in a sentence, as it would be kept: without a reminder before it or the
 * words that introduce it, with a name's capitals ("namanya posyandu melati sudah terdaftar
 * belum" → "Posyandu Melati Sudah Terdaftar Belum"). Persons' names are shown as typed.
 */
export function nameShown(typed: string, kind: 'group' | 'person'): string {
  return kind === 'group' ? nameAsTyped(nameAfterIntro(withoutSaidAlready(typed))) : typed;
}

/** The name after the words that introduce it ({@link NAME_INTRO}), or the text as typed when there are none. */
export function nameAfterIntro(text: string): string {
  let at = -1;
  for (const found of text.matchAll(NAME_INTRO)) at = found.index + found[0].length;
  if (at < 0) return text;
  const name = text.slice(at).replace(/[\s.,;!]+$/u, '');
  // "namanya" alone, or a name of one letter: the text as typed, for the length check to say so.
  return /\p{L}.*\p{L}/u.test(name) ? name : text;
}
