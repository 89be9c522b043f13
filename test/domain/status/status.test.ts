/**
 * The WKSBM rules, table-driven: every level, and each threshold exactly at its value and
 * one step short of it.
 */
import { describe, expect, it } from 'vitest';
import type { AreaFacts, WksbmLevel } from '../../../src/domain/model/status.js';
import {
  computeStatus,
  DEFAULT_STATUS_THRESHOLDS,
  factsSince,
  thresholdProblems,
  type AreaStatus,
  type StatusThresholds,
} from '../../../src/domain/status/status.js';
import { typeKey } from '../../../src/domain/status/criteria.js';
import {
  activity,
  aktifFacts,
  chainRelations,
  facts,
  group,
  manyGroups,
  NOW,
  relation,
  THREE_GROUPS,
} from './facts.js';

interface Case {
  readonly name: string;
  readonly facts: AreaFacts;
  readonly level: WksbmLevel;
  readonly thresholds?: StatusThresholds;
  readonly now?: Date;
  /** Further expectations on the status. */
  readonly expect?: (status: AreaStatus) => void;
}

const c1 = (status: AreaStatus) => status.criteria.c1;
const c2 = (status: AreaStatus) => status.criteria.c2;
const c3 = (status: AreaStatus) => status.criteria.c3;

/** Three long-registered groups of two types, active through one activity each `days` ago. */
function activeThrough(daysA: number): AreaFacts {
  return facts({
    groups: [group('a', 'arisan'), group('b', 'pkk'), group('c', 'pkk')],
    activities: [activity('x', daysA, ['a']), activity('y', 5, ['b']), activity('z', 5, ['c'])],
  });
}

