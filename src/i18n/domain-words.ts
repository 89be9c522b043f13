/**
 * The domain's words in plain form (no emoji, no sentence around them), read once at start-up
 * from the locale resources: WKSBM levels and criteria, group types, activity categories,
 * verification states, kinds of area and PMKS categories. The chat, the dashboard (GET
 * /dashboard/words.json) and the exports all take these words from locales/, so none of them
 * keeps its own copy.
 *
 * Where they live in locales/: `words:level`, `words:criterion`, `words:verification`,
 * `words:areaKind` and `words:pmks` (the official names of Permensos 8/2012), and the chat's
 * own button words `groups:type` and `activities:category`, which are plain already.
 */
import { recordOf } from '../core/record.js';
import { field } from '../core/unknown.js';
import { ACTIVITY_CATEGORIES, type ActivityCategory } from '../domain/model/activities.js';
import { GROUP_TYPES, type GroupType } from '../domain/model/group-types.js';
import type { VerificationState } from '../domain/model/groups.js';
import { PMKS_CODES, type PmksCode } from '../domain/parse/pmks.js';
import { WKSBM_LEVELS, type WksbmLevel } from '../domain/model/status.js';
import { SUPPORTED_LOCALES, type Locale, type LocaleResources } from './locales.js';

/** The three criteria of a WKSBM (c1 collective existence, c2 social network, c3 working together). */
export const CRITERIA = ['c1', 'c2', 'c3'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** The kinds of area, from the largest: provinsi, kabupaten/kota, kecamatan, desa/kelurahan. */
export const AREA_KINDS = ['province', 'regency', 'district', 'village'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/** Every state a group or an activity's verification can be in (a record, so a new state needs a word). */
export const VERIFICATION_STATES = Object.values({ pending: 'pending', verified: 'verified', rejected: 'rejected' } satisfies Record<VerificationState, VerificationState>);

/** One language's words, keyed by the codes the domain stores. */
export interface DomainVocabulary {
  readonly level: Readonly<Record<WksbmLevel, string>>;
  readonly criterion: Readonly<Record<Criterion, string>>;
  readonly groupType: Readonly<Record<GroupType, string>>;
  readonly category: Readonly<Record<ActivityCategory, string>>;
  readonly verification: Readonly<Record<VerificationState, string>>;
  /** Names of the kinds of area ("Kecamatan"), as the forms head their columns. */
  readonly areaKind: Readonly<Record<AreaKind, string>>;
  /** Official PMKS category names by code ("8" → "Lanjut Usia Terlantar"). */
  readonly pmks: Readonly<Record<`${PmksCode}`, string>>;
}

/** The words of every supported language. */
export type DomainWords = Readonly<Record<Locale, DomainVocabulary>>;

/**
 * Emoji and the joiners around them at the start of a word ("🌱 Rintisan" → "Rintisan"): the one
 * place a chat word is made plain, should a locale word carry a button's decoration.
 */
const DECORATION = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\uFE0F\u200D\s]+/u;

/** A word without decoration and surrounding spaces. */
export function plainWord(text: string): string {
  return text.replace(DECORATION, '').trim();
}

/** The plain words of one section, one per code; throws naming the first missing key (a start-up error). */
function section<Code extends string>(resources: LocaleResources, locale: Locale, namespace: string, key: string, codes: readonly Code[]): Record<Code, string> {
  const node = resources[locale]?.[namespace]?.[key];
  return recordOf(codes, (code) => {
    const text = field(node, code);
    if (typeof text !== 'string' || plainWord(text) === '') throw new Error(`locales/${locale}/${namespace}.json has no word for ${key}.${code}`);
    return plainWord(text);
  });
}

/** Reads the domain's words of every supported language from loaded locale resources. */
export function domainWords(resources: LocaleResources): DomainWords {
  const vocabulary = (locale: Locale): DomainVocabulary => ({
    level: section(resources, locale, 'words', 'level', WKSBM_LEVELS),
    criterion: section(resources, locale, 'words', 'criterion', CRITERIA),
    groupType: section(resources, locale, 'groups', 'type', GROUP_TYPES),
    category: section(resources, locale, 'activities', 'category', ACTIVITY_CATEGORIES),
    verification: section(resources, locale, 'words', 'verification', VERIFICATION_STATES),
    areaKind: section(resources, locale, 'words', 'areaKind', AREA_KINDS),
    pmks: section(resources, locale, 'words', 'pmks', PMKS_CODES.map((code) => `${code}` as const)),
  });
  return recordOf(SUPPORTED_LOCALES, vocabulary);
}
