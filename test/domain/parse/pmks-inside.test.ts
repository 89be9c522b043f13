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
  ])('%j counts none', (text) => {
    expect(beneficiariesInside(text)).toBeNull();
  });

  it('gives the words each count was read from', () => {
    expect(beneficiariesInside('kmrn malem kita santunan yatim 15 anak')?.said).toEqual(['yatim 15']);
  });

  it('reads the elderly at a health service as ordinary', () => {
    expect(beneficiariesInside('senam 25 lansia di balai', { ordinaryElderly: true })).toBeNull();
  });
});