const cases: Case[] = [
  // Levels
  {
    name: 'no groups → Belum Ada',
    facts: facts(),
    level: 'belum_ada',
    expect: (s) => expect(c1(s)).toEqual({ met: false, activeGroups: 0, requiredGroups: 3, types: 0, requiredTypes: 2, idleGroups: 0 }),
  },
  { name: 'C1 only → Rintisan', facts: facts({ groups: THREE_GROUPS }), level: 'rintisan' },
  {
    name: 'C1 + C2 → Tumbuh',
    facts: facts({ groups: THREE_GROUPS, relations: [relation('a', 'b'), relation('b', 'c')] }),
    level: 'tumbuh',
  },
  { name: 'C1 + C2 + C3 → Aktif', facts: aktifFacts(), level: 'aktif' },
  {
    name: 'C1 + C3 without C2 stays Rintisan (levels are cumulative)',
    facts: facts({
      groups: [...THREE_GROUPS, group('d', 'pkk', { registeredDaysAgo: 5 }), group('e', 'pkk', { registeredDaysAgo: 5 })],
      activities: [activity('j1', 10, ['a', 'b'], { pmks: true }), activity('j2', 20, ['a', 'b'])],
    }),
    level: 'rintisan',
    expect: (s) => {
      expect(c2(s)).toMatchObject({ met: false, relations: 1, linkedGroups: 2, linkedPercent: 40 });
      expect(c3(s).met).toBe(true);
    },
  },

  // C1: number of active groups, types, activity window, registration grace
  { name: 'C1: 3 active groups meets', facts: facts({ groups: THREE_GROUPS }), level: 'rintisan' },
  {
    name: 'C1: 2 active groups does not',
    facts: facts({ groups: THREE_GROUPS.slice(0, 2) }),
    level: 'belum_ada',
    expect: (s) => expect(c1(s)).toMatchObject({ activeGroups: 2, types: 2 }),
  },
  {
    name: 'C1: 2 types meets',
    facts: facts({ groups: ['arisan', 'arisan', 'pkk'].map((type, i) => group(`g${i}`, type, { registeredDaysAgo: 1 })) }),
    level: 'rintisan',
  },
  {
    name: 'C1: 1 type does not',
    facts: facts({ groups: ['arisan', 'arisan', 'arisan'].map((type, i) => group(`g${i}`, type, { registeredDaysAgo: 1 })) }),
    level: 'belum_ada',
    expect: (s) => expect(c1(s)).toMatchObject({ activeGroups: 3, types: 1 }),
  },
  {
    name: "C1: two 'other' groups with different names are two types",
    facts: facts({
      groups: [
        group('a', 'other', { typeOther: 'Karang Werda', registeredDaysAgo: 1 }),
        group('b', 'other', { typeOther: 'KUBE', registeredDaysAgo: 1 }),
        group('c', 'other', { typeOther: 'karang  werda!', registeredDaysAgo: 1 }),
      ],
    }),
    level: 'rintisan',
    expect: (s) => expect(c1(s).types).toBe(2),
  },
  { name: 'C1: an activity 365 days ago keeps a group active', facts: activeThrough(365), level: 'rintisan' },
  {
    name: 'C1: an activity 366 days ago does not',
    facts: activeThrough(366),
    level: 'belum_ada',
    expect: (s) => expect(c1(s)).toMatchObject({ activeGroups: 2, idleGroups: 1 }),
  },
  {
    name: 'C1: registered 90 days ago is active without activity',
    facts: facts({ groups: [group('a', 'arisan', { registeredDaysAgo: 90 }), ...THREE_GROUPS.slice(1)] }),
    level: 'rintisan',
  },
  {
    name: 'C1: registered 91 days ago is not',
    facts: facts({ groups: [group('a', 'arisan', { registeredDaysAgo: 91 }), ...THREE_GROUPS.slice(1)] }),
    level: 'belum_ada',
  },
  {
    name: 'C1: a deactivated group is not active, even with a recent activity',
    facts: facts({
      groups: [group('a', 'arisan', { enabled: false }), ...THREE_GROUPS.slice(1)],
      activities: [activity('x', 3, ['a'])],
    }),
    level: 'belum_ada',
    expect: (s) => expect(c1(s)).toMatchObject({ activeGroups: 2, idleGroups: 0 }),
  },
  {
    name: 'C1: an activity dated after today counts as today',
    facts: activeThrough(-1),
    level: 'rintisan',
  },

  // C2: relations, linked share, joint activities as relations
  {
    name: 'C2: 2 relations meets',
    facts: facts({ groups: THREE_GROUPS, relations: [relation('a', 'b'), relation('b', 'c')] }),
    level: 'tumbuh',
    expect: (s) => expect(c2(s)).toMatchObject({ relations: 2, linkedGroups: 3, linkedPercent: 100 }),
  },
  {
    name: 'C2: 1 relation does not (67% linked is not enough alone)',
    facts: facts({ groups: THREE_GROUPS, relations: [relation('a', 'b')] }),
    level: 'rintisan',
    expect: (s) => expect(c2(s)).toMatchObject({ relations: 1, linkedGroups: 2, linkedPercent: 66 }),
  },
  {
    name: 'C2: 60% linked meets (6 of 10)',
    facts: facts({ groups: manyGroups(10), relations: chainRelations(6) }),
    level: 'tumbuh',
    expect: (s) => expect(c2(s)).toMatchObject({ linkedGroups: 6, activeGroups: 10, linkedPercent: 60 }),
  },
  {
    name: 'C2: 50% linked does not (5 of 10)',
    facts: facts({ groups: manyGroups(10), relations: chainRelations(5) }),
    level: 'rintisan',
    expect: (s) => expect(c2(s)).toMatchObject({ relations: 4, linkedPercent: 50 }),
  },
  {
    name: 'C2: 59% linked does not (13 of 22, 59.09%)',
    facts: facts({ groups: manyGroups(22), relations: chainRelations(13) }),
    level: 'rintisan',
    expect: (s) => expect(c2(s).linkedPercent).toBe(59),
  },
  {
    name: 'C2: a joint activity links each pair of its groups',
    facts: facts({ groups: THREE_GROUPS, activities: [activity('j', 30, ['a', 'b', 'c'])] }),
    level: 'tumbuh',
    expect: (s) => expect(c2(s)).toMatchObject({ relations: 3, linkedGroups: 3, declaredRelations: 0 }),
  },
  {
    // The areas export's "Jumlah Relasi Terkonfirmasi" showed 1 for a desa whose relations list was empty: it is this count.
    name: 'C2: the pairs tied by a declared relation are told apart from those tied only by a joint activity',
    facts: facts({ groups: THREE_GROUPS, relations: [relation('a', 'b'), relation('b', 'c', { confirmed: false })], activities: [activity('j', 30, ['b', 'c'])] }),
    level: 'tumbuh',
    expect: (s) => expect(c2(s)).toMatchObject({ relations: 2, declaredRelations: 1 }),
  },
  {
    name: 'C2: a pair tied by a relation and a joint activity counts once',
    facts: facts({ groups: THREE_GROUPS, relations: [relation('a', 'b'), relation('b', 'a')], activities: [activity('j', 30, ['b', 'a'])] }),
    level: 'rintisan',
    expect: (s) => expect(c2(s)).toMatchObject({ relations: 1, declaredRelations: 1 }),
  },
  {
    name: 'C2: pending relations do not count',
    facts: facts({ groups: THREE_GROUPS, relations: [relation('a', 'b'), relation('b', 'c', { confirmed: false })] }),
    level: 'rintisan',
    expect: (s) => expect(c2(s)).toMatchObject({ relations: 1, pendingRelations: 1 }),
  },
  {
    name: 'C2: a relation with a deactivated or unknown group does not count',
    facts: facts({
      groups: [...THREE_GROUPS, group('d', 'pkk', { enabled: false })],
      relations: [relation('a', 'b'), relation('c', 'd'), relation('c', 'elsewhere')],
    }),
    level: 'rintisan',
    expect: (s) => expect(c2(s).relations).toBe(1),
  },

  // C3: joint activities, PMKS, window
  {
    name: 'C3: 2 joint activities with 1 serving PMKS meets',
    facts: aktifFacts(),
    level: 'aktif',
    expect: (s) => expect(c3(s)).toMatchObject({ jointActivities: 2, pmksJointActivities: 1, daysSinceLastJointActivity: 10 }),
  },
  {
    name: 'C3: 1 joint activity does not',
    facts: aktifFacts({ relations: [relation('b', 'c')], activities: [activity('j1', 10, ['a', 'b'], { pmks: true }), activity('c', 40, ['c'])] }),
    level: 'tumbuh',
    expect: (s) => expect(c3(s)).toMatchObject({ jointActivities: 1, pmksJointActivities: 1 }),
  },
  {
    name: 'C3: no PMKS beneficiaries does not',
    facts: aktifFacts({ activities: [activity('j1', 10, ['a', 'b']), activity('j2', 20, ['b', 'c'])] }),
    level: 'tumbuh',
    expect: (s) => expect(c3(s)).toMatchObject({ jointActivities: 2, pmksJointActivities: 0 }),
  },
  {
    name: 'C3: an activity with 1 confirmed group (another pending) is not joint',
    facts: aktifFacts({
      relations: [relation('b', 'c')],
      activities: [activity('j1', 10, ['a', 'b'], { pmks: true }), activity('solo', 20, ['c'], { pending: ['b'] })],
    }),
    level: 'tumbuh',
    expect: (s) => expect(c3(s)).toMatchObject({ jointActivities: 1, awaitingConfirmation: 1 }),
  },
  {
    name: 'C3: a joint activity 365 days ago still counts',
    facts: aktifFacts({ relations: [relation('b', 'c')], activities: [activity('j1', 10, ['a', 'b'], { pmks: true }), activity('j2', 365, ['b', 'c'])] }),
    level: 'aktif',
  },
  {
    name: 'C3: a joint activity 366 days ago does not',
    facts: aktifFacts({ relations: [relation('b', 'c')], activities: [activity('j1', 10, ['a', 'b'], { pmks: true }), activity('j2', 366, ['b', 'c']), activity('c', 40, ['c'])] }),
    level: 'tumbuh',
    expect: (s) => expect(c3(s).jointActivities).toBe(1),
  },

  // Dorman
  {
    name: 'Dorman: once Aktif, last joint activity 180 days ago → still Aktif',
    facts: aktifFacts({ everAktif: true, activities: [activity('j1', 180, ['a', 'b'], { pmks: true }), activity('j2', 200, ['b', 'c'])] }),
    level: 'aktif',
    expect: (s) => expect(c3(s).daysSinceLastJointActivity).toBe(180),
  },
  {
    name: 'Dorman: once Aktif, 181 days → Dorman although C1–C3 are still met',
    facts: aktifFacts({ everAktif: true, activities: [activity('j1', 181, ['a', 'b'], { pmks: true }), activity('j2', 200, ['b', 'c'])] }),
    level: 'dorman',
    expect: (s) => expect([c1(s).met, c2(s).met, c3(s).met]).toEqual([true, true, true]),
  },
  {
    name: 'Dorman: never recorded Aktif but meeting C1–C3 with stale joint activities → Dorman (no Aktif→Dorman flip)',
    facts: aktifFacts({ activities: [activity('j1', 181, ['a', 'b'], { pmks: true }), activity('j2', 200, ['b', 'c'])] }),
    level: 'dorman',
  },
  {
    name: 'Dorman needs everAktif: never Aktif, C3 unmet, no joint activity for 181 days → Tumbuh',
    facts: facts({ groups: THREE_GROUPS, relations: [relation('a', 'b'), relation('b', 'c')], activities: [activity('j', 181, ['a', 'b'])] }),
    level: 'tumbuh',
  },
  {
    name: 'Dorman: once Aktif with no joint activity at all among the facts',
    facts: facts({ groups: THREE_GROUPS, everAktif: true }),
    level: 'dorman',
    expect: (s) => expect(c3(s).daysSinceLastJointActivity).toBeNull(),
  },
  {
    name: 'Dorman: once Aktif, C1 lost and no joint activity for 181 days → Dorman',
    facts: facts({ groups: [group('a', 'arisan', { enabled: false })], activities: [activity('j', 181, ['a', 'b'])], everAktif: true }),
    level: 'dorman',
  },
  {
    name: 'Once Aktif, C1 lost but a joint activity 30 days ago → the criteria decide (Belum Ada)',
    facts: facts({
      groups: [group('a', 'arisan'), group('b', 'pkk', { enabled: false })],
      activities: [activity('j', 30, ['a', 'b'], { pmks: true })],
      everAktif: true,
    }),
    level: 'belum_ada',
  },
  {
    name: 'Once Aktif, C3 lost but the last joint activity is recent → Tumbuh',
    facts: aktifFacts({ everAktif: true, relations: [relation('b', 'c')], activities: [activity('j1', 10, ['a', 'b']), activity('c', 40, ['c'])] }),
    level: 'tumbuh',
  },

  // Provisional
  { name: 'all verified → not provisional', facts: aktifFacts(), level: 'aktif', expect: (s) => expect(s.provisional).toBe(false) },
  {
    name: 'an unverified active group → provisional',
    facts: aktifFacts({ groups: [group('a', 'arisan', { verified: false }), group('b', 'pkk'), group('c', 'posyandu')] }),
    level: 'aktif',
    expect: (s) => expect(s.provisional).toBe(true),
  },
  {
    name: 'an unverified joint activity → provisional',
    facts: aktifFacts({ activities: [activity('j1', 10, ['a', 'b'], { pmks: true, verified: false }), activity('j2', 20, ['b', 'c'])] }),
    level: 'aktif',
    expect: (s) => expect(s.provisional).toBe(true),
  },
  {
    name: 'an unverified relation that counts → provisional',
    facts: facts({ groups: THREE_GROUPS, relations: [relation('a', 'b', { verified: false }), relation('b', 'c')] }),
    level: 'tumbuh',
    expect: (s) => expect(s.provisional).toBe(true),
  },
  {
    name: 'an unverified group that does not count (deactivated) → not provisional',
    facts: aktifFacts({ groups: [group('a', 'arisan'), group('b', 'pkk'), group('c', 'posyandu'), group('d', 'pkk', { enabled: false, verified: false })] }),
    level: 'aktif',
    expect: (s) => expect(s.provisional).toBe(false),
  },
  {
    name: 'an unverified activity of a deactivated group alone → not provisional',
    facts: aktifFacts({
      groups: [group('a', 'arisan'), group('b', 'pkk'), group('c', 'posyandu'), group('d', 'pkk', { enabled: false })],
      activities: [activity('j1', 10, ['a', 'b'], { pmks: true }), activity('j2', 20, ['b', 'c']), activity('solo', 5, ['d'], { verified: false })],
    }),
    level: 'aktif',
    expect: (s) => expect(s.provisional).toBe(false),
  },

  // Thresholds are parameters
  {
    name: 'custom thresholds: 4 groups needed',
    facts: facts({ groups: THREE_GROUPS }),
    thresholds: { ...DEFAULT_STATUS_THRESHOLDS, minActiveGroups: 4 },
    level: 'belum_ada',
    expect: (s) => expect(c1(s).requiredGroups).toBe(4),
  },
  {
    name: 'custom thresholds: a joint activity needs 3 groups',
    facts: aktifFacts(),
    thresholds: { ...DEFAULT_STATUS_THRESHOLDS, minGroupsPerJointActivity: 3 },
    level: 'rintisan',
    expect: (s) => expect(c3(s)).toMatchObject({ jointActivities: 0, daysSinceLastJointActivity: null }),
  },
  {
    name: 'custom thresholds: Dorman after 9 days',
    facts: aktifFacts({ everAktif: true }),
    thresholds: { ...DEFAULT_STATUS_THRESHOLDS, dormantAfterDays: 9 },
    level: 'dorman',
  },
];

