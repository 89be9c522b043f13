/**
 * An officer's profile as the panel reads it, for tests that step the officer's flows without a
 * database: a TKSK of Kecamatan Sewon (Bantul), named, nothing muted, no quiet hours, unless
 * `changes` say otherwise. And the moment and person those tests step as.
 */
import type { FlowEnv } from '../../src/core/engine/flow.js';
import type { OfficerProfile } from '../../src/domain/officers/profile.js';

/** The profile, with `changes` over the TKSK of Sewon. */
export function officerProfile(changes: Partial<OfficerProfile> = {}): OfficerProfile {
  return {
    officerId: 'o1',
    name: 'Wulan',
    kind: 'tksk',
    areaPrefixes: ['34.02.15'],
    areas: [{ code: '34.02.15', level: 'district', name: 'Sewon', regencyName: 'Bantul', districtName: '' }],
    mutedKinds: [],
    quietStartMin: null,
    quietEndMin: null,
    ...changes,
  };
}

/** The Indonesian-speaking person p1 at `now` (an ISO time). */
export function personAt(now: string): FlowEnv {
  return { now: new Date(now), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
}
