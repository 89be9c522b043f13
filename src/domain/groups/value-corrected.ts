/**
 * A value corrected without its field's name ("bukan 25 tapi 8", "25 salah, harusnya 8", "8 bukan
 * 25", "not 25 but 8"): the value said wrong and the right one. Which field it is, is found among
 * the leader's groups by the wrong value (the one field holding 25), never guessed: Kelompok saya
 * asks to confirm that one change, or asks which field when none or several hold it.
 */
import { ADDRESS_WORDS, BUT_WORDS, alternation } from '../parse/lexicon.js';
import { TITLES } from '../parse/name-phone.js';
import { parseIndonesianPhone } from '../parse/phone.js';
import type { GroupView } from '../model/groups.js';
import type { EDIT_FIELDS } from './change-said.js';

/** A value said wrong and the right one. */
export interface ValueCorrected {
  readonly wrong: string;
  readonly right: string;
}

/** A field of a group that holds the wrong value. */
export interface FieldHolding {
  readonly group: GroupView;
  readonly field: (typeof EDIT_FIELDS)[number];
}

/** Words before the correction that say nothing of it ("eh", "maaf", "salah min,"). */
const LEAD = String.raw`(?:(?:eh|e|ehh|maaf|mohon\s+maaf|sorry|oops|salah|keliru|ralat|koreksi|sori|${alternation(ADDRESS_WORDS)})[\s,.!]+)*`;
/** A title before a name ("Bu", "kang", "ustadz"): parse/name-phone.ts's one list. */
const TITLE = String.raw`(?:${alternation(TITLES)})\.?\s+`;
/**
 * A value such a correction names: a count ("25", "25 orang"), a year or a phone; a person addressed
 * as a ketua is ("Bu Ani", "ustadz Ali": any title of parse/name-phone.ts; "ustadz" was no value).
 */
const VALUE = String.raw`((?:\+62|0)8[\d\s.-]{7,}\d|\d{1,4}(?:\s+(?:orang|org|anggota|kader))?|${TITLE}\p{L}+(?:\s+\p{L}+)?)`;
/** "tapi" (the lexicon's "but"), "harusnya", "it's" between the two values. */
const BUT = String.raw`(?:${alternation(BUT_WORDS, ['harusnya', 'seharusnya', 'mestinya', 'hrsnya', String.raw`should\s+be`, "it'?s"])})`;
/** Words after the right value that say nothing of it ("maksudnya", "ya"). */
const TAIL = String.raw`(?:[\s,]+(?:maksudnya|maksud\s+saya|maksudku|ya|yah|sorry|maaf|${alternation(ADDRESS_WORDS)}))*`;
const NOT = String.raw`(?:bukan|bkn|bukane|dudu|sanes|not|it'?s\s+not)`;

/** "bukan 25 tapi 8", "bukan 25, harusnya 8", "not 25 but 8". */
const NOT_BUT = new RegExp(String.raw`^${LEAD}(?:(?:yang|yg)\s+)?${NOT}\s+${VALUE}\s*[,.]?\s*(?:${BUT}\s+)+${VALUE}${TAIL}$`, 'iu');
/** "8 bukan 25", "harusnya 8, bukan 25", "it's 8 not 25". */
const RIGHT_NOT = new RegExp(String.raw`^${LEAD}(?:(?:harusnya|seharusnya|mestinya|it'?s)\s+)?${VALUE}\s*[,.]?\s*${NOT}\s+${VALUE}${TAIL}$`, 'iu');
/** "25 salah, harusnya 8", "yang 25 itu salah, yang benar 8". */
const WRONG_RIGHT = new RegExp(
  String.raw`^${LEAD}(?:(?:yang|yg)\s+)?${VALUE}\s+(?:itu\s+)?(?:salah|keliru|wrong|is\s+wrong)[\s,.]+(?:(?:harusnya|seharusnya|mestinya|yang\s+benar|yg\s+bener|yg\s+benar|yang\s+bener|should\s+be|it'?s)\s+)+${VALUE}${TAIL}$`,
  'iu',
);

/** The value said wrong and the right one in `typed`, with no field named, or null for anything else. */
export function valueCorrected(typed: string): ValueCorrected | null {
  const text = typed.trim().replace(/[.!]+$/u, '');
  if (text.includes('?')) return null;
  const notBut = NOT_BUT.exec(text) ?? WRONG_RIGHT.exec(text);
  if (notBut) return { wrong: notBut[1]!.trim(), right: notBut[2]!.trim() };
  const rightNot = RIGHT_NOT.exec(text);
  return rightNot ? { wrong: rightNot[2]!.trim(), right: rightNot[1]!.trim() } : null;
}

