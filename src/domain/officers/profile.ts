/** An officer's own settings as the officer menu shows them. */
import type { DomainTx } from '../model/tx.js';
import type { AreaName, OfficerKind, OfficerView } from '../model/officers.js';

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