/**
 * The rule cases below test C2's arithmetic on groups registered days ago: without a link
 * period they all count in the share. The link period has its own cases further down.
 */
const RULES = { ...DEFAULT_STATUS_THRESHOLDS, newGroupLinkDays: 0 };

describe('computeStatus', () => {
  it.each(cases)('$name', (testCase) => {
    const status = computeStatus(testCase.facts, testCase.now ?? NOW, testCase.thresholds ?? RULES);
    expect(status.level).toBe(testCase.level);
    testCase.expect?.(status);
  });

  it('is deterministic and JSON-safe (a flow may keep it in its state)', () => {
    const status = computeStatus(aktifFacts(), NOW);
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
    expect(computeStatus(aktifFacts(), NOW)).toEqual(status);
  });

  it('counts days by the Jakarta calendar: late evening UTC is already the next day', () => {
    // The activity is dated 15 June 2025. Jakarta's 15 June 2026 runs from 14 June 17:00 UTC
    // to 15 June 16:59:59 UTC (365 days after it: inside the window); 16 June is 366 days.
    const f = activeThrough(365);
    expect(computeStatus(f, new Date('2026-06-14T17:00:00.000Z')).level).toBe('rintisan');
    expect(computeStatus(f, new Date('2026-06-14T16:59:59.000Z')).level).toBe('rintisan'); // 364 days then
    expect(computeStatus(f, new Date('2026-06-15T16:59:59.000Z')).level).toBe('rintisan');
    expect(computeStatus(f, new Date('2026-06-15T17:00:00.000Z')).level).toBe('belum_ada');
  });
});

