/**
 * The seed step with a small hand-written dataset: what it writes, that a second run does
 * nothing, and how a new dataset version updates, adds and removes regions.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRegionDirectory } from '../../../src/storage/regions/region-directory.js';
import type { RegionDataSource } from '../../../src/storage/regions/region-dataset.js';
import { seedRegions } from '../../../src/storage/regions/seed-regions.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { TEST_REGION_SOURCE } from '../../support/region-fixture.js';

type Files = Record<'provinces' | 'regencies' | 'districts' | 'villages', string>;

const V1: Files = {
  provinces: 'code,name\n34,Daerah Istimewa Yogyakarta\n35,Jawa Timur\n',
  regencies: 'code,province_code,name\n34.02,34,Kabupaten Bantul\n35.79,35,Kota Batu\n',
  districts: 'code,regency_code,name\n34.02.05,34.02,Bambanglipuro\n35.79.01,35.79,Batu\n',
  villages:
    'code,district_code,name\n' +
    '34.02.05.2001,34.02.05,Sidomulyo\n' +
    '34.02.05.2002,34.02.05,Mulyodadi\n' +
    '34.02.05.2003,34.02.05,Sumbermulyo\n' +
    '35.79.01.2001,35.79.01,"Soka""an, Lama"\n',
};

/** v2: one village renamed, one added, one dropped (Sumbermulyo, still used by an area in the test). */
const V2: Files = {
  ...V1,
  villages:
    'code,district_code,name\n' +
    '34.02.05.2001,34.02.05,Sidomulyo\n' +
    '34.02.05.2002,34.02.05,Mulyo Dadi\n' +
    '35.79.01.2001,35.79.01,"Soka""an, Lama"\n' +
    '35.79.01.2002,35.79.01,Sidomulyo\n',
};

describeEachDatabase('seedRegions with a small dataset', (kind) => {
  let db: TestDatabase;
  const root = mkdtempSync(join(tmpdir(), 'wksbm-regions-'));

  /** Writes a dataset folder and returns it as a source of the given version. */
  function dataset(files: Files, version: string): RegionDataSource {
    const dir = join(root, randomUUID());
    mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.csv`), text);
    return { dir, version };
  }

  const regions = async (): Promise<Record<string, string>> => {
    const rows = await db.prisma.region.findMany({ select: { code: true, name: true }, orderBy: { code: 'asc' } });
    return Object.fromEntries(rows.map((row) => [row.code, row.name]));
  };

  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('loads every level with parents, display names and matching names, then does nothing the second time', async () => {
    const source = dataset(V1, '1.0.0');
    const first = await seedRegions(db.prisma, { source });
    expect(first).toMatchObject({ status: 'seeded', version: '1.0.0/1', rows: 10, written: 10, removed: 0, kept: 0 });

    const village = await db.prisma.region.findUniqueOrThrow({ where: { code: '35.79.01.2001' } });
    expect(village).toEqual({ code: '35.79.01.2001', level: 'village', parentCode: '35.79.01', name: "Soka'an, Lama", nameNorm: 'sokaan lama' });
    expect(await db.prisma.region.findUniqueOrThrow({ where: { code: '34' } })).toMatchObject({ level: 'province', parentCode: null });
    expect(await db.prisma.regionDataset.findUniqueOrThrow({ where: { name: 'idn-area-data' } })).toMatchObject({ version: '1.0.0/1', rowCount: 10 });

    const before = await regions();
    const second = await seedRegions(db.prisma, { source });
    expect(second).toMatchObject({ status: 'up-to-date', rows: 10, written: 0 });
    expect(await regions()).toEqual(before);
  });

  it('applies a new version: renames, adds, and removes what nothing refers to', async () => {
    // An area (a group's place) in a village that v2 drops: that village must stay.
    await db.prisma.area.create({ data: { villageCode: '34.02.05.2003' } });
    const result = await seedRegions(db.prisma, { source: dataset(V2, '2.0.0') });
    expect(result).toMatchObject({ status: 'seeded', version: '2.0.0/1', written: 2, removed: 0, kept: 1 });

    const after = await regions();
    expect(after['34.02.05.2002']).toBe('Mulyo Dadi');
    expect(after['35.79.01.2002']).toBe('Sidomulyo');
    expect(after['34.02.05.2003']).toBe('Sumbermulyo'); // kept: an area refers to it
    expect(await db.prisma.region.findUniqueOrThrow({ where: { code: '34.02.05.2002' } })).toMatchObject({ nameNorm: 'mulyo dadi' });

    // Once nothing refers to it any more, the next new version removes it.
    await db.prisma.area.deleteMany({ where: { villageCode: '34.02.05.2003' } });
    const third = await seedRegions(db.prisma, { source: dataset(V2, '2.0.1') });
    expect(third).toMatchObject({ status: 'seeded', written: 0, removed: 1, kept: 0, rows: 10 });
    expect((await regions())['34.02.05.2003']).toBeUndefined();
  });

  it('re-seeds when the table no longer matches its marker', async () => {
    const source = dataset(V2, '2.0.1');
    await db.prisma.region.delete({ where: { code: '35.79.01.2002' } });
    expect(await seedRegions(db.prisma, { source })).toMatchObject({ status: 'seeded', written: 1, rows: 10 });
    expect(await seedRegions(db.prisma, { source })).toMatchObject({ status: 'up-to-date' });
  });

  it('refuses a broken dataset, naming the file and line, and changes nothing', async () => {
    const before = await regions();
    const orphan = { ...V2, villages: `${V2.villages}34.09.01.2001,34.09.01,Nowhere\n` };
    await expect(seedRegions(db.prisma, { source: dataset(orphan, '3.0.0') })).rejects.toThrow(/villages\.csv line 6.*34\.09\.01/);
    const badCode = { ...V2, districts: `${V2.districts}34.02.5,34.02,Short\n` };
    await expect(seedRegions(db.prisma, { source: dataset(badCode, '3.0.0') })).rejects.toThrow(/districts\.csv line 4 has a malformed code/);
    expect(await regions()).toEqual(before);
    expect(await db.prisma.regionDataset.findUniqueOrThrow({ where: { name: 'idn-area-data' } })).toMatchObject({ version: '2.0.1/1' });
  });
});

describeEachDatabase('the test extract of the region list', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it('loads quickly and is searchable', async () => {
    const result = await seedRegions(db.prisma, { source: TEST_REGION_SOURCE });
    expect(result).toMatchObject({ status: 'seeded', rows: 2 + 3 + 5 + 25 });
    expect(result.ms).toBeLessThan(5_000);
    const hits = await db.prisma.$transaction((tx) => createRegionDirectory(tx).searchVillages('sidomulyo bantul', 8));
    expect(hits[0]).toMatchObject({ code: '34.02.05.2001', districtName: 'Bambanglipuro' });
    expect(hits.map((hit) => hit.name).slice(0, 3)).toEqual(['Sidomulyo', 'Sidomulyo', 'Sidomulyo']);
  });
});
