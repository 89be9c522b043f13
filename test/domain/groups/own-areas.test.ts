/** The person's own area, for same-named desa there to be listed first (no database). */
import { describe, expect, it } from 'vitest';
import { ownAreas } from '../../../src/domain/groups/known-villages.js';
import type { OfficerView } from '../../../src/domain/model/officers.js';
import type { VillageInfo } from '../../../src/domain/model/regions.js';

const village = (code: string): VillageInfo => ({ code, name: 'X', districtName: 'Y', regencyName: 'Kabupaten Z', provinceName: 'P' });
const officer = (areaPrefixes: string[], active = true): OfficerView => ({
  id: 'o1', personId: 'p1', name: null, kind: 'tksk', areaPrefixes, mutedKinds: [], quietStartMin: null, quietEndMin: null, active,
});

describe('ownAreas', () => {
  it('is the kabupaten of each known desa once, then an active officer\'s areas', () => {
    expect(ownAreas([village('34.04.07.2001'), village('34.04.02.2003'), village('35.79.01.2007')], null)).toEqual(['34.04', '35.79']);
    expect(ownAreas([village('34.02.15.2004')], officer(['34.04.07', '34.02']))).toEqual(['34.02', '34.04.07']);
  });

  it('leaves out the areas of an officer no longer active, and keeps at most 20 codes', () => {
    expect(ownAreas([], officer(['34.04'], false))).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) => `34.${String(i + 10)}`);
    expect(ownAreas([], officer(many))).toHaveLength(20);
  });
});
