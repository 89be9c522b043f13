/**
 * The desa a person already named: those of their own groups (oldest first), then that of
 * their last status check. Offered as one-tap buttons wherever a desa is asked again.
 */
import type { DomainTx } from '../model/tx.js';
import type { VillageInfo } from '../model/regions.js';

/** At most this many desa buttons, so the question stays readable on a phone. */
export const MAX_KNOWN_VILLAGES = 4;

/** The person's known desa, each once. */
export async function knownVillages(tx: Pick<DomainTx, 'groups' | 'people' | 'regions'>, personId: string): Promise<VillageInfo[]> {
  const [groups, last] = await Promise.all([tx.groups.listLedBy(personId), tx.people.lastVillage(personId)]);
  const codes = [...new Set([...groups.map((group) => group.villageCode), ...(last ? [last] : [])])].slice(0, MAX_KNOWN_VILLAGES);
  const villages = await Promise.all(codes.map((code) => tx.regions.village(code)));
  return villages.filter((village): village is VillageInfo => village !== null);
}
