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

/** Areas answered together: "di jogja" is the provinsi and the kota; more than this are offered to choose from. */
export const AREAS_ANSWERED = 3;
/** Areas offered as buttons at most. */
export const AREAS_OFFERED = 8;
/** Desa named under the counts at most; the counts say how many there are. */
export const VILLAGES_LISTED = 12;

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
      /** Each area's counts; `pending`: what waits for verification there, for an officer covering the whole area. */
      readonly counts: readonly (AreaCounts & { readonly pending?: number })[];
      /** The one desa of the name typed, whose kecamatan is counted ("Panggungharjo": Kec. Sewon). */
      readonly village?: { readonly name: string; readonly districtName: string };
    }
  /** More areas of that name: the person picks one. */
  | { readonly kind: 'choose'; readonly areas: readonly NamedArea[] }
  /** No area of that name (or, asked for their own, the person has none known). */
  | { readonly kind: 'none' };

const regionCode = z.string().regex(/^\d{2}(?:\.\d{2}){0,2}$/);

/** Counts the desa per level in the areas a name, a code or the person's own area stands for. */
export const AREA_COUNTS = defineEffect<AreaCountsResult>()(
  'status.areaCounts',
  z.union([
    z.object({ query: z.string().min(1).max(100) }),
    z.object({ code: regionCode }),
    /** The person's own area: an officer's areas, else the kecamatan (or `of` kind) of their desa. */
    z.object({ mine: z.literal(true), of: z.enum(AREA_KINDS).optional() }),
  ]),
);

/** Handler of {@link AREA_COUNTS}. */
export function areaCountsEffects<Tx extends Pick<DomainTx, 'areaCounts' | 'officers' | 'groups' | 'people' | 'regions' | 'alertReports'>>(): EffectEntry<Tx>[] {
  return [
    handleEffect(AREA_COUNTS, async (input, { tx, person }): Promise<AreaCountsResult> => {
      // Read once, when first needed: the person's own areas and the pending figure both ask it.
      let officerRead: Promise<OfficerView | null> | undefined;
      const officerOf = () => (officerRead ??= tx.officers.byPerson(person.id));
      let areas: NamedArea[];
      if ('query' in input) areas = await tx.areaCounts.findAreas(input.query, AREAS_OFFERED);
      else if ('code' in input) areas = [await tx.areaCounts.area(input.code)].filter((area): area is NamedArea => area !== null);
      else {
        const codes = await ownAreaCodes(tx, await officerOf(), person.id, input.of);
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
      if (areas.length > AREAS_ANSWERED) return { kind: 'choose', areas };
      const officer = await officerOf();
      const counts = await Promise.all(
        areas.map(async (area) => {
          const figures = await tx.areaCounts.counts(area, VILLAGES_LISTED);
          // An officer of the whole area is also told what waits for them there (their own groups' records left out).
          if (!officer?.active || !officer.areaPrefixes.some((prefix) => prefixCovers(prefix, area.code))) return figures;
          const { total } = await tx.alertReports.pendingVerifications([area.code], 1, person.id);
          return { ...figures, pending: total };
        }),
      );
      return { kind: 'counts', counts };
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
  if (officer?.active && officer.areaPrefixes.length > 0) {
    return [...new Set(officer.areaPrefixes.map((code) => (of ? cut(code, of) : cut(code, 'district'))))];
  }
  const villages = await knownVillages(tx, personId);
  return [...new Set(villages.map((village) => cut(village.code, of ?? 'district')))];
}
