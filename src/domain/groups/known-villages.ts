/**
 * The desa a person already named: those of their own groups (oldest first), then that of
 * their last status check. Offered as one-tap buttons wherever a desa is asked again.
 */
import type { DomainTx } from '../model/tx.js';
import type { VillageInfo } from '../model/regions.js';
import type { OfficerView } from '../model/officers.js';

/** At most this many desa buttons, so the question stays readable on a phone. */
export const MAX_KNOWN_VILLAGES = 4;

/**
 * The person's known desa, each once. `led`: their groups when the caller has read them
 * already (GROUP_CONTEXT needs them too), so they are not read a second time.
 */
export async function knownVillages(
  tx: Pick<DomainTx, 'groups' | 'people' | 'regions'>,
  personId: string,
  led?: Promise<readonly { readonly villageCode: string }[]>,
): Promise<VillageInfo[]> {
  const [groups, last] = await Promise.all([led ?? tx.groups.listLedBy(personId), tx.people.lastVillage(personId)]);
  const codes = [...new Set([...groups.map((group) => group.villageCode), ...(last ? [last] : [])])].slice(0, MAX_KNOWN_VILLAGES);
  const villages = await Promise.all(codes.map((code) => tx.regions.village(code)));
  return villages.filter((village): village is VillageInfo => village !== null);
}

/** Codes of a person's own area at most: the village search takes 20. */
const MAX_OWN_AREAS = 20;

/**
 * The person's own area, as region codes: the kabupaten/kota of their known desa ("34.04"
 * for a group in Sleman) and an active officer's areas. A list of same-named desa (98
 * Sidomulyo) shows those in it first; nothing is chosen for the person by it.
 */
export function ownAreas(villages: readonly VillageInfo[], officer: OfficerView | null): string[] {
  const regencies = villages.map((village) => village.code.slice(0, 5));
  const covered = officer?.active ? officer.areaPrefixes : [];
  return [...new Set([...regencies, ...covered])].slice(0, MAX_OWN_AREAS);
}
