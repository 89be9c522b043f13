/**
 * A kecamatan's name typed after a word for desa ("desa godean", "kel. godean", "village godean"):
 * the desa of that name is meant, not the desa of Kec. Godean listed first with it at the end.
 * The words are the lexicon's (parse/lexicon.ts DESA_NAME_WORDS); "village" was not one here.
 */
import { describe, expect, it } from 'vitest';
import { districtOf } from '../../../src/domain/regions/village-listing.js';
import type { VillageMatch } from '../../../src/domain/model/regions.js';

const place = { provinceName: 'Jawa Timur' };
const found: VillageMatch[] = [
  { code: '35.18.01.2001', name: 'Godean', districtName: 'Loceret', regencyName: 'Nganjuk', ...place, score: 1 },
  { code: '34.04.02.2001', name: 'Sidoluhur', districtName: 'Godean', regencyName: 'Sleman', ...place, score: 0.8, inDistrict: true },
];

describe('a word for desa before a kecamatan\'s name', () => {
  it('lists the kecamatan\'s desa for the name alone', () => {
    expect(districtOf(found, 'godean')).toBeDefined();
  });

  it.each(['desa godean', 'kel. godean', 'ds godean', 'kalurahan godean', 'village godean'])('takes %j for the desa of that name', (typed) => {
    expect(districtOf(found, typed)).toBeUndefined();
  });
});
