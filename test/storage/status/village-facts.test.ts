/**
 * The facts of every desa of an area with a group, read in one statement for an officer's
 * recap (storage/status/village-facts-sql.ts): the same facts the status check loads for
 * each desa alone, on varied random desa; and, from them, the desa nearest to their next
 * level (domain/status/nearest.ts): ordered by how little they lack, at most the limit, each
 * with the status check's own steps.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AreaFacts } from '../../../src/domain/model/status.js';
import type { NamedArea } from '../../../src/domain/model/area-counts.js';
import { nearestToNextLevel } from '../../../src/domain/status/nearest.js';
import { DEFAULT_STATUS_THRESHOLDS, factsSince } from '../../../src/domain/status/status.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';
import { SqlAreaCounts } from '../../../src/storage/status/area-counts-sql.js';
import { createStatusRepository } from '../../../src/storage/status/status-repository.js';
import { prismaSql } from '../../../src/storage/unit-of-work/sql.js';
import type { PrismaClient } from '../../../src/storage/generated/prisma/client.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { statementsOf } from '../../support/pg-statements.js';
import { seedActivity, seedGroup, seedRandomDesa, seedRelation, VARIED_DESA_ODDS } from './seed.js';

const NOW = new Date('2026-11-20T03:00:00Z');
const SINCE = factsSince(NOW);
const DAY = 86_400_000;
const recent = new Date(NOW.getTime() - 20 * DAY);
const lately = (days: number): string => new Date(NOW.getTime() - days * DAY).toISOString().slice(0, 10);

/** The kecamatan of the random desa (seed.ts seedVillage), and one of named desa for the nearest. */
const RANDOM_AREA: NamedArea = { code: '34.02.01', kind: 'district', name: 'Bambanglipuro', within: ['KABUPATEN BANTUL'] };
const KRETEK: NamedArea = { code: '34.02.09', kind: 'district', name: 'Kretek', within: ['KABUPATEN BANTUL'] };

/** Facts with every list sorted, so they compare regardless of row order. */
function sorted(facts: AreaFacts): AreaFacts {
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    ...facts,
    groups: byId(facts.groups),
    relations: [...facts.relations].sort((a, b) => a.groupIds.join().localeCompare(b.groupIds.join())),
    activities: byId(facts.activities).map((a) => ({ ...a, confirmedGroupIds: [...a.confirmedGroupIds].sort(), pendingGroupIds: [...a.pendingGroupIds].sort() })),
  };
}

/** A desa of Kec. Kretek called `name` (the chain above it made once). */
async function kretekVillage(prisma: PrismaClient, code: string, name: string): Promise<string> {
  await prisma.region.upsert({ where: { code: '34' }, create: { code: '34', level: 'province', name: 'DI YOGYAKARTA', nameNorm: 'di yogyakarta' }, update: {} });
  await prisma.region.upsert({
    where: { code: '34.02' },
    create: { code: '34.02', level: 'regency', parentCode: '34', name: 'KABUPATEN BANTUL', nameNorm: 'kabupaten bantul' },
    update: {},
  });
  await prisma.region.upsert({ where: { code: KRETEK.code }, create: { code: KRETEK.code, level: 'district', parentCode: '34.02', name: 'Kretek', nameNorm: 'kretek' }, update: {} });
  const villageCode = `${KRETEK.code}.${code}`;
  await prisma.region.create({ data: { code: villageCode, level: 'village', parentCode: KRETEK.code, name, nameNorm: name.toLowerCase() } });
  return villageCode;
}

