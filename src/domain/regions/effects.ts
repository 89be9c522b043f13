/**
 * The region effects flows may ask for: looking villages up in the region directory of the
 * message's transaction.
 */
import { z } from 'zod';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import type { RegionDirectory, VillageMatch } from '../model/regions.js';

/** Villages offered at once: buttons beyond this are hard to read on a phone. */
export const VILLAGE_CHOICES = 8;

/** Longer queries are cut; no village with its kecamatan and kabupaten needs more. */
export const MAX_VILLAGE_QUERY = 100;

/**
 * Searches villages by name, best first. One more village than offered is fetched, so the
 * flow can tell the user that more names are alike and the kecamatan would help.
 */
export const SEARCH_VILLAGES = defineEffect<VillageMatch[]>()('regions.searchVillages', z.object({ query: z.string() }));

/** What region effects need of the app's transaction object. */
export interface RegionsTx {
  readonly regions: RegionDirectory;
}

/** Handlers of the region effects. */
export function regionEffects<Tx extends RegionsTx>(): EffectEntry<Tx>[] {
  return [
    handleEffect(SEARCH_VILLAGES, async ({ query }, { tx }) => {
      const trimmed = query.trim().slice(0, MAX_VILLAGE_QUERY);
      if (trimmed === '') return [];
      return tx.regions.searchVillages(trimmed, VILLAGE_CHOICES + 1);
    }),
  ];
}
