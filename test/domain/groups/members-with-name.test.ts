/** A member count typed after the group's name is read apart from it; a name's own number or words are not. */
import { describe, expect, it } from 'vitest';
import { membersAfterName } from '../../../src/domain/groups/members-with-name.js';

describe('membersAfterName', () => {
  it.each([
    ['posyandu balita melati 2, anggotane 35an', 'posyandu balita melati 2', 35],
    ['arisan melati anggotanya 20 orang', 'arisan melati', 20],
    ['majelis taklim al ikhlas jamaah 60an', 'majelis taklim al ikhlas', 60],
    ['Karang Taruna Tunas Muda, 40 org', 'Karang Taruna Tunas Muda', 40],
  ])('%j is %j with %i members', (typed, name, members) => {
    expect(membersAfterName(typed)).toEqual({ name, members });
  });

  it.each(['Posyandu Melati, 2', 'Posyandu Melati 2', 'Kelompok Anggota Dewan', 'Arisan RT 5, RW 3', 'anggotanya 20 orang'])('%j holds no count after a name', (typed) => {
    expect(membersAfterName(typed)).toBeNull();
  });
});
