import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance } from '../../../src/domain/parse/edit-distance.js';
import { affixCandidates, elongationVariants, tokenize } from '../../../src/domain/faq/normalize.js';

describe('tokenize', () => {
  it.each([
    ['Apa itu WKSBM???', ['apa', 'itu', 'wksbm']],
    ["Assalamu'alaikum, kak 🙏", ['assalamualaikum', 'kak']],
    ['ciri2 wksbm', ['ciri', 'ciri', 'wksbm']],
    ['W.K.S.B.M', ['wksbm']],
    ['w k s b m itu apa', ['wksbm', 'itu', 'apa']],
    ['Permensos 8/2012', ['permensos', '8', '2012']],
    ['kegiatan-kegiatan', ['kegiatan', 'kegiatan']],
    ['Sugeng énjing', ['sugeng', 'enjing']],
    ['😀 ... ?!', []],
    ['', []],
  ])('%j', (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });
});

describe('elongationVariants', () => {
  it('offers shortened runs, conservative first', () => {
    expect(elongationVariants('apaaa')).toEqual(['apaa', 'apa']);
    expect(elongationVariants('maaaf')).toEqual(['maaf', 'maf']);
    expect(elongationVariants('wksbmm')).toEqual(['wksbm']);
    expect(elongationVariants('wksbm')).toEqual([]);
  });
});

describe('affixCandidates', () => {
  it.each([
    ['syaratnya', 'syarat'],
    ['pendaftaran', 'daftar'],
    ['mendaftarkan', 'daftar'],
    ['membentuk', 'bentuk'],
    ['pembentukan', 'bentuk'],
    ['carane', 'cara'],
    ['syaratna', 'syarat'],
    ['persyaratan', 'syarat'],
    ['menanyakan', 'tanya'],
    ['nggawe', 'gawe'],
  ])('%s may come from %s', (word, root) => {
    expect(affixCandidates(word)).toContain(root);
  });

  it('tries the least stripped root first', () => {
    expect(affixCandidates('pendaftarannya')[0]).toBe('pendaftaran');
  });
});

describe('editDistance', () => {
  it.each([
    ['wksbm', 'wksbm', 0],
    ['wksmb', 'wksbm', 1],
    ['wksbn', 'wksbm', 1],
    ['sarat', 'syarat', 1],
    ['kritria', 'kriteria', 1],
    ['pengertan', 'pengertian', 1],
    ['daptar', 'daftar', 1],
    ['asdfgh', 'syarat', 6],
    ['', 'abc', 3],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('stops early past the limit', () => {
    expect(editDistance('asdfgh', 'syarat', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('allows typos on long words only', () => {
    expect([3, 4, 5, 7, 8, 15].map(allowedTypos)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