describeEachDatabase('the facts of an area\'s desa, and those nearest to their next level', (kind) => {
  let db: TestDatabase;
  let villages: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ villages } = await seedRandomDesa(db.prisma, NOW, {
      seed: 23,
      villages: 24,
      emptyEvery: 7,
      ...VARIED_DESA_ODDS,
    }));
    // Across two desa: a relation (no fact of either) and an activity (each desa's own participants).
    const [a, b] = [villages[1]!, villages[2]!];
    const ga = await seedGroup(db.prisma, a, { type: 'pkk', createdAt: recent });
    const gb = await seedGroup(db.prisma, b, { type: 'pkk', createdAt: recent });
    await seedRelation(db.prisma, ga, gb);
    await seedActivity(db.prisma, a, lately(10), { [ga]: 'confirmed', [gb]: 'pending' });
    // A desa whose only group was rejected has no group.
    await seedGroup(db.prisma, villages[0]!, { verification: 'rejected' });
  });
  afterAll(() => db?.close());

  const read = (area: NamedArea) =>
    db.prisma.$transaction((tx) => new SqlAreaCounts(prismaSql(tx)).villageFacts(area, SINCE));

  it('reads, in one statement, each desa\'s facts as the status check loads them, for every desa with a group', async () => {
    const { value: read1, sent } = await statementsOf(() => read(RANDOM_AREA));
    expect(sent.filter((statement) => /"Group"/.test(statement.text))).toHaveLength(1);
    const withGroups = await db.prisma.group.findMany({
      where: { villageCode: { startsWith: `${RANDOM_AREA.code}.` }, verification: { not: 'rejected' } },
      distinct: ['villageCode'],
      select: { villageCode: true },
    });
    expect(read1.map((village) => village.code)).toEqual(withGroups.map((group) => group.villageCode).sort());
    expect(read1.length).toBeLessThan(villages.length);
    for (const village of read1) {
      const alone = await db.prisma.$transaction((tx) => createStatusRepository(tx).loadFacts({ villageCode: village.code }, SINCE));
      expect(sorted(village.facts), village.code).toEqual(sorted(alone));
      expect(village.districtName).toBe('Bambanglipuro');
    }
  });

  it('orders the desa below Aktif by how little they lack, at most the limit, each with the status check\'s steps', async () => {
    const prisma = db.prisma;
    // Argo: 🌱 Rintisan, one relation short of 🌿 Tumbuh.
    const argo = await kretekVillage(prisma, '2001', 'Argo');
    const [a1, a2] = [await seedGroup(prisma, argo, { type: 'arisan', createdAt: recent }), await seedGroup(prisma, argo, { type: 'pkk', createdAt: recent })];
    await seedGroup(prisma, argo, { type: 'posyandu', createdAt: recent });
    await seedRelation(prisma, a1, a2);
    // Bumi and Harjo: two arisan groups each, a group of another kind short of 🌱.
    for (const [code, name] of [['2002', 'Bumi'], ['2008', 'Harjo']] as const) {
      const village = await kretekVillage(prisma, code, name);
      for (let i = 0; i < 2; i++) await seedGroup(prisma, village, { type: 'arisan', createdAt: recent });
    }
    // Candi: 🌿 Tumbuh, one joint activity short of 🌳 (it has one, serving PMKS).
    const candi = await kretekVillage(prisma, '2003', 'Candi');
    const [c1, c2, c3] = [
      await seedGroup(prisma, candi, { type: 'arisan', createdAt: recent }),
      await seedGroup(prisma, candi, { type: 'pkk', createdAt: recent }),
      await seedGroup(prisma, candi, { type: 'pkk', createdAt: recent }),
    ];
    await seedRelation(prisma, c1, c2);
    await seedRelation(prisma, c2, c3);
    await seedActivity(prisma, candi, lately(5), { [c1]: 'confirmed', [c2]: 'confirmed' }, { beneficiaries: { 1: 4 } });
    // Dukuh: one group, two more short.
    await seedGroup(prisma, await kretekVillage(prisma, '2004', 'Dukuh'), { type: 'pkk', createdAt: recent });
    // Embung: 🌳 Aktif, nothing above it.
    const embung = await kretekVillage(prisma, '2005', 'Embung');
    const [e1, e2, e3] = [
      await seedGroup(prisma, embung, { type: 'arisan', createdAt: recent }),
      await seedGroup(prisma, embung, { type: 'pkk', createdAt: recent }),
      await seedGroup(prisma, embung, { type: 'posyandu', createdAt: recent }),
    ];
    await seedActivity(prisma, embung, lately(5), { [e1]: 'confirmed', [e2]: 'confirmed' }, { beneficiaries: { 1: 4 } });
    await seedActivity(prisma, embung, lately(6), { [e2]: 'confirmed', [e3]: 'confirmed' });
    // Fajar: its one group rejected; Gading: one deactivated group (three active short).
    await seedGroup(prisma, await kretekVillage(prisma, '2006', 'Fajar'), { verification: 'rejected' });
    await seedGroup(prisma, await kretekVillage(prisma, '2007', 'Gading'), { active: false, createdAt: recent });

    const facts = await read(KRETEK);
    expect(facts.map((village) => village.name)).toEqual(['Argo', 'Bumi', 'Candi', 'Dukuh', 'Embung', 'Gading', 'Harjo']);
    const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
    const lines = (limit: number) =>
      nearestToNextLevel(facts, NOW, DEFAULT_STATUS_THRESHOLDS, limit).map(
        (village) => `${village.name} ${village.level}→${village.next}: ${village.missing.map((step) => renderer.text(step, 'id')).join(' ')}`,
      );
    expect(lines(5)).toEqual([
      'Candi tumbuh→aktif: Catat 1 kegiatan bersama lagi.',
      'Argo rintisan→tumbuh: Catat 1 hubungan lagi antarkelompok (kegiatan bersama juga dihitung).',
      'Bumi belum_ada→rintisan: Butuh 1 kelompok aktif lagi dari jenis lain.',
      'Harjo belum_ada→rintisan: Butuh 1 kelompok aktif lagi dari jenis lain.',
      'Dukuh belum_ada→rintisan: Butuh 2 kelompok aktif lagi, sedikitnya 1 dari jenis lain.',
    ]);
    // Past the limit, the desa lacking most; never Embung (Aktif) or Fajar (no group).
    expect(lines(10).slice(5)).toEqual(['Gading belum_ada→rintisan: Butuh 3 kelompok aktif dari sedikitnya 2 jenis berbeda.']);
  });
});
