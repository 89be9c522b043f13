import { describe, expect, it } from 'vitest';
import { parseCount, parseNumber, parseYear } from '../../../src/domain/parse/numbers.js';

const RANGE = { min: 1, max: 100_000 };

describe('parseCount: accepted answers', () => {
  it.each([
    ['25', 25],
    ['25 orang', 25],
    ['25 org', 25],
    ['25orang', 25],
    ['25.', 25],
    ['± 30', 30],
    ['±30', 30],
    ['+- 30', 30],
    ['~30', 30],
    ['kurang lebih 40', 40],
    ['kurleb 40', 40],
    ['kl 40 orang', 40],
    ['sekitar 40', 40],
    ['sekitar 40 jiwa', 40],
    ['hmm sekitar 40an lah', 40],
    ['30 orang kayaknya', 30],
    ['kira-kira 50', 50],
    ['kira2 50 org', 50],
    ['ada 12 anggota', 12],
    ['jumlahnya 12', 12],
    ['lebih dari 30', 30],
    ['30 lebih', 30],
    ['30an', 30],
    ['30-an', 30],
    ['50+', 50],
    ['about 20 people', 20],
    ['1.200', 1200],
    ['1.200 orang', 1200],
    ['12.500', 12500],
    ['1,200', 1200],
    ['2 ribu', 2000],
    ['2rb', 2000],
    ['1,5 rb', 1500],
    ['1.5 ribu', 1500],
    ['1,25 rb', 1250],

    ['2k', 2000],
    ['dua puluh lima', 25],
    ['dua belasan', 12],
    ['tiga puluhan orang', 30],
    ['Dua Puluh Lima orang', 25],
    ['duapuluh lima', 25],
    ['sepuluh', 10],
    ['sebelas', 11],
    ['lima belas', 15],
    ['seratus', 100],
    ['seratus lima', 105],
    ['seratus dua puluh lima', 125],
    ['tiga ratus', 300],
    ['seribu', 1000],
    ['dua ribu lima ratus', 2500],
    ['sekitar tiga puluh orang', 30],
    ['twenty five', 25],
    ['twenty-five', 25],
    ['twelve', 12],
    ['a hundred', 100],
    ['one hundred and five', 105],
    ['two thousand', 2000],
  ])('%j → %i', (text, value) => {
    expect(parseCount(text, RANGE)).toEqual({ ok: true, value });
  });
});

describe('parseCount: an estimate after "not sure", and "-an" after a number in words (were "Mohon tulis jumlahnya dengan angka")', () => {
  it.each([
    ['gatau, kira2 40an', 40],
    ['ga tau, sekitar 40', 40],
    ['nggak tahu pasti, 30an', 30],
    ['kurang tau, 25 orang', 25],
    ['dua puluh lima an', 25],
    ['tiga puluh an orang', 30],
    ['ya udah 30 aja', 30],
    ['yaudah sekitar 25', 25],
  ])('%j → %i', (text, value) => {
    expect(parseCount(text, RANGE)).toEqual({ ok: true, value });
  });

  it('still takes "not sure" alone, or "an" after a word of no number, as no count', () => {
    for (const text of ['gatau', 'ga tau', 'gatau, nanti', 'lima an an', 'an']) expect(parseCount(text, RANGE), text).toEqual({ ok: false, error: 'not_a_number' });
  });
});

describe('parseCount: Javanese and Sundanese counts (were "Mohon tulis jumlahnya dengan angka")', () => {
  it.each([
    ['selawe', 25],
    ['kurang luwih selawe', 25],
    ['selawe wong', 25],
    ['telung puluh lima', 35],
    ['patang puluh tiyang', 40],
    ['seket loro', 52],
    ['sewidak', 60],
    ['rolas', 12],
    ['pitulas nggih', 17],
    ['satus seket', 150],
    ['rong atus', 200],
    ['tilu puluh', 30],
    ['salapan', 9],
    // Sundanese hedges and "people" ("kinten2 35 urang", "aya 40 jalmi"): were not a number.
    ['kinten2 35 urang', 35],
    ['kinten-kinten 35 urang', 35],
    ['aya 40 jalmi', 40],
    ['kirang langkung 20 urang', 20],
  ])('%j → %i', (text, value) => {
    expect(parseCount(text, RANGE)).toEqual({ ok: true, value });
  });

  it('still refuses words in the wrong order', () => {
    expect(parseCount('loro seket', RANGE)).toEqual({ ok: false, error: 'not_a_number' });
  });
});

