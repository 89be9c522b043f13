/** Reading officers with their areas as {@link OfficerView}s. */
import type { OfficerKind, OfficerView } from '../../domain/model/officers.js';

/** The Prisma `select` that {@link toOfficerView} reads. */
export const OFFICER_SELECT = {
  id: true,
  personId: true,
  person: { select: { displayName: true } },
  kind: true,
  active: true,
  mutedKinds: true,
  quietStartMin: true,
  quietEndMin: true,
  areas: { select: { codePrefix: true }, orderBy: { codePrefix: 'asc' } },
} as const;

/** A row selected with {@link OFFICER_SELECT}. */
export interface OfficerRow {
  id: string;
  personId: string;
  person: { displayName: string | null };
  kind: OfficerKind;
  active: boolean;
  mutedKinds: string[];
  quietStartMin: number | null;
  quietEndMin: number | null;
  areas: Array<{ codePrefix: string }>;
}

/** The domain's view of an officer row. */
export function toOfficerView(row: OfficerRow): OfficerView {
  return {
    id: row.id,
    personId: row.personId,
    name: row.person.displayName,
    kind: row.kind,
    active: row.active,
    areaPrefixes: row.areas.map((area) => area.codePrefix),
    mutedKinds: row.mutedKinds,
    quietStartMin: row.quietStartMin,
    quietEndMin: row.quietEndMin,
  };
}
