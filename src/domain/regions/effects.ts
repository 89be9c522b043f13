/**
 * The region effects flows may ask for: looking villages up in the region directory of the
 * message's transaction.
 */
import type { Effect } from '../../core/engine/flow.js';
import type { EffectContext } from '../../core/effect-context.js';
import type { EffectHandler } from '../../core/effect-registry.js';
import type { RegionDirectory, VillageMatch } from '../model/regions.js';

/** Searches villages by name; payload `{ query: string }`, value `VillageMatch[]`. */
export const SEARCH_VILLAGES_EFFECT = 'regions.searchVillages';

/** Villages offered at once: buttons beyond this are hard to read on a phone. */
export const VILLAGE_CHOICES = 8;

/** Longer queries are cut; no village with its kecamatan and kabupaten needs more. */
export const MAX_VILLAGE_QUERY = 100;

/** What region effects need of the app's transaction object. */
export interface RegionsTx {
  readonly regions: RegionDirectory;
}

/** The search effect, as a flow asks for it; its result comes back to the asking step. */
export function searchVillagesEffect(query: string): Effect {
  return { type: SEARCH_VILLAGES_EFFECT, payload: { query }, reply: true };
}

/**
 * Searches for the payload's query. One more village than offered is fetched, so the flow
 * can tell the user that more names are alike and the kecamatan would help.
 */
async function searchVillages(effect: Effect, ctx: EffectContext<RegionsTx>): Promise<VillageMatch[]> {
  const query = queryOf(effect.payload);
  if (query === '') return [];
  return ctx.tx.regions.searchVillages(query, VILLAGE_CHOICES + 1);
}

/** The trimmed query of a payload; '' for anything that is not `{ query: string }`. */
function queryOf(payload: unknown): string {
  if (typeof payload !== 'object' || payload === null) return '';
  const query = (payload as { query?: unknown }).query;
  return typeof query === 'string' ? query.trim().slice(0, MAX_VILLAGE_QUERY) : '';
}

/** Handlers of the region effects, to spread into the runner's effect table. */
export const regionEffects = {
  [SEARCH_VILLAGES_EFFECT]: searchVillages,
} satisfies Readonly<Record<string, EffectHandler<RegionsTx>>>;
