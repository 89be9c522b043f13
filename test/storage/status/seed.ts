/**
 * Rows for the status storage tests, written straight through Prisma: a region chain down
 * to a fresh desa per test, areas, groups with a leader, relations and activities.
 */
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../../src/storage/generated/prisma/client.js';

type GroupType = 'arisan' | 'pkk' | 'posyandu' | 'karang_taruna' | 'other';
type Verification = 'pending' | 'verified' | 'rejected';
type Participation = 'pending' | 'confirmed' | 'declined';

let villageCounter = 0;

/** A new desa 34.02.01.2xxx under one province/regency/district chain (created once). */
export async function seedVillage(prisma: PrismaClient): Promise<string> {
  const chain = [
    { code: '34', level: 'province', parentCode: null, name: 'DI YOGYAKARTA' },
    { code: '34.02', level: 'regency', parentCode: '34', name: 'KABUPATEN BANTUL' },
    { code: '34.02.01', level: 'district', parentCode: '34.02', name: 'Bambanglipuro' },
  ] as const;
  for (const region of chain) {
    await prisma.region.upsert({
      where: { code: region.code },
      create: { ...region, nameNorm: region.name.toLowerCase() },
      update: {},
    });
  }
  villageCounter += 1;
  const code = `34.02.01.${2000 + villageCounter}`;
  await prisma.region.create({
    data: { code, level: 'village', parentCode: '34.02.01', name: `Desa ${villageCounter}`, nameNorm: `desa ${villageCounter}` },
  });
  return code;
}

/** The area row of a desa (rw 0 = no RW), created on first use. */
export async function seedArea(prisma: PrismaClient, villageCode: string, rw = 0): Promise<string> {
  const area = await prisma.area.upsert({
    where: { villageCode_rw_rt_dusun: { villageCode, rw, rt: 0, dusun: '' } },
    create: { villageCode, rw },
    update: {},
    select: { id: true },
  });
  return area.id;
}

/** A group with a leader (a new person). */
export async function seedGroup(
  prisma: PrismaClient,
  villageCode: string,
  options: {
    type?: GroupType;
    typeOther?: string;
    rw?: number;
    active?: boolean;
    verification?: Verification;
    createdAt?: Date;
  } = {},
): Promise<string> {
  const areaId = await seedArea(prisma, villageCode, options.rw ?? 0);
  const name = `Kelompok ${randomUUID().slice(0, 8)}`;
  const person = await prisma.person.create({ data: { displayName: 'Ketua', locale: 'id' }, select: { id: true } });
  const group = await prisma.group.create({
    data: {
      name,
      nameNorm: name.toLowerCase(),
      type: options.type ?? 'arisan',
      typeOther: options.typeOther ?? null,
      areaId,
      villageCode,
      memberCount: 12,
      active: options.active ?? true,
      verification: options.verification ?? 'verified',
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      leaders: { create: { personId: person.id, role: 'leader', status: 'active' } },
    },
    select: { id: true },
  });
  return group.id;
}

/** A relation between two groups, stored with groupAId < groupBId as the schema asks. */
export async function seedRelation(
  prisma: PrismaClient,
  a: string,
  b: string,
  status: Participation = 'confirmed',
  kind: 'formal_mou' | 'shared_meetings' = 'shared_meetings',
): Promise<void> {
  const [groupAId, groupBId] = a < b ? [a, b] : [b, a];
  await prisma.groupRelation.create({ data: { groupAId, groupBId, kind, status, ...(status === 'confirmed' ? { confirmedAt: new Date() } : {}) } });
}

/** An activity on a calendar date with participants (group id → status) and beneficiary counts. */
export async function seedActivity(
  prisma: PrismaClient,
  villageCode: string,
  date: string,
  participants: Record<string, Participation>,
  options: { beneficiaries?: Record<number, number>; verification?: Verification } = {},
): Promise<string> {
  const activity = await prisma.activity.create({
    data: {
      date: new Date(`${date}T00:00:00.000Z`),
      category: 'kerja_bakti',
      description: 'Kerja bakti bersama',
      villageCode,
      verification: options.verification ?? 'verified',
      participants: { create: Object.entries(participants).map(([groupId, status]) => ({ groupId, status })) },
      beneficiaries: {
        create: Object.entries(options.beneficiaries ?? {}).map(([pmksCode, count]) => ({ pmksCode: Number(pmksCode), count })),
      },
    },
    select: { id: true },
  });
  return activity.id;
}

