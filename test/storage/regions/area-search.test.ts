/**
 * `npm run areas` looks region codes up by name in the dataset (here the test extract):
 * words in any order, case and punctuation ignored, exact names first, with where each is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { areaMatches } from '../../../src/storage/regions/area-search.js';
import { readRegionData, type RegionData } from '../../../src/storage/regions/region-dataset.js';
import { TEST_REGION_SOURCE } from '../../support/region-fixture.js';

describe('areaMatches', () => {
  let data: RegionData;
  beforeAll(async () => {
    data = await readRegionData(TEST_REGION_SOURCE);
  });

  it('finds the kecamatan Depok in Sleman with its code and where it is', () => {
    const { matches } = areaMatches(data, 'DEPOK');
    expect(matches[0]).toEqual({
      code: '34.04.07',
      level: 'district',
      levelLabel: 'kecamatan',
      name: 'Depok',
      within: ['Kabupaten Sleman', 'Daerah Istimewa Yogyakarta'],
    });
  });

  it('tells what a code is, and where (was "No region name matches")', () => {
    expect(areaMatches(data, '34.04.07')).toEqual({ matches: [expect.objectContaining({ code: '34.04.07', levelLabel: 'kecamatan', name: 'Depok' })], total: 1 });
    expect(areaMatches(data, '34.04.07', { level: 'desa' }).matches).toEqual([]);
    expect(areaMatches(data, '99.99').matches).toEqual([]);
  });

  it('counts "sleman" as the exact name of "Kabupaten Sleman" and ranks it first', () => {
    const { matches } = areaMatches(data, 'sleman');
    expect(matches[0]).toMatchObject({ code: '34.04', levelLabel: 'kab/kota' });
  });

  it('keeps to one level when asked and reports how many matched beyond the limit', () => {
    const all = areaMatches(data, 'sidomulyo', { level: 'desa' });
    expect(all.matches.length).toBe(3);
    expect(all.matches.every((match) => match.level === 'village')).toBe(true);
    const limited = areaMatches(data, 'sidomulyo', { level: 'desa', limit: 1 });
    expect(limited).toMatchObject({ total: 3 });
    expect(limited.matches).toHaveLength(1);
    expect(areaMatches(data, 'sidomulyo', { level: 'kecamatan' }).matches).toEqual([]);
  });

  it('matches every word in any order and finds nothing for nonsense or an empty query', () => {
    expect(areaMatches(data, 'sleman kabupaten').matches[0]?.code).toBe('34.04');
    expect(areaMatches(data, 'zzzz').matches).toEqual([]);
    expect(areaMatches(data, ' ,. ').matches).toEqual([]);
  });
});
