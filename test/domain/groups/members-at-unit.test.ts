/** A member count typed at the RT/RW question is kept for the members question; RT/RW answers are not counts. */
import { describe, expect, it } from 'vitest';
import { membersTypedAtUnit } from '../../../src/domain/groups/members-at-unit.js';

describe('membersTypedAtUnit', () => {
  it.each([
    ['50 org', 50],
    ['anggotanya 40 orang', 40],
    ['about 30 members', 30],
  ])('%j is a count of %i', (typed, count) => {
    expect(membersTypedAtUnit(typed)).toBe(count);
  });

  it.each(['5', '05/03', 'rt 5 rw 3', 'RW 5', 'Dusun Krajan', 'dusun 3', 'seluruh desa', 'rt 5 warga 50'])('%j is no count (an RT/RW answer, or asked about)', (typed) => {
    expect(membersTypedAtUnit(typed)).toBeNull();
  });
});
