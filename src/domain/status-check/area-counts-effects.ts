/**
 * The effect behind "berapa desa di Bantul yang sudah WKSBM?": the areas a typed name (or
 * the person's own area) stands for, and each one's desa counted per level in force.
 */
import { z } from 'zod';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import type { AreaCounts, NamedArea } from '../model/area-counts.js';
import type { DomainTx } from '../model/tx.js';
import { knownVillages } from '../groups/known-villages.js';
import { prefixCovers, type OfficerView } from '../model/officers.js';
import { nearestToNextLevel, type NearVillage } from '../status/nearest.js';
import { factsSince, type StatusThresholds } from '../status/status.js';

/** Areas answered together: "di jogja" is the provinsi and the kota; more than this are offered to choose from. */
export const AREAS_ANSWERED = 3;
/** Areas offered as buttons at most. */
export const AREAS_OFFERED = 8;
/** Desa named under the counts at most; the counts say how many there are. */
export const VILLAGES_LISTED = 12;
/** Desa named as nearest to their next level in an officer's recap: where to help first. */
export const NEAREST_LISTED = 5;

/** The kinds of area, as a word in the question says it ("kecamatan kami", "kabupaten saya"). */
export const AREA_KINDS = ['district', 'regency', 'province'] as const;
/** One of {@link AREA_KINDS}. */
export type AreaKind = (typeof AREA_KINDS)[number];

/** Search scores from this up are an identical name (see storage/regions/region-directory.ts). */
const EXACT_NAME = 0.99;

/** Length of a region code of each kind: PP.KK.CC, PP.KK, PP. */
const CODE_LENGTH: Readonly<Record<AreaKind, number>> = { district: 8, regency: 5, province: 2 };

/** What was found. */
export type AreaCountsResult =
  /** One to {@link AREAS_ANSWERED} areas, each with its counts. */
  | {
      readonly kind: 'counts';
      /**
       * Each area's counts; `pending`: what waits for verification there, for an officer covering
       * the whole area; `nearest`: for an officer of the area, its desa nearest to their next level
       * (`nearestPerRegency` for a provinsi instead: asked per kabupaten/kota).
       */
      readonly counts: readonly (AreaCounts & { readonly pending?: number; readonly nearest?: readonly NearVillage[]; readonly nearestPerRegency?: true })[];
      /** The one desa of the name typed, whose kecamatan is counted ("Panggungharjo": Kec. Sewon). */
      readonly village?: { readonly name: string; readonly districtName: string };
      /** Asked by an active officer: their menu is offered with the answer. */
      readonly officer?: true;
    }
  /** More areas of that name (or of an officer's own): the person picks one. `mine`: they are the person's own areas. */
  | { readonly kind: 'choose'; readonly areas: readonly NamedArea[]; readonly mine?: true }
  /** No area of that name (or, asked for their own, the person has none known). */
  | { readonly kind: 'none' }
  /** No area named, and the person is no officer (whose areas would be meant): the area is asked. */
  | { readonly kind: 'ask' };

const regionCode = z.string().regex(/^\d{2}(?:\.\d{2}){0,2}$/);

/** Counts the desa per level in the areas a name, a code or the person's own area stands for. */
export const AREA_COUNTS = defineEffect<AreaCountsResult>()(
  'status.areaCounts',
  z.union([
    z.object({ query: z.string().min(1).max(100) }),
    z.object({ code: regionCode }),
    /** The person's own area: an officer's areas, else the kecamatan (or `of` kind) of their desa. */
    z.object({ mine: z.literal(true), of: z.enum(AREA_KINDS).optional() }),
    /** No area named ("desa mana yang hampir jadi wksbm?"): an officer's areas, else the area is asked. */
    z.object({ unnamed: z.literal(true) }),
  ]),
);

