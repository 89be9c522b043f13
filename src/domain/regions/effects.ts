/**
 * The region effects flows may ask for: looking villages up in the region directory of the
 * message's transaction.
 */
import { z } from 'zod';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import type { RegionDirectory, VillageMatch } from '../model/regions.js';
import { prefixCovers } from '../model/officers.js';

/** Villages offered at once: buttons beyond this are hard to read on a phone. */
export const VILLAGE_CHOICES = 8;

/** Longer queries are cut; no village with its kecamatan and kabupaten needs more. */
export const MAX_VILLAGE_QUERY = 100;

/**
 * Searches villages by name, best first. One more village than offered is fetched, so the
 * flow can tell the user that more names are alike and the kecamatan would help.
 */
export const SEARCH_VILLAGES = defineEffect<VillageMatch[]>()(
  'regions.searchVillages',
  z.object({
    query: z.string(),
    /** Only villages under these region codes (an officer's areas), when given. */
    within: z.array(z.string().regex(/^\d{2}(?:\.\d{2}){0,2}(?:\.\d{4})?$/)).min(1).max(50).optional(),
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
    handleEffect(SEARCH_VILLAGES, async ({ query, within }, { tx }) => {
      const trimmed = query.trim().slice(0, MAX_VILLAGE_QUERY);
      if (trimmed === '') return [];
      if (!within) return tx.regions.searchVillages(trimmed, VILLAGE_CHOICES + 1);
      // Within an officer's areas: the best hits there, out of the directory's best overall.
      const found = await tx.regions.searchVillages(trimmed, WITHIN_SEARCH_LIMIT);
      return found.filter((match) => within.some((prefix) => prefixCovers(prefix, match.code))).slice(0, VILLAGE_CHOICES + 1);
    }),
  ];
}
