/** The one desa offered, taken by "iya" or "sama kyk td" typed instead of its button. */
import { describe, expect, it } from 'vitest';
import type { VillageInfo } from '../../../src/domain/model/regions.js';
import { takenOffered } from '../../../src/domain/regions/offered-village.js';

const PANGGUNGHARJO: VillageInfo = { code: '34.02.15.2004', name: 'Panggungharjo', districtName: 'Sewon', regencyName: 'Kabupaten Bantul', provinceName: 'DI Yogyakarta' };

describe('the desa offered, taken without its name', () => {
  it('takes yes and "the same as before"', () => {
    for (const text of ['iya', 'iya yg td', 'sama kyk td', 'sama', 'desanya sama', 'di desa yang tadi', 'masih sama']) {
      expect(takenOffered(text, [PANGGUNGHARJO]), text).toBe(PANGGUNGHARJO);
    }
  });

  it('searches anything else, and takes nothing when several or none are offered', () => {
    for (const text of ['samarinda', 'sidomulyo', 'sama kuwus', 'gak']) expect(takenOffered(text, [PANGGUNGHARJO]), text).toBeNull();
    expect(takenOffered('iya', [])).toBeNull();
    expect(takenOffered('sama', [PANGGUNGHARJO, { ...PANGGUNGHARJO, code: '34.02.15.2003', name: 'Bangunharjo' }])).toBeNull();
  });
});