describe('growth never demotes: new groups and C2', () => {
  const newGroups = ['n1', 'n2', 'n3'].map((id) => group(id, 'kelompok_tani', { registeredDaysAgo: 2 }));
  const tumbuh = facts({ groups: THREE_GROUPS, relations: [relation('a', 'b'), relation('b', 'c')] });

  it('three new unlinked groups keep Tumbuh and Aktif, and are named as not yet counted', () => {
    const grown = computeStatus({ ...tumbuh, groups: [...tumbuh.groups, ...newGroups] }, NOW);
    expect(grown.level).toBe('tumbuh');
    expect(grown.criteria.c2).toMatchObject({ linkedGroups: 3, activeGroups: 3, newUnlinkedGroups: 3, linkedPercent: 100 });
    const aktif = aktifFacts();
    expect(computeStatus({ ...aktif, groups: [...aktif.groups, ...newGroups] }, NOW).level).toBe('aktif');
  });

  it('a new group counts as soon as it is linked, and every group once the link period is over', () => {
    const linked = computeStatus({ ...tumbuh, groups: [...tumbuh.groups, newGroups[0]!], relations: [...tumbuh.relations, relation('n1', 'a')] }, NOW);
    expect(linked.criteria.c2).toMatchObject({ linkedGroups: 4, activeGroups: 4, newUnlinkedGroups: 0 });
    const old = newGroups.map((g) => group(g.id, 'kelompok_tani', { registeredDaysAgo: 91 }));
    const late = computeStatus({ ...tumbuh, groups: [...tumbuh.groups, ...old], activities: [activity('x', 5, ['n1'])] }, NOW);
    // n1 is active by its activity, n2 and n3 are past the registration grace (90 days) and inactive.
    expect(late.criteria.c2).toMatchObject({ activeGroups: 4, newUnlinkedGroups: 0, linkedPercent: 75 });
  });
});

