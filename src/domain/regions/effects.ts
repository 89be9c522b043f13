/**
 * The region effects flows may ask for: looking villages up in the region directory of the
 * message's transaction.
 */
import { z } from 'zod';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import type { PlaceSearch, RegionDirectory, VillageMatch } from '../model/regions.js';
import { prefixCovers } from '../model/officers.js';

/** Villages offered at once: buttons beyond this are hard to read on a phone. */
export const VILLAGE_CHOICES = 8;

/** Longer queries are cut; no village with its kecamatan and kabupaten needs more. */
export const MAX_VILLAGE_QUERY = 100;

/** A region code of any level: PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD. */
const regionCode = z.string().regex(/^\d{2}(?:\.\d{2}){0,2}(?:\.\d{4})?$/);

/**
 * Searches villages by name, best first, and names the kabupaten/kota the query is the name
 * of ("sleman"). One more village than offered is fetched, so the flow can tell the user
 * that more names are alike and the kecamatan would help.
 */
/**
 * A search's hits; within an officer's areas, `outside` holds the best hits outside them, so
 * a desa named exactly but elsewhere ("timbulharjo" for Sleman) is said to be outside, not
 * silently replaced by a look-alike inside (Umbulharjo).
 */
export interface VillageSearch extends PlaceSearch {
  readonly outside?: VillageMatch[];
}

export const SEARCH_VILLAGES = defineEffect<VillageSearch>()(
  'regions.searchVillages',
  z.object({
    query: z.string(),
    /** Only villages under these region codes (an officer's areas), when given. */
    within: z.array(regionCode).min(1).max(50).optional(),
    /** Villages under these codes first among equal hits (the person's own area). */
    near: z.array(regionCode).min(1).max(20).optional(),
  }),
);

/** Villages looked at to find those within an officer's areas: the directory's most. */
const WITHIN_SEARCH_LIMIT = 50;

/** What region effects need of the app's transaction object. */
export interface RegionsTx {
  readonly regions: RegionDirectory;
}

/** Handlers of the region effects. */
export function regionEffects<Tx extends RegionsTx>(): EffectEntry<Tx>[] {
  return [
    handleEffect(SEARCH_VILLAGES, async ({ query, within, near }, { tx }): Promise<VillageSearch> => {
      const trimmed = query.trim().slice(0, MAX_VILLAGE_QUERY);
      if (trimmed === '') return { villages: [], regencies: [] };
      if (!within) return tx.regions.searchPlaces(trimmed, VILLAGE_CHOICES + 1, near ? { near } : {});
      // Within an officer's areas: the best hits there, out of the directory's best overall,
      // those in the areas first among equals (a name as common as "Sidomulyo" has more
      // exact namesakes than the directory returns); a kabupaten named only where it overlaps.
      const found = await tx.regions.searchPlaces(trimmed, WITHIN_SEARCH_LIMIT, { near: [...within, ...(near ?? [])] });
      const inside = (code: string) => within.some((prefix) => prefixCovers(prefix, code) || prefixCovers(code, prefix));
      const inArea = (match: VillageMatch) => within.some((prefix) => prefixCovers(prefix, match.code));
      return {
        villages: found.villages.filter(inArea).slice(0, VILLAGE_CHOICES + 1),
        regencies: found.regencies.filter((regency) => inside(regency.code)),
        outside: found.villages.filter((match) => !inArea(match)).slice(0, VILLAGE_CHOICES + 1),
      };
    }),
  ];
}