describe('parseCount: refused answers', () => {
  it.each([
    ['0', 'too_small'],
    ['nol', 'too_small'],
    ['200000', 'too_large'],
    ['1.000.000', 'too_large'],
    ['1,5', 'not_a_number'],
    ['2.5', 'not_a_number'],
    ['1,2345 rb', 'not_a_number'],
    ['20-30', 'not_a_number'],
    ['banyak', 'not_a_number'],
    ['puluhan', 'not_a_number'],
    ['dua tiga', 'not_a_number'],
    ['dua puluh tiga puluh', 'not_a_number'],
    ['sepuluh lima', 'not_a_number'],
    ['se', 'not_a_number'],
    ['orang', 'not_a_number'],
    // Below zero is a number still: too small, not "write it in digits".
    ['-5', 'too_small'],
    ['- 5', 'not_a_number'],
    ['', 'not_a_number'],
    ['12 kucing', 'not_a_number'],
  ])('%j → %s', (text, error) => {
    expect(parseCount(text, RANGE)).toEqual({ ok: false, error });
  });

  it('applies the range of the question', () => {
    expect(parseCount('1', { min: 2, max: 100_000 })).toEqual({ ok: false, error: 'too_small' });
    expect(parseCount('2', { min: 2, max: 100_000 })).toEqual({ ok: true, value: 2 });
    expect(parseCount('100.000', { min: 2, max: 100_000 })).toEqual({ ok: true, value: 100_000 });
    expect(parseCount('100.001', { min: 2, max: 100_000 })).toEqual({ ok: false, error: 'too_large' });
  });
});

describe('parseNumber', () => {
  it('reads bare numbers only, leaving hedges to the callers', () => {
    expect(parseNumber('7')).toBe(7);
    expect(parseNumber('tujuh')).toBe(7);
    expect(parseNumber('sekitar 7')).toBeNull();
    expect(parseNumber('3 juta')).toBe(3_000_000);
    expect(parseNumber('dua juta lima ratus ribu')).toBe(2_500_000);
    expect(parseNumber('seribu juta')).toBeNull();
    expect(parseNumber('99999999999999999999')).toBeNull();
  });
});

describe('parseYear', () => {
  const NOW = new Date('2026-11-20T03:00:00Z');

  it.each([
    ['2015', 2015],
    ['th 2015', 2015],
    ['th. 2015', 2015],
    ['thn 2015', 2015],
    ['tahun 2015', 2015],
    ['Tahun 2015.', 2015],
    ['sejak 2015', 2015],
    ['sejak tahun 2015', 2015],
    ['since 2015', 2015],
    ['th2015', 2015],
    ['2026', 2026],
    ['1900', 1900],
  ])('%j → %i', (text, year) => {
    expect(parseYear(text, NOW)).toEqual({ ok: true, value: year });
  });

  it.each([
    ["'15", 'not_a_year'],
    ['15', 'not_a_year'],
    ['2015an', 'not_a_year'],
    ['dua ribu lima belas', 'not_a_year'],
    ['lupa', 'not_a_year'],
    ['', 'not_a_year'],
    ['2027', 'future'],
    ['1899', 'too_old'],
  ])('%j → %s', (text, error) => {
    expect(parseYear(text, NOW)).toEqual({ ok: false, error });
  });

  it('takes the minimum and the year in the time zone', () => {
    expect(parseYear('1950', NOW, { min: 1960 })).toEqual({ ok: false, error: 'too_old' });
    const newYearInJakarta = new Date('2026-12-31T18:00:00Z');
    expect(parseYear('2027', newYearInJakarta)).toEqual({ ok: true, value: 2027 });
    expect(parseYear('2027', newYearInJakarta, { timeZone: 'UTC' })).toEqual({ ok: false, error: 'future' });
  });
});