describe('next steps', () => {
  const steps = (f: AreaFacts, thresholds = RULES) => computeStatus(f, NOW, thresholds).nextSteps;
  const step = (key: string, params?: Record<string, number>) => (params ? { key: `status:step.${key}`, params } : { key: `status:step.${key}` });

  it.each([
    { name: 'nothing yet: 3 groups of 2 types', facts: facts(), steps: [step('c1.moreGroupsOfTypes', { count: 3, types: 2 })] },
    {
      name: '2 groups of 1 type: 1 group of another type',
      facts: facts({ groups: [group('a', 'arisan', { registeredDaysAgo: 1 }), group('b', 'arisan', { registeredDaysAgo: 1 })] }),
      steps: [step('c1.otherType', { count: 1 })],
    },
    { name: '2 groups of 2 types: 1 more group', facts: facts({ groups: THREE_GROUPS.slice(0, 2) }), steps: [step('c1.moreGroups', { count: 1 })] },
    {
      name: '3 groups of 1 type: 1 of another type',
      facts: facts({ groups: ['a', 'b', 'c'].map((id) => group(id, 'arisan', { registeredDaysAgo: 1 })) }),
      steps: [step('c1.otherType', { count: 1 })],
    },
    {
      name: '1 group: 2 more, 1 of them of another type',
      facts: facts({ groups: [group('a', 'arisan', { registeredDaysAgo: 1 })] }),
      steps: [step('c1.moreGroupsOtherType', { count: 2, types: 1 })],
    },
    {
      name: 'idle registered groups are pointed out',
      facts: facts({ groups: [...THREE_GROUPS.slice(0, 2), group('old', 'pkk')] }),
      steps: [step('c1.moreGroups', { count: 1 }), step('c1.idleGroups', { count: 1, days: 365 })],
    },
    {
      name: 'Rintisan without ties: 2 relations, 2 groups to link',
      facts: facts({ groups: THREE_GROUPS }),
      steps: [step('c2.moreRelations', { count: 2 }), step('c2.linkGroups', { count: 2 })],
    },
    {
      name: 'Rintisan with a pending relation: ask for its confirmation first',
      facts: facts({ groups: THREE_GROUPS, relations: [relation('a', 'b'), relation('b', 'c', { confirmed: false })] }),
      steps: [step('c2.confirmRelations', { count: 1 })],
    },
    {
      name: 'Rintisan with enough relations but too few linked: only the linking step',
      facts: facts({ groups: manyGroups(10), relations: chainRelations(5) }),
      steps: [step('c2.linkGroups', { count: 1 })],
    },
    {
      name: 'Tumbuh: 2 joint activities, 1 serving PMKS',
      facts: facts({ groups: THREE_GROUPS, relations: [relation('a', 'b'), relation('b', 'c')] }),
      steps: [step('c3.moreJoint', { count: 2 }), step('c3.pmks', { count: 1 })],
    },
    {
      name: 'Tumbuh with an activity awaiting a partner: ask for its confirmation',
      facts: facts({
        groups: THREE_GROUPS,
        relations: [relation('a', 'b'), relation('b', 'c')],
        activities: [activity('p', 3, ['a'], { pending: ['c'], pmks: true })],
      }),
      steps: [step('c3.confirmJoint', { count: 1 }), step('c3.moreJoint', { count: 1 }), step('c3.pmks', { count: 1 })],
    },
    {
      name: 'Tumbuh with 2 joint activities, none for PMKS',
      facts: aktifFacts({ activities: [activity('j1', 10, ['a', 'b']), activity('j2', 20, ['b', 'c'])] }),
      steps: [step('c3.pmks', { count: 1 })],
    },
    { name: 'Aktif: days left before Dorman', facts: aktifFacts(), steps: [step('aktif.keep', { count: 170 })] },
    {
      name: 'Aktif on the last day',
      facts: aktifFacts({ activities: [activity('j1', 180, ['a', 'b'], { pmks: true }), activity('j2', 200, ['b', 'c'])] }),
      steps: [step('aktif.keepToday')],
    },
    {
      name: 'Dorman with C1–C3 met: one joint activity to be active again',
      facts: aktifFacts({ everAktif: true, activities: [activity('j1', 181, ['a', 'b'], { pmks: true }), activity('j2', 200, ['b', 'c'])] }),
      steps: [step('dorman.revive', { count: 1 })],
    },
    {
      name: 'Dorman with nothing left: revive first, at most 4 steps',
      facts: facts({ groups: [group('a', 'arisan', { registeredDaysAgo: 400 })], everAktif: true }),
      steps: [
        step('dorman.revive', { count: 2 }),
        step('c3.pmks', { count: 1 }),
        step('c1.moreGroupsOfTypes', { count: 3, types: 2 }),
        step('c1.idleGroups', { count: 1, days: 365 }),
      ],
    },
  ])('$name', ({ facts: f, steps: expected }) => {
    // Nearest gap first; the gaps of the levels above follow.
    expect(steps(f).slice(0, expected.length)).toEqual(expected);
  });

  it('lists every gap up to Aktif, nearest first', () => {
    expect(steps(facts({ groups: THREE_GROUPS.slice(0, 2) }))).toEqual([
      step('c1.moreGroups', { count: 1 }),
      step('c2.moreRelations', { count: 2 }),
      step('c2.linkGroups', { count: 2 }),
      step('c3.moreJoint', { count: 2 }),
      step('c3.pmks', { count: 1 }),
    ]);
  });
});

