/**
 * A ketua named at another question of the registration is read with its phone, the rest of the answer apart; other words after "ketua" are not.
 * The name is kept without the form of address typed before it ("bu Sri" is Sri), as at the ketua question.
 */
import { describe, expect, it } from 'vitest';
import { ketuaTypedIn, ketuaWithPhoneTyped } from '../../../src/domain/groups/ketua-typed-early.js';

describe('ketuaTypedIn', () => {
  it.each([
    ['desa sidoarum, ketuanya bu Sri', 'Sri', null, 'desa sidoarum'],
    ['ketuanya mas Andi, 0856 4321 7788', 'Andi', '+6285643217788', ''],
    ['ketuanya bu sri, desa sidoarum', 'Sri', null, 'desa sidoarum'],
    ['ketua: Pak Budi 0812-2745-6789 rt 3 rw 5', 'Budi', '+6281227456789', 'rt 3 rw 5'],
    ['rt 4 rw 2, ketuanya bu hajjah Siti', 'hajjah Siti', null, 'rt 4 rw 2'],
    ['ketua kelompoknya Andi', 'Andi', null, ''],
    ['posyandu mawar, ketua Bu Ani', 'Ani', null, 'posyandu mawar'],
    ['arisan melati ketuanya bu sri', 'Sri', null, 'arisan melati'],
    ['ketua nya bu Wartini, no hp blm tau nanti sy tanyakan', 'Wartini', null, ''],
    ['ketuanya wahyu 0812 2745 6789', 'Wahyu', '+6281227456789', ''],
  ])('%j names %j (phone %j), the rest %j', (typed, name, phone, rest) => {
    expect(ketuaTypedIn(typed)).toEqual({ name, phone, rest });
  });

  // "no", "wa", "cp", "nomor" label the number after the comma; they were kept as the end of the name ("mas Andi no").
  it.each(['no', 'wa', 'cp', 'nomor', 'nmr', 'WA:', 'No.', 'no hp', 'telp'])('"%s" before the ketua\'s number is no part of the name', (label) => {
    const unlabelled = ketuaTypedIn('desa sidoarum, ketuanya mas Andi, 0856 4321 7788');
    expect(unlabelled).toMatchObject({ phone: '+6285643217788', rest: 'desa sidoarum' });
    expect(ketuaTypedIn(`desa sidoarum, ketuanya mas Andi, ${label} 0856 4321 7788`)).toEqual(unlabelled);
  });

  it.each([
    'desa sidoarum',
    'saya ketua posyandu mawar',
    'ketua rt 3',
    'ketuanya saya sendiri',
    'ketuanya belum ada',
    'ketuanya nanti aja',
    'ketuanya siapa ya?',
    'ketuanya wahyu',
    'ketuanya sama kaya yang lain',
    'Paguyuban Ketua RW Sejahtera',
    'Arisan Ketua Tanya',
  ])('%j names no ketua', (typed) => {
    expect(ketuaTypedIn(typed)).toBeNull();
  });
});

describe('ketuaWithPhoneTyped', () => {
  it.each([
    ['bu sri 081234567890', 'Sri', '+6281234567890'],
    ['Pak Budi, 0812 2745 6789', 'Budi', '+6281227456789'],
    ['mas andi, wa 0856 4321 7788', 'Andi', '+6285643217788'],
  ])('%j is the ketua %j with %j', (typed, name, phone) => {
    expect(ketuaWithPhoneTyped(typed)).toEqual({ name, phone, rest: '' });
  });

  it.each(['Arisan Bu Sri 081234567890', 'bu sri', 'Pak Joko 0812', 'sidoarum 081234567890', 'Posyandu Mawar'])('%j is not', (typed) => {
    expect(ketuaWithPhoneTyped(typed)).toBeNull();
  });
});
