/**
 * An RT/RW typed at a number question of the registration: taken only when it is that and
 * nothing else, with its word ("rw 5", not "20/5"), the part not said kept as it was.
 */
import { describe, expect, it } from 'vitest';
import { unitTypedAtNumber } from '../../../src/domain/groups/unit-at-number.js';

const RT_3 = { rt: 3, rw: 0, dusun: '' };

describe('unitTypedAtNumber', () => {
  it.each([
    ['rw 5', RT_3, { rt: 3, rw: 5, dusun: '' }],
    ['RW 05', RT_3, { rt: 3, rw: 5, dusun: '' }],
    ['rt 4', { rt: 3, rw: 5, dusun: '' }, { rt: 4, rw: 5, dusun: '' }],
    ['rt 3 rw 5', { rt: 1, rw: 1, dusun: 'Krajan' }, { rt: 3, rw: 5, dusun: 'Krajan' }],
    ['RW XI', undefined, { rt: 0, rw: 11, dusun: '' }],
  ])('reads %s', (typed, unit, kept) => {
    expect(unitTypedAtNumber(typed, unit)).toEqual(kept);
  });

  it.each(['20', '20/5', '25 orang', 'sekitar 30 orang', 'dusun krajan', 'Bu Sri', '2012', 'rw 5 anggota 20'])('takes %s for no RT/RW', (typed) => {
    expect(unitTypedAtNumber(typed, RT_3)).toBeNull();
  });
});