describe('thresholds', () => {
  it('the defaults are the brief’s numbers and valid', () => {
    expect(DEFAULT_STATUS_THRESHOLDS).toEqual({
      minActiveGroups: 3,
      minGroupTypes: 2,
      activityWindowDays: 365,
      newGroupGraceDays: 90,
      minRelations: 2,
      minLinkedPercent: 60,
      minGroupsPerJointActivity: 2,
      minJointActivities: 2,
      minPmksJointActivities: 1,
      dormantAfterDays: 180,
      newGroupLinkDays: 90,
      dropGraceDays: 30,
    });
    expect(thresholdProblems(DEFAULT_STATUS_THRESHOLDS)).toEqual([]);
  });

  it('reports impossible values', () => {
    expect(
      thresholdProblems({ ...DEFAULT_STATUS_THRESHOLDS, minActiveGroups: -1, minLinkedPercent: 120, minGroupsPerJointActivity: 1, dormantAfterDays: 1.5 }),
    ).toEqual([
      'minActiveGroups must be a whole number ≥ 0 (got -1)',
      'dormantAfterDays must be a whole number ≥ 0 (got 1.5)',
      'minGroupsPerJointActivity must be at least 2',
      'minLinkedPercent must be at most 100',
    ]);
  });

  it('factsSince is the start of the longest window, as a calendar date', () => {
    expect(factsSince(NOW)).toEqual(new Date('2025-06-15T00:00:00.000Z'));
    expect(factsSince(NOW, { ...DEFAULT_STATUS_THRESHOLDS, dormantAfterDays: 400 })).toEqual(new Date('2025-05-11T00:00:00.000Z'));
  });

  it("typeKey tells 'other' kinds apart by their normalised name", () => {
    expect(typeKey({ type: 'pkk', typeOther: null })).toBe('pkk');
    expect(typeKey({ type: 'other', typeOther: null })).toBe('other');
    expect(typeKey({ type: 'other', typeOther: '  ' })).toBe('other');
    expect(typeKey({ type: 'other', typeOther: 'Karang-Werda ' })).toBe('other:karang werda');
  });
});
