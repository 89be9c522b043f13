/** The CSV reader and the name forms the seed stores (no database needed). */
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../../src/storage/regions/csv.js';
import { displayRegionName, normalizeRegionName } from '../../../src/storage/regions/region-name.js';
import { MULTI_WORD_PROVINCES } from '../../../src/storage/regions/province-aliases.js';
import { installedProvinces } from '../../../src/storage/regions/region-dataset.js';

describe('parseCsv', () => {
  it('reads plain, quoted and escaped fields, LF and CRLF, and skips blank lines', () => {
    expect(parseCsv('code,name\n11,Aceh\n')).toEqual([['code', 'name'], ['11', 'Aceh']]);
    expect(parseCsv('a,b\r\n1,"x,y"\r\n\r\n2,"Ra""as"')).toEqual([['a', 'b'], ['1', 'x,y'], ['2', 'Ra"as']]);
    expect(parseCsv('1,"two\nlines",3\n4,,')).toEqual([['1', 'two\nlines', '3'], ['4', '', '']]);
    expect(parseCsv('\ufeffcode,name\n11,Aceh')).toEqual([['code', 'name'], ['11', 'Aceh']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('rejects broken quoting with the line number', () => {
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(CsvError);
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(/line 2/);
    expect(() => parseCsv('"x"y,1')).toThrow(/quote/);
  });
});

describe('region names', () => {
  it('normalise to lower-case words without punctuation or accents', () => {
    expect(normalizeRegionName('Kabupaten Bantul')).toBe('kabupaten bantul');
    expect(normalizeRegionName('Lubuk Pakam I,II')).toBe('lubuk pakam i ii');
    expect(normalizeRegionName("Ra'as")).toBe('raas');
    expect(normalizeRegionName('Regapu’u')).toBe('regapuu');
    expect(normalizeRegionName('  Kute Lang-Lang  ')).toBe('kute lang lang');
    expect(normalizeRegionName('Séléman')).toBe('seleman');
    expect(normalizeRegionName('%_;')).toBe('');
  });

  it('display the dataset spelling, quotes shown as apostrophes', () => {
    expect(displayRegionName('Soka"an')).toBe("Soka'an");
    expect(displayRegionName(' Sidomulyo  Barat ')).toBe('Sidomulyo Barat');
  });
});

describe('the provinces named by several words', () => {
  it('are read from the region list: the same as the list once written out by hand', () => {
    // The hand-written list MULTI_WORD_PROVINCES was before it was read from the provinces.
    const byHand = [
      'sumatera utara', 'sumatera barat', 'sumatera selatan', 'kepulauan bangka belitung', 'kepulauan riau', 'daerah khusus ibukota jakarta',
      'jawa barat', 'jawa tengah', 'daerah istimewa yogyakarta', 'jawa timur', 'nusa tenggara barat', 'nusa tenggara timur',
      'kalimantan barat', 'kalimantan tengah', 'kalimantan selatan', 'kalimantan timur', 'kalimantan utara', 'sulawesi utara',
      'sulawesi tengah', 'sulawesi selatan', 'sulawesi tenggara', 'sulawesi barat', 'maluku utara', 'papua barat', 'papua selatan',
      'papua tengah', 'papua pegunungan', 'papua barat daya',
    ];
    expect([...MULTI_WORD_PROVINCES].sort()).toEqual([...byHand].sort());
    expect(installedProvinces()).toHaveLength(38);
  });
});
