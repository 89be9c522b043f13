/** A listed desa picked by where it lies: "yg bantul", its kecamatan, "the one in bantul". */
import { describe, expect, it } from 'vitest';
import type { VillageInfo } from '../../../src/domain/model/regions.js';
import { pickedByPlace } from '../../../src/domain/regions/listed-place.js';

const listed: VillageInfo[] = [
  { code: '34.01.01.2001', name: 'Ngestiharjo', districtName: 'Wates', regencyName: 'Kabupaten Kulon Progo', provinceName: 'Daerah Istimewa Yogyakarta' },
  { code: '34.02.13.2001', name: 'Ngestiharjo', districtName: 'Kasihan', regencyName: 'Kabupaten Bantul', provinceName: 'Daerah Istimewa Yogyakarta' },
  { code: '35.79.01.2007', name: 'Ngestiharjo', districtName: 'Batu', regencyName: 'Kota Batu', provinceName: 'Jawa Timur' },
];

describe('pickedByPlace', () => {
  it('names the desa lying in the kecamatan, kabupaten/kota or province typed', () => {
    for (const text of ['yg bantul', 'kasihan', 'yang di kasihan', 'the one in bantul', 'kab. bantul', 'Kasihan, Bantul', 'bantul aja']) expect(pickedByPlace(text, listed), text).toEqual([1]);
    expect(pickedByPlace('kulon progo', listed)).toEqual([0]);
    expect(pickedByPlace('kota batu', listed)).toEqual([2]);
    expect(pickedByPlace('yang di jogja', listed)).toEqual([0, 1]);
  });

  it('names none for a place no listed desa lies in, one all lie in, or a listed desa\'s own name', () => {
    for (const text of ['sleman', 'yang kedua', 'ngestiharjo', 'jawa', 'ya', 'yg bantul atau sleman ya saya lupa']) expect(pickedByPlace(text, listed), text).toBeNull();
    expect(pickedByPlace('bantul', listed.slice(1, 2))).toBeNull();
  });
});