/** How {@link seedRandomDesa} draws its desa: each suite's own odds (the draws stay in this order). */
export interface RandomDesaOdds {
  /** mulberry32's seed: the same "random" desa on every run. */
  readonly seed: number;
  readonly villages: number;
  /** Every this-many-th desa has no group. */
  readonly emptyEvery: number;
  readonly maxGroups: number;
  readonly types: readonly GroupType[];
  readonly typeOthers: readonly string[];
  /** Groups registered up to this many days before `now`. */
  readonly createdWithinDays: number;
  readonly relationChance: number;
  /** Up to this many activities per desa with groups (fewer when no partner is drawn). */
  readonly maxActivities: number;
  readonly participantChance: number;
  readonly participantStatuses: readonly Participation[];
  /** Days before `now` of an activity (negative: ahead), drawn with `rnd`. */
  readonly activityDaysAgo: (rnd: () => number) => number;
  readonly verifications: readonly Verification[];
  /** Chance of an Aktif record 300 days old. */
  readonly aktifChance: number;
}

/**
 * Odds of every kind of row (all but the seed and how many desa): groups of every kind and
 * state, relations and activities with partners of every answer, some old Aktif records.
 */
export const VARIED_DESA_ODDS: Omit<RandomDesaOdds, 'seed' | 'villages' | 'emptyEvery'> = {
  maxGroups: 6,
  types: ['arisan', 'pkk', 'posyandu', 'karang_taruna', 'other'],
  typeOthers: ['Karang Werda', 'karang  werda!', 'KUBE', ''],
  createdWithinDays: 400,
  relationChance: 0.6,
  maxActivities: 6,
  participantChance: 0.6,
  participantStatuses: ['confirmed', 'confirmed', 'pending', 'declined'],
  activityDaysAgo: (rnd) => Math.floor(rnd() * 420),
  verifications: ['verified', 'pending', 'rejected'],
  aktifChance: 0.2,
};

/**
 * Random desa for the national recompute's tests: groups of every kind and state, relations,
 * activities with confirmed, pending and declined partners, beneficiaries and past Aktif
 * records. Returns the desa and those given an Aktif record.
 */
export async function seedRandomDesa(prisma: PrismaClient, now: Date, odds: RandomDesaOdds): Promise<{ villages: string[]; aktif: Set<string> }> {
  const DAY = 86_400_000;
  const rnd = mulberry32(odds.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const villages: string[] = [];
  const aktif = new Set<string>();
  for (let v = 0; v < odds.villages; v++) {
    const village = await seedVillage(prisma);
    villages.push(village);
    const groups: string[] = [];
    const count = v % odds.emptyEvery === 0 ? 0 : 1 + Math.floor(rnd() * odds.maxGroups);
    for (let i = 0; i < count; i++) {
      const type = pick(odds.types);
      groups.push(
        await seedGroup(prisma, village, {
          type,
          ...(type === 'other' ? { typeOther: pick(odds.typeOthers) } : {}),
          active: rnd() > 0.15,
          verification: pick(['verified', 'verified', 'pending', 'rejected'] as const),
          createdAt: new Date(now.getTime() - Math.floor(rnd() * odds.createdWithinDays) * DAY),
        }),
      );
    }
    const related = new Set<string>();
    for (let i = 0; i + 1 < groups.length; i++) {
      const other = groups[(i + 1 + Math.floor(rnd() * (groups.length - 1))) % groups.length]!;
      const pair = [groups[i]!, other].sort().join('|');
      if (rnd() < odds.relationChance && !related.has(pair)) {
        related.add(pair);
        await seedRelation(prisma, groups[i]!, other, pick(['confirmed', 'confirmed', 'pending', 'declined'] as const));
      }
    }
    const activities = groups.length === 0 ? 0 : Math.floor(rnd() * odds.maxActivities);
    for (let i = 0; i < activities; i++) {
      const participants: Record<string, Participation> = {};
      for (const group of groups) if (rnd() < odds.participantChance) participants[group] = pick(odds.participantStatuses);
      if (Object.keys(participants).length === 0) continue;
      const date = new Date(now.getTime() - odds.activityDaysAgo(rnd) * DAY).toISOString().slice(0, 10);
      await seedActivity(prisma, village, date, participants, {
        verification: pick(odds.verifications),
        ...(rnd() < 0.5 ? { beneficiaries: { [1 + Math.floor(rnd() * 26)]: Math.floor(rnd() * 3) } } : {}),
      });
    }
    if (rnd() < odds.aktifChance) {
      aktif.add(village);
      await prisma.areaLevelHistory.create({ data: { villageCode: village, rw: 0, level: 'aktif', at: new Date(now.getTime() - 300 * DAY) } });
    }
  }
  return { villages, aktif };
}

/** mulberry32: a small seeded generator. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