/** A count said ("25", "25 orang") as its number, or null. */
function countOf(value: string): number | null {
  const count = /^(\d{1,4})(?:\s+\p{L}+)?$/u.exec(value);
  return count ? Number(count[1]) : null;
}

/** A name as it compares: lower case, single spaces. */
function plain(value: string): string {
  return value.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Titles before a name, set aside ("ustadz ali" → "ali"). */
const TITLES_FIRST = new RegExp(String.raw`^(?:${TITLE})+(?=\p{L})`, 'iu');

/**
 * Whether a ketua named with a title is the one kept: "bu ani" and "Ani", "ustadz Ali" and "Ali"
 * (a ketua is kept without the form of address typed with them, parse/without-honorific.ts).
 */
function sameKetuaNamed(kept: string, said: string): boolean {
  return plain(kept) === plain(said) || plain(kept).replace(TITLES_FIRST, '') === plain(said).replace(TITLES_FIRST, '');
}

/** The fields of `group` that hold `wrong` as the group's screen shows them. */
function fieldsOf(group: GroupView, wrong: string): FieldHolding[] {
  const count = countOf(wrong);
  const phone = parseIndonesianPhone(wrong);
  const found: FieldHolding[] = [];
  if (count !== null && group.memberCount === count) found.push({ group, field: 'members' });
  if (count !== null && group.foundedYear === count) found.push({ group, field: 'founded' });
  if (phone.ok && group.ketuaPhone === phone.value) found.push({ group, field: 'ketuaPhone' });
  if (group.ketuaName !== null && sameKetuaNamed(group.ketuaName, wrong)) found.push({ group, field: 'ketuaName' });
  return found;
}

/**
 * The fields holding the wrong value: in the group on screen (`first`) when one of its fields
 * does, else in any of the leader's groups.
 */
export function fieldsHolding(wrong: string, groups: readonly GroupView[], first?: GroupView): readonly FieldHolding[] {
  const here = first ? fieldsOf(first, wrong) : [];
  return here.length > 0 ? here : groups.flatMap((group) => fieldsOf(group, wrong));
}

/** The value said wrong in a change naming its field ("anggotanya bukan 25 tp 8", "anggota 25 salah, harusnya 8"). */
const WRONG_IN_CHANGE = new RegExp(String.raw`(?:^|\s)(?:${NOT}\s+${VALUE}(?=[\s,.]|$)|${VALUE}\s+(?:itu\s+)?(?:salah|keliru|wrong)\b)`, 'iu');

/**
 * The one group of `groups` whose `field` holds the value `typed` says is wrong ("anggotanya bukan
 * 25 tp 8": the group with 25 members), or undefined when none or several do.
 */
export function groupHoldingWrong(typed: string, field: FieldHolding['field'], groups: readonly GroupView[]): GroupView | undefined {
  const said = WRONG_IN_CHANGE.exec(typed);
  const wrong = said?.[1] ?? said?.[2];
  if (wrong === undefined) return undefined;
  const holding = groups.flatMap((group) => fieldsOf(group, wrong.trim())).filter((found) => found.field === field);
  return holding.length === 1 ? holding[0]!.group : undefined;
}

/** Words around a new value typed at "Ubah … dari 30 jadi 25?" ("eh jadi 40 aja"), which are no part of it. */
const AROUND_VALUE = /^(?:(?:eh|ehh|e|maaf|sorry|jadi|jd|harusnya|seharusnya|mestinya|yang\s+benar|yg\s+bener|yg\s+benar)[\s,]+)*|(?:[\s,]+(?:aja|saja|deh|dong|ya|yah|maksudnya|min|kak))+$/giu;

/**
 * Another value typed at the question "Ubah … dari 30 jadi 25?" instead of yes or no: the one
 * asked about corrected ("bukan 25 tapi 40"), or a count, a year or a phone alone ("40", "jadi 40
 * aja"). Null for anything else (`asked` is the value asked about).
 */
export function valueInstead(typed: string, asked: string): string | null {
  const said = valueCorrected(typed);
  if (said !== null) return plain(said.wrong) === plain(asked) || (countOf(said.wrong) !== null && countOf(said.wrong) === countOf(asked)) ? said.right : null;
  const value = typed.trim().replace(/[.!]+$/u, '').replace(AROUND_VALUE, '');
  return /^(?:\d{1,4}(?:\s+(?:orang|org|anggota|kader))?|(?:\+62|0)8[\d\s.-]{7,}\d)$/iu.test(value) ? value : null;
}
