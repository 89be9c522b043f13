/**
 * Pieces shared by alert and notice messages. Alerts are rendered in the recipient's
 * language when they are sent, not when they are recorded, so dates and names of things
 * are texts (keys + params), never strings formatted in one language.
 */
import { t, type Text } from '../../core/text.js';
import { jakartaDate } from '../../core/time/wib.js';
import type { GroupType } from './group-types.js';
import type { AreaName } from './officers.js';

/** A desa with the names above it, as messages show it. */
export interface VillageNames {
  readonly villageName: string;
  readonly districtName: string;
  readonly regencyName: string;
}

/** "Sidomulyo, Kec. Bambanglipuro, Kabupaten Bantul". */
export function villageText(names: VillageNames): Text {
  return t('status:area.village', { village: names.villageName, district: names.districtName, regency: names.regencyName });
}

/** A calendar date "YYYY-MM-DD" as "12 November 2026" in the reader's language. */
export function dateText(iso: string): Text {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return t('verbatim', { text: iso });
  return t('officers:date', { day: Number(match[3]), month: t(`officers:month.m${Number(match[2])}`), year: match[1]! });
}

/** The day of a moment, in Jakarta, as {@link dateText} shows it ("20 November 2026"). */
export function dayText(at: Date): Text {
  return dateText(jakartaDate(at));
}

/** A group's type as shown: the leader's own words for "other". */
export function groupTypeText(type: GroupType, typeOther: string | null): Text | string {
  return type === 'other' && typeOther ? typeOther : t(`groups:type.${type}`);
}

/** Texts joined into one list ("a, b, c"), or "–" when there are none. */
export function listText(parts: readonly Text[]): Text {
  return joinBalanced(parts, 'officers:listJoin');
}

/**
 * Names or texts as a list said in words: "A dan B", "A, B, dan C" ("A and B", "A, B, and C"),
 * or "–" when there are none. Plain strings (group names) are shown as they are.
 */
export function andListText(parts: ReadonlyArray<Text | string>): Text {
  return wordListText(parts, 'listAnd');
}

/**
 * Choices as a list said in words: "A atau B", "A, B, atau C" ("A or B", "A, B, or C"), or "–"
 * when there are none: the buttons a step shows, named in its hint.
 */
export function orListText(parts: ReadonlyArray<Text | string>): Text {
  return wordListText(parts, 'listOr');
}

/** A list in words whose last two are joined by the word of `key` (listAnd, listOr: its `two` and `more`). */
function wordListText(parts: ReadonlyArray<Text | string>, key: 'listAnd' | 'listOr'): Text {
  const texts = parts.map((part) => (typeof part === 'string' ? t('verbatim', { text: part }) : part));
  if (texts.length <= 1) return texts[0] ?? t('verbatim', { text: '–' });
  const last = texts.at(-1)!;
  if (texts.length === 2) return t(`${key}.two`, { first: texts[0]!, last });
  return t(`${key}.more`, { first: listText(texts.slice(0, -1)), last });
}

/** Texts on consecutive lines. */
export function linesText(parts: readonly Text[]): Text {
  return joinBalanced(parts, 'status:lines');
}

/** Texts one after another on a line, as sentences ("Butuh 1 kelompok lagi. Catat 1 hubungan lagi."). */
export function sentencesText(parts: readonly Text[]): Text {
  return joinBalanced(parts, 'status:sentences');
}

/**
 * Joins texts pairwise as a balanced tree (`key` has params `first` and `rest`): a stored
 * alert's texts nest only log2(n) deep, and the outbox refuses payloads nested too deeply.
 */
function joinBalanced(parts: readonly Text[], key: string): Text {
  if (parts.length === 0) return t('verbatim', { text: '–' });
  if (parts.length === 1) return parts[0]!;
  const middle = Math.ceil(parts.length / 2);
  return t(key, { first: joinBalanced(parts.slice(0, middle), key), rest: joinBalanced(parts.slice(middle), key) });
}

/** "Kec. Depok (Kabupaten Sleman), Desa Sidomulyo (Kec. …)". */
export function areasText(areas: readonly AreaName[]): Text {
  return listText(areas.map((area) => t(`officers:areaName.${area.level}`, { name: area.name, district: area.districtName, regency: area.regencyName })));
}
