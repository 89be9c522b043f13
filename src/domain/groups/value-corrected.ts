/**
 * A value corrected without its field's name ("bukan 25 tapi 8", "25 salah, harusnya 8", "8 bukan
 * 25", "not 25 but 8"): the value said wrong and the right one. Which field it is, is found among
 * the leader's groups by the wrong value (the one field holding 25), never guessed: Kelompok saya
 * asks to confirm that one change, or asks which field when none or several hold it.
 */
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
const LEAD = String.raw`(?:(?:eh|e|ehh|maaf|mohon\s+maaf|sorry|oops|salah|keliru|ralat|koreksi|min|kak|pak|bu|sori)[\s,.!]+)*`;
/** A value such a correction names: a count ("25", "25 orang"), a year or a phone; a person addressed as a ketua is ("Bu Ani"). */
const VALUE = String.raw`((?:\+62|0)8[\d\s.-]{7,}\d|\d{1,4}(?:\s+(?:orang|org|anggota|kader))?|(?:bu|ibu|pak|bapak|mas|mbak|mba|kak|bang|kang|teh)\.?\s+\p{L}+(?:\s+\p{L}+)?)`;
/** "it's", "tapi", "harusnya" between the two values. */
const BUT = String.raw`(?:tapi|tp|tpi|tetapi|melainkan|nanging|but|harusnya|seharusnya|mestinya|hrsnya|should\s+be|it'?s)`;
/** Words after the right value that say nothing of it ("maksudnya", "ya"). */
const TAIL = String.raw`(?:[\s,]+(?:maksudnya|maksud\s+saya|maksudku|ya|yah|min|kak|pak|bu|sorry|maaf))*`;
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

/** The fields of `group` that hold `wrong` as the group's screen shows them. */
function fieldsOf(group: GroupView, wrong: string): FieldHolding[] {
  const count = countOf(wrong);
  const phone = parseIndonesianPhone(wrong);
  const found: FieldHolding[] = [];
  if (count !== null && group.memberCount === count) found.push({ group, field: 'members' });
  if (count !== null && group.foundedYear === count) found.push({ group, field: 'founded' });
  if (phone.ok && group.ketuaPhone === phone.value) found.push({ group, field: 'ketuaPhone' });
  if (group.ketuaName !== null && plain(group.ketuaName) === plain(wrong)) found.push({ group, field: 'ketuaName' });
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
