/** Small builders of status facts for the rule tests, all relative to one fixed `NOW`. */
import type { ActivityFact, AreaFacts, GroupFact, RelationFact } from '../../../src/domain/model/status.js';

/** Noon in Jakarta (05:00 UTC) on 15 June 2026. */
export const NOW = new Date('2026-06-15T05:00:00.000Z');
const DAY_MS = 86_400_000;

/** The calendar date `days` before NOW's Jakarta day, as UTC midnight (a `@db.Date`). */
export function dateDaysAgo(days: number): Date {
  return new Date(Date.UTC(2026, 5, 15) - days * DAY_MS);
}

/** An instant exactly `days` days before NOW. */
export function instantDaysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * DAY_MS);
}

export function group(
  id: string,
  type = 'arisan',
  options: { registeredDaysAgo?: number; enabled?: boolean; verified?: boolean; typeOther?: string } = {},
): GroupFact {
  return {
    id,
    type,
    typeOther: options.typeOther ?? null,
    enabled: options.enabled ?? true,
    registeredAt: instantDaysAgo(options.registeredDaysAgo ?? 1000),
    verified: options.verified ?? true,
  };
}

export function activity(
  id: string,
  daysAgo: number,
  confirmed: readonly string[],
  options: { pmks?: boolean; verified?: boolean; pending?: readonly string[] } = {},
): ActivityFact {
  return {
    id,
    date: dateDaysAgo(daysAgo),
    confirmedGroupIds: confirmed,
    pendingGroupIds: options.pending ?? [],
    servesPmks: options.pmks ?? false,
    verified: options.verified ?? true,
  };
}

export function relation(a: string, b: string, options: { confirmed?: boolean; verified?: boolean } = {}): RelationFact {
  return { groupIds: [a, b], confirmed: options.confirmed ?? true, verified: options.verified ?? true };
}

export function facts(parts: Partial<AreaFacts> = {}): AreaFacts {
  return { groups: [], relations: [], activities: [], everAktif: false, ...parts };
}

/** Three active groups of three types with nothing else: exactly Rintisan. */
export const THREE_GROUPS: readonly GroupFact[] = [group('a', 'arisan'), group('b', 'pkk'), group('c', 'posyandu')].map(
  (g) => ({ ...g, registeredAt: instantDaysAgo(10) }),
);

/** An Aktif area: A–B joint serving PMKS 10 days ago, B–C joint 20 days ago. */
export function aktifFacts(overrides: Partial<AreaFacts> = {}): AreaFacts {
  return facts({
    groups: [group('a', 'arisan'), group('b', 'pkk'), group('c', 'posyandu')],
    activities: [activity('j1', 10, ['a', 'b'], { pmks: true }), activity('j2', 20, ['b', 'c'])],
    ...overrides,
  });
}

/** `n` groups g0…g(n-1), alternating two types, all active by recent registration. */
export function manyGroups(n: number): GroupFact[] {
  return Array.from({ length: n }, (_, i) => group(`g${i}`, i % 2 === 0 ? 'arisan' : 'pkk', { registeredDaysAgo: 5 }));
}

/** Relations g0–g1, g1–g2, … linking exactly the first `linked` groups. */
export function chainRelations(linked: number): RelationFact[] {
  return Array.from({ length: Math.max(0, linked - 1) }, (_, i) => relation(`g${i}`, `g${i + 1}`));
}
