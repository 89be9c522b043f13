/**
 * Beneficiaries counted inside a sentence told about the activity ("kmrn malem kita santunan
 * yatim 15 anak"): the counts a category is named with, read where the whole sentence is no
 * answer of counts; nothing from numbers that count no PMKS category (a date, an RT, members).
 */
import { describe, expect, it } from 'vitest';
import { beneficiariesInside } from '../../../src/domain/parse/pmks-inside.js';

describe('beneficiariesInside', () => {
  it.each([
    ['kmrn malem kita santunan yatim 15 anak', { 2: 15 }],
    ['santunan 20 anak yatim di masjid', { 2: 20 }],
    ['bagi sembako ke 30 lansia dan 5 fakir miskin kemarin', { 8: 30, 24: 5 }],
    ['bantu korban banjir 12 orang', { 21: 12 }],
  ])('%j counts %j', (text, counts) => {
    expect(beneficiariesInside(text)?.counts).toEqual(counts);
  });

  it.each([
    'kerja bakti tgl 15 di RT 3',
    'posyandu 30 balita ditimbang',
    'rapat 12 anggota',
    'santunan yatim piatu',
    // A date, a time, a year or an address beside a number: "8/12" was 12 neglected elderly, "jam 7" 7 elderly.
    'kerja bakti tgl 8/12 bersama warga',
    'senam lansia jam 7 pagi',
    'santunan yatim jam 8 malam',
    'bagi sembako 2024 ke warga miskin',
    'rapat rt 3 rw 24 30 warga',
  ])('%j counts none', (text) => {
    expect(beneficiariesInside(text)).toBeNull();
  });

  it('reads the count after a date, not the date and count as a code and a count', () => {
    expect(beneficiariesInside('santunan tanggal 8 12 anak yatim')?.counts).toEqual({ 2: 12 });
  });

  it('gives the words each count was read from', () => {
    expect(beneficiariesInside('kmrn malem kita santunan yatim 15 anak')?.said).toEqual(['yatim 15']);
  });

  it('reads the elderly at a health service as ordinary', () => {
    expect(beneficiariesInside('senam 25 lansia di balai', { ordinaryElderly: true })).toBeNull();
  });
});
