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
