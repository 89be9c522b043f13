/** An officer's own settings as the officer menu shows them. */
import type { DomainTx } from '../model/tx.js';
import type { AreaName, OfficerKind, OfficerView } from '../model/officers.js';
import type { VillageInfo } from '../model/regions.js';

/** The officer menu's view of an officer. */
export interface OfficerProfile {
  readonly officerId: string;
  /** The officer's own name; null until they give it (the menu then asks for it). */
  readonly name: string | null;
  readonly kind: OfficerKind;
  readonly areaPrefixes: readonly string[];
  readonly areas: readonly AreaName[];
  readonly mutedKinds: readonly string[];
  readonly quietStartMin: number | null;
  readonly quietEndMin: number | null;
}

/** The profile of an officer, with the names of their areas. */
export async function profileOf(tx: Pick<DomainTx, 'officers'>, officer: OfficerView): Promise<OfficerProfile> {
  return {
    officerId: officer.id,
    name: officer.name,
    kind: officer.kind,
    areaPrefixes: officer.areaPrefixes,
    areas: await tx.officers.describeAreas(officer.areaPrefixes),
    mutedKinds: officer.mutedKinds,
    quietStartMin: officer.quietStartMin,
    quietEndMin: officer.quietEndMin,
  };
}

/** The officer's one desa, when their areas are exactly one desa (a PSM's); null otherwise. */
export function singleVillage(profile: Pick<OfficerProfile, 'areas'>): VillageInfo | null {
  const [area, ...more] = profile.areas;
  if (!area || more.length > 0 || area.level !== 'village') return null;
  return { code: area.code, name: area.name, districtName: area.districtName, regencyName: area.regencyName, provinceName: '' };
}