/** Handler of {@link AREA_COUNTS}; `thresholds` are the status rules' (for the desa nearest to their next level). */
export function areaCountsEffects<Tx extends Pick<DomainTx, 'areaCounts' | 'officers' | 'groups' | 'people' | 'regions' | 'alertReports'>>(
  thresholds: StatusThresholds,
): EffectEntry<Tx>[] {
  return [
    handleEffect(AREA_COUNTS, async (input, { tx, person, now }): Promise<AreaCountsResult> => {
      // Read once, when first needed: the person's own areas and the pending figure both ask it.
      let officerRead: Promise<OfficerView | null> | undefined;
      const officerOf = () => (officerRead ??= tx.officers.byPerson(person.id));
      let areas: NamedArea[];
      if ('query' in input) areas = await tx.areaCounts.findAreas(input.query, AREAS_OFFERED);
      else if ('code' in input) areas = [await tx.areaCounts.area(input.code)].filter((area): area is NamedArea => area !== null);
      else {
        // Nothing named: an officer means their own area; a resident's area may be any, so it is asked.
        if ('unnamed' in input && !isOfficerWithAreas(await officerOf())) return { kind: 'ask' };
        const codes = await ownAreaCodes(tx, await officerOf(), person.id, 'of' in input ? input.of : undefined);
        const found = await Promise.all(codes.slice(0, AREAS_OFFERED).map((code) => tx.areaCounts.area(code)));
        areas = found.filter((area): area is NamedArea => area !== null);
      }
      if (areas.length === 0 && 'query' in input) {
        // A desa's name where an area is asked ("Panggungharjo"): its kecamatan, when only one desa is so called.
        const { villages } = await tx.regions.searchPlaces(input.query, 2);
        const exact = villages.filter((village) => village.score >= EXACT_NAME && village.inDistrict !== true);
        const district = exact.length === 1 ? await tx.areaCounts.area(exact[0]!.code.slice(0, CODE_LENGTH.district)) : null;
        if (district) {
          const counts = await tx.areaCounts.counts(district, VILLAGES_LISTED);
          return { kind: 'counts', counts: [counts], village: { name: exact[0]!.name, districtName: exact[0]!.districtName } };
        }
      }
      if (areas.length === 0) return { kind: 'none' };
      if (areas.length > AREAS_ANSWERED) return { kind: 'choose', areas, ...(!('query' in input) && { mine: true as const }) };
      const officer = await officerOf();
      const own = !('query' in input) && !('code' in input);
      const counts = await Promise.all(
        areas.map(async (area) => {
          const counted = await tx.areaCounts.counts(area, VILLAGES_LISTED);
          // An officer of the area is told where to help first: the desa nearest to their next level.
          // A provinsi's thousands of desa would take seconds to evaluate: asked per kabupaten/kota.
          const ofOfficer = isOfficerOf(officer, area.code);
          const figures =
            ofOfficer && area.kind === 'province'
              ? { ...counted, nearestPerRegency: true as const }
              : ofOfficer
                ? { ...counted, nearest: nearestToNextLevel(await tx.areaCounts.villageFacts(area, factsSince(now, thresholds)), now, thresholds, NEAREST_LISTED) }
                : counted;
          // An officer is also told what waits for them there (their own groups' records left out).
          const prefixes = officer?.active ? pendingPrefixes(officer.areaPrefixes, area.code, own) : [];
          if (prefixes.length === 0) return figures;
          const { total } = await tx.alertReports.pendingVerifications(prefixes, 1, person.id);
          return { ...figures, pending: total };
        }),
      );
      return { kind: 'counts', counts, ...(officer?.active === true && { officer: true as const }) };
    }),
  ];
}

/**
 * The person's own areas as codes of the kind asked: an active officer's areas (a desa's
 * narrowed to its kecamatan), else those of the desa they named before (their groups', their
 * last status check's); a kecamatan unless the question said which kind.
 */
async function ownAreaCodes(tx: Pick<DomainTx, 'groups' | 'people' | 'regions'>, officer: OfficerView | null, personId: string, of: AreaKind | undefined): Promise<string[]> {
  const cut = (code: string, kind: AreaKind) => code.slice(0, Math.min(code.length, CODE_LENGTH[kind]));
  if (isOfficerWithAreas(officer)) {
    return [...new Set(officer.areaPrefixes.map((code) => (of ? cut(code, of) : cut(code, 'district'))))];
  }
  const villages = await knownVillages(tx, personId);
  return [...new Set(villages.map((village) => cut(village.code, of ?? 'district')))];
}

/**
 * Where an officer's pending figure for `area` is counted: the whole area when one of theirs
 * covers it; for their own area (a desa officer's kecamatan) the areas of theirs inside it;
 * else none (asked of a wider place, the figure would be only part of it).
 */
function pendingPrefixes(officerPrefixes: readonly string[], area: string, own: boolean): readonly string[] {
  if (officerPrefixes.some((prefix) => prefixCovers(prefix, area))) return [area];
  return own ? officerPrefixes.filter((prefix) => prefixCovers(area, prefix)) : [];
}

/** Whether `officer` is an active officer whose areas cover `area` or lie in it (a desa officer's kecamatan). */
function isOfficerOf(officer: OfficerView | null, area: string): boolean {
  return officer?.active === true && officer.areaPrefixes.some((prefix) => prefixCovers(prefix, area) || prefixCovers(area, prefix));
}

/** Whether `officer` is an active officer with areas: whose own area a count that names none is of. */
function isOfficerWithAreas(officer: OfficerView | null): officer is OfficerView {
  return officer !== null && officer.active && officer.areaPrefixes.length > 0;
}
