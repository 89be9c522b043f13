/**
 * Data for the dashboard's browser test, written straight into the database of a test bot:
 * groups awaiting verification in Panggungharjo (one with HTML in its name, as chat users
 * may type), a verified group with an officer's level override in Timbulharjo, a group in
 * Kota Batu (outside the officer's areas), joint activities, level history, and a dinsos
 * officer of Kabupaten Bantul with a personal token.
 */
import type { PrismaClient } from '../../../src/storage/generated/prisma/client.js';
import { issueToken } from '../../../src/storage/tokens/api-tokens.js';

export const BANTUL = '34.02';
export const SEWON = '34.02.15';
export const PANGGUNGHARJO = '34.02.15.2004';
export const TIMBULHARJO = '34.02.15.2002';
export const TEMAS = '35.79.01.1001';

/** A group name with markup in it: the page must show it as text. */
export const HTML_NAME = 'Arisan <b>RT 07</b> <img src=x onerror="window.__xss=1">';

/** What the test needs to find again. */
export interface Seeded {
  readonly officerToken: string;
  readonly officerPersonId: string;
  readonly groups: Readonly<Record<'glugo' | 'tunas' | 'html' | 'melati' | 'temas', string>>;
  readonly activityId: string;
}

/** Writes the data; `now` is the bot's clock. */
export async function seedDashboardData(prisma: PrismaClient, now: Date): Promise<Seeded> {
  const leader = await prisma.person.create({ data: { displayName: 'Bu Sri', phoneE164: '+6281211112222' } });
  const at = (iso: string) => new Date(iso);

  async function group(name: string, type: 'pkk' | 'karang_taruna' | 'arisan' | 'posyandu' | 'majelis_taklim', villageCode: string, rw: number, verification: 'pending' | 'verified', createdAt: string) {
    const area = await prisma.area.upsert({
      where: { villageCode_rw_rt_dusun: { villageCode, rw, rt: 0, dusun: '' } },
      create: { villageCode, rw },
      update: {},
    });
    const row = await prisma.group.create({
      data: {
        name,
        nameNorm: name.toLowerCase(),
        type,
        areaId: area.id,
        villageCode,
        memberCount: 25,
        verification,
        verifiedAt: verification === 'verified' ? at(createdAt) : null,
        createdAt: at(createdAt),
        leaders: { create: { personId: leader.id, role: 'leader' } },
      },
    });
    return row.id;
  }

  const groups = {
    glugo: await group('PKK Dusun Glugo', 'pkk', PANGGUNGHARJO, 3, 'pending', '2026-11-02T02:00:00Z'),
    tunas: await group('Karang Taruna Tunas Muda', 'karang_taruna', PANGGUNGHARJO, 4, 'pending', '2026-11-03T02:00:00Z'),
    html: await group(HTML_NAME, 'arisan', PANGGUNGHARJO, 4, 'pending', '2026-11-04T02:00:00Z'),
    melati: await group('Posyandu Melati', 'posyandu', TIMBULHARJO, 1, 'verified', '2026-10-01T02:00:00Z'),
    temas: await group('Majelis Taklim Temas', 'majelis_taklim', TEMAS, 2, 'pending', '2026-11-05T02:00:00Z'),
  };

  async function jointActivity(date: string, description: string) {
    const row = await prisma.activity.create({
      data: {
        date: at(`${date}T00:00:00Z`),
        category: 'kerja_bakti',
        description,
        villageCode: PANGGUNGHARJO,
        reporterId: leader.id,
        participants: {
          create: [
            { groupId: groups.glugo, status: 'confirmed', confirmedAt: at(`${date}T10:00:00Z`) },
            { groupId: groups.tunas, status: 'confirmed', confirmedAt: at(`${date}T10:00:00Z`) },
          ],
        },
        beneficiaries: { create: [{ pmksCode: 8, count: 4 }] },
      },
    });
    return row.id;
  }
  await jointActivity('2026-09-14', 'Bantuan lansia bersama');
  const activityId = await jointActivity('2026-11-10', 'Kerja bakti bersih selokan');

  await prisma.areaLevelHistory.createMany({
    data: [
      { villageCode: PANGGUNGHARJO, level: 'belum_ada', at: at('2026-10-01T00:00:00Z') },
      { villageCode: PANGGUNGHARJO, level: 'rintisan', provisional: true, at: at('2026-11-04T03:00:00Z') },
    ],
  });

  const officerPerson = await prisma.person.create({ data: { displayName: 'Pak Dinsos', phoneE164: '+6281399998888' } });
  const officer = await prisma.officer.create({
    data: { personId: officerPerson.id, kind: 'dinsos', areas: { create: [{ codePrefix: BANTUL }] } },
  });
  await prisma.areaLevelOverride.create({
    data: { villageCode: TIMBULHARJO, level: 'tumbuh', reason: 'hasil kunjungan lapangan', officerId: officer.id, createdAt: at('2026-11-06T03:00:00Z') },
  });
  const issued = await prisma.$transaction((tx) => issueToken(tx, officerPerson.id, { label: 'dashboard test', now }));
  return { officerToken: issued.token, officerPersonId: officerPerson.id, groups, activityId };
}
