/** The CSV reader and the name forms the seed stores (no database needed). */
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../../src/storage/regions/csv.js';
import { displayRegionName, normalizeRegionName } from '../../../src/storage/regions/region-name.js';

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
