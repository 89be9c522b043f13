/** How a typed village query is split into village words and place words (no database needed). */
import { describe, expect, it } from 'vitest';
import { readVillageQuery, regencyNames } from '../../../src/storage/regions/village-query.js';

const pairs = (query: string): string[] => readVillageQuery(query).map((reading) => `${reading.part} | ${reading.context}`);

describe('readVillageQuery', () => {
  it('reads a bare name as itself', () => {
    expect(readVillageQuery('Sidomulyo')).toEqual([{ part: 'sidomulyo', context: '', weight: 1 }]);
  });

  it('tries both splits of two words, the name first being likelier', () => {
    const readings = readVillageQuery('sidomulyo bambanglipuro');
    expect(pairs('sidomulyo bambanglipuro')).toEqual([
      'sidomulyo bambanglipuro | ',
      'sidomulyo | bambanglipuro',
      'bambanglipuro | sidomulyo',
    ]);
    expect(readings[1]!.weight).toBeGreaterThan(readings[2]!.weight);
  });

  it('takes a comma or a marker word as the end of the village name', () => {
    expect(pairs('sidomulyo, bantul')).toEqual(['sidomulyo | bantul']);
    expect(pairs('Desa Sidomulyo Kec. Bambanglipuro')).toEqual([
      'desa sidomulyo | bambanglipuro',
      'sidomulyo | bambanglipuro',
      'desa sidomulyo kec bambanglipuro | ',
    ]);
    expect(pairs('sidomulyo kab bantul')[0]).toBe('sidomulyo | kabupaten bantul');
    expect(pairs('sidomulyo kota batu')[0]).toBe('sidomulyo | kota batu');
  });

  it('keeps "desa", "kota" and the like when they may belong to the name', () => {
    expect(pairs('desa baru')).toEqual(['desa baru | ', 'baru | ']);
    expect(readVillageQuery('desa baru')[1]!.weight).toBeLessThan(1);
    expect(pairs('kota baru')).toContain('kota baru | ');
  });

  it('also tries short names joined, as Javanese compounds are written both ways', () => {
    expect(pairs('panggung harjo')).toContain('panggungharjo | ');
    expect(pairs('panggung harjo, sewon')).toContain('panggungharjo | sewon');
    // Without a comma too: the name written apart, then its kecamatan.
    expect(pairs('panggung harjo sewon')).toContain('panggungharjo | sewon');
    expect(pairs('catur tunggal depok')).toContain('caturtunggal | depok');
    expect(pairs('sidomulyo bambanglipuro')).not.toContain('sidomulyobambanglipuro | ');
  });

  it('spells out province short forms as one place item, and drops RT/RW numbers', () => {
    expect(pairs('sidomulyo, jatim')).toEqual(['sidomulyo | jawa timur']);
    expect(pairs('sidomulyo rt 03 rw 05, bantul')).toEqual(['sidomulyo | bantul']);
  });

  it('reads a province of several words, or its English name, as one place item; "kota jogja" as Kota Yogyakarta', () => {
    expect(pairs('Sidomulyo, jawa timur')[0]).toBe('sidomulyo | jawa timur');
    expect(pairs('sidomulyo, east java')[0]).toBe('sidomulyo | jawa timur');
    expect(pairs('sidomulyo, central java')[0]).toBe('sidomulyo | jawa tengah');
    expect(pairs('sidomulyo west java')).toContain('sidomulyo | jawa barat');
    expect(pairs('wirobrajan kota jogja')[0]).toBe('wirobrajan | kota yogyakarta');
    // Other words still each their own item.
    expect(pairs('sidomulyo, bambanglipuro bantul')[0]).toBe('sidomulyo | bambanglipuro|bantul');
  });

  it('also reads the name without the chat around it, after the words as typed', () => {
    const readings = pairs('kalo desa panggungharjo gimana');
    expect(readings[0]).toBe('kalo desa panggungharjo gimana | ');
    expect(readings).toContain('panggungharjo | ');
    expect(readVillageQuery('kalo desa panggungharjo gimana').find((reading) => reading.part === 'panggungharjo')!.weight).toBe(0.99);
    expect(pairs('sinduadi sudah belum ya min')).toContain('sinduadi | ');
    expect(pairs('panggungharjo aktif gak')).toContain('panggungharjo | ');
    expect(pairs('eh salah, yg bener panggungharjo')).toContain('panggungharjo | ');
    // In English too (was a list of Panggungharjo and Desa Bantul for the first).
    expect(pairs("it's Panggungharjo in Bantul")).toContain('panggungharjo | bantul');
    expect(pairs('we live in Sinduadi, Mlati')).toContain('sinduadi | mlati');
    // A name that is all such words is read as typed.
    expect(pairs('kalo')).toEqual(['kalo | ']);
  });

  it('reads the words after a leading "kec"/"kecamatan" also as a kecamatan (and its place), never as a village', () => {
    const kecamatan = (query: string): string[] =>
      readVillageQuery(query)
        .filter((reading) => reading.kecamatan)
        .map((reading) => `${reading.part} | ${reading.context}`);
    expect(kecamatan('kec. godean')).toEqual(['godean | ']);
    expect(kecamatan('Kecamatan Sewon, Bantul')).toEqual(['sewon | bantul']);
    expect(kecamatan('kecamatan sewon bantul')).toContain('sewon | bantul');
    // The words as typed are still read as before (a village may be named so).
    expect(pairs('kec. godean')).toContain('kec godean | ');
    // Only at the start: "sidomulyo kec. bambanglipuro" names the village's place.
    expect(kecamatan('desa sidomulyo kec. bambanglipuro')).toEqual([]);
    expect(kecamatan('sewon')).toEqual([]);
  });

  it('finds nothing to search in punctuation or blanks, and bounds long input', () => {
    expect(readVillageQuery('')).toEqual([]);
    expect(readVillageQuery(' %_;, ')).toEqual([]);
    const long = readVillageQuery('satu dua tiga empat lima enam tujuh delapan sembilan');
    expect(long[0]!.part.split(' ')).toHaveLength(6);
    expect(long.length).toBeLessThanOrEqual(12);
  });

  it('reads a kabupaten or kota typed as the desa as the names it may have', () => {
    expect(regencyNames('kab bantul')).toEqual(['kabupaten bantul', 'kabupaten administrasi bantul']);
    expect(regencyNames('Kota Jogja')).toEqual(['kota yogyakarta', 'kota administrasi yogyakarta']);
    expect(regencyNames('sleman aja')).toEqual(['kabupaten sleman', 'kabupaten administrasi sleman', 'kota sleman', 'kota administrasi sleman']);
    expect(regencyNames('sleman, diy')).toContain('kabupaten sleman');
    // A desa or a kecamatan said to be one is that.
    expect(regencyNames('desa sleman')).toEqual([]);
    expect(regencyNames('kecamatan sewon')).toEqual([]);
    expect(regencyNames('kab')).toEqual([]);
  });
});
