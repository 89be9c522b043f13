/**
 * A registration request's name and desa, as people type them in one message: taken only
 * where clearly said, so that nothing is guessed into the form.
 */
import { describe, expect, it } from 'vitest';
import { registerDetails } from '../../../src/domain/understanding/register-details.js';
import { GROUP_TYPE_WORDS } from '../../../src/domain/parse/choice.js';

const KINDS = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other').flatMap((option) => option.words);

describe('a registration request’s name and desa', () => {
  const cases: ReadonlyArray<readonly [string, { name?: string; place?: string }]> = [
    ['mau daftarin posyandu mawar di desa panggungharjo', { name: 'Posyandu Mawar', place: 'panggungharjo' }],
    ['daftar kelompok arisan namanya Arisan Melati, kelurahan sinduadi', { name: 'Arisan Melati', place: 'sinduadi' }],
    ['saya mau daftarkan pkk dusun glugo desa panggungharjo rw 3', { name: 'PKK Dusun Glugo', place: 'panggungharjo' }],
    ['mau daftar kelompok tani mekar sari di desa sidomulyo kec bambanglipuro', { name: 'Kelompok Tani Mekar Sari', place: 'sidomulyo' }],
    ['Daftar Karang Taruna Tunas Bangsa', { name: 'Karang Taruna Tunas Bangsa' }],
    // Only the kind, or a kind with filler: nothing to take as a name.
    ['mau daftar kelompok arisan', {}],
    ['daftar posyandu aja', {}],
    ['mau daftarin posyandu di desa sendangsari', { place: 'sendangsari' }],
    // A desa named without "desa" is not guessed at.
    ['daftar arisan panggungharjo', { name: 'Arisan Panggungharjo' }],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}"`, () => expect(registerDetails(text, KINDS)).toEqual(expected));
  }
});
