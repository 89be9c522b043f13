import { describe, expect, it } from 'vitest';
import { formatAreaUnit, parseAreaUnit } from '../../../src/domain/parse/area-unit.js';

const unit = (rt: number, rw: number, dusun = '') => ({ ok: true, value: { rw, rt, dusun } });

describe('parseAreaUnit: RT and RW numbers', () => {
  it.each([
    ['RW 3 RT 5', 5, 3],
    ['rw03 rt05', 5, 3],
    ['RT 5 RW 3', 5, 3],
    ['RT 05/RW 03', 5, 3],
    ['RT 05 / RW 03', 5, 3],
    ['RT.05 RW.03', 5, 3],
    ['rt:5 rw:3', 5, 3],
    ['RT 005 RW 003', 5, 3],
    ['RT 05 - RW 03', 5, 3],
    ['rt05rw03', 5, 3],
    ['R.T. 05 / R.W. 03', 5, 3],
    ['RT/RW 005/003', 5, 3],
    ['rt/rw: 5/3', 5, 3],
    ['RW/RT 03/05', 5, 3],
    ['di RT 5 RW 3', 5, 3],
    // A bare pair is RT/RW, the written order of addresses and the KTP.
    ['05/03', 5, 3],
    ['3/5', 3, 5],
    ['5 / 12', 5, 12],
    // So is a pair after the first label alone, as the KTP field is often typed.
    ['rt 3/5', 3, 5],
    ['RT 03/05', 3, 5],
    // Roman numerals.
    ['RW XI', 0, 11],
    ['rw xi', 0, 11],
    ['rwxi', 0, 11],
    ['rwxl', 0, 40],
    ['rw c', 0, 100],
    ['RT IV RW XXX', 4, 30],
    ['RT 5 RW IX', 5, 9],
    ['V/XI', 5, 11],
    // One number alone.
    ['rw 3', 0, 3],
    ['RW 12', 0, 12],
    ['RT 7', 7, 0],
    ['rt7', 7, 0],
    ['RT 999', 999, 0],
    // "-nya" after the word, as chat says it ("rt nya 04", "rwnya 5", Javanese "rt ne 3").
    ['rt nya 04', 4, 0],
    ['rtnya 4 rwnya 12', 4, 12],
    ['rt ne 3 rw ne 2', 3, 2],
  ])('%j → RT %i, RW %i', (text, rt, rw) => {
    expect(parseAreaUnit(text)).toEqual(unit(rt, rw));
  });
});

describe('parseAreaUnit: dusun-level names', () => {
  it.each([
    ['dusun Krajan', 'Krajan'],
    ['Dusun krajan', 'Krajan'],
    ['dsn krajan', 'Krajan'],
    ['Dsn. Krajan', 'Krajan'],
    ['dukuh Ngaglik', 'Ngaglik'],
    ['padukuhan Karanganyar', 'Karanganyar'],
    ['pedukuhan Sorogenen', 'Sorogenen'],
    ['banjar Kaja', 'Kaja'],
    ['Br. Tegal', 'Tegal'],
    ['jorong Koto Tuo', 'Koto Tuo'],
    ['lingkungan Pasar', 'Pasar'],
    ['lingk. 3', '3'],
    ['kampung Cibodas', 'Cibodas'],
    ['Kp. Babakan', 'Babakan'],
    ['dusun KRAJAN LOR', 'Krajan Lor'],
    ['dusun ngaglik-lor', 'Ngaglik-Lor'],
    ['dusun ii', 'II'],
    ['Dusun Sidomulyo IV', 'Sidomulyo IV'],
    ['dusun   krajan  ', 'Krajan'],
  ])('%j → %s', (text, dusun) => {
    expect(parseAreaUnit(text)).toEqual(unit(0, 0, dusun));
  });

  it('reads a name together with RT/RW, in either order', () => {
    expect(parseAreaUnit('dusun Krajan RT 3 RW 2')).toEqual(unit(3, 2, 'Krajan'));
    expect(parseAreaUnit('RT 03/RW 02 Dusun Krajan Lor')).toEqual(unit(3, 2, 'Krajan Lor'));
    expect(parseAreaUnit('dsn kertosari rw 4')).toEqual(unit(0, 4, 'Kertosari'));
  });
});

describe('parseAreaUnit: said as a sentence', () => {
  // Were refused at the RT/RW question ("kami di rt 3 rw 7"), and at the name question taken as the name.
  it.each([
    ['kami di rt 3 rw 7', { rw: 7, rt: 3, dusun: '' }],
    ['we are in RT 3 RW 7', { rw: 7, rt: 3, dusun: '' }],
    ['lokasinya rw 5', { rw: 5, rt: 0, dusun: '' }],
    ['di dusun krajan', { rw: 0, rt: 0, dusun: 'Krajan' }],
  ])('"%s"', (text, unit) => {
    expect(parseAreaUnit(text)).toEqual({ ok: true, value: unit });
  });

  it('reads a dusun said with words that no RT/RW is used (were "could not read that RT/RW")', () => {
    expect(parseAreaUnit("we dont use RT, it's dusun Kaligondang")).toEqual({ ok: true, value: { rw: 0, rt: 0, dusun: 'Kaligondang' } });
    expect(parseAreaUnit('gak pake rt rw, dusun krajan')).toEqual({ ok: true, value: { rw: 0, rt: 0, dusun: 'Krajan' } });
    // Every chat "not" (parse/negation.ts), "engga" and Sundanese "teu" too (were "could not read").
    expect(parseAreaUnit('engga pake rt, dusun krajan')).toEqual({ ok: true, value: { rw: 0, rt: 0, dusun: 'Krajan' } });
    expect(parseAreaUnit('teu aya rt rw, kampung cibodas')).toEqual({ ok: true, value: { rw: 0, rt: 0, dusun: 'Cibodas' } });
    // A number beside it is still read as RT/RW, in digits or words.
    expect(parseAreaUnit('rt 5 dusun krajan')).toEqual({ ok: true, value: { rw: 0, rt: 5, dusun: 'Krajan' } });
    expect(parseAreaUnit('rt lima, dusun krajan')).toEqual({ ok: true, value: { rw: 0, rt: 5, dusun: 'Krajan' } });
  });

  it('keeps a dusun whose name starts like such a word', () => {
    expect(parseAreaUnit('dusun ingas')).toEqual({ ok: true, value: { rw: 0, rt: 0, dusun: 'Ingas' } });
    expect(parseAreaUnit('dusun adanya')).toEqual({ ok: true, value: { rw: 0, rt: 0, dusun: 'Adanya' } });
  });
});

describe('parseAreaUnit: the whole village', () => {
  it.each(['-', '–', ' - ', 'tidak ada', 'Tidak ada.', 'gak ada', 'tdk ada', 'seluruh desa', 'Seluruh desa/kelurahan', 'semua', 'semuanya', 'none', 'whole village', 'sedesa aja', 'seluruh desa deh', 'sadesa', 'sadesa kang', 'sa desa', 'sak desa', 'sadayana'])(
    '%j → whole village',
    (text) => {
      expect(parseAreaUnit(text)).toEqual(unit(0, 0));
    },
  );
});

describe('parseAreaUnit: numbers in words, particles at the end (were "could not read that RT/RW")', () => {
  it.each([
    ['rt lima rw tiga', 5, 3, ''],
    ['RT LIMA RW TIGA', 5, 3, ''],
    ['RT lima', 5, 0, ''],
    ['rt dua belas rw dua', 12, 2, ''],
    ['rt 5 rw tiga', 5, 3, ''],
    ['rw sebelas', 0, 11, ''],
    ['RT 5 RW 3 NGGIH', 5, 3, ''],
    ['rt 5 rw 3 ya', 5, 3, ''],
    ['rt 05 / rw 03 bu', 5, 3, ''],
    ['05/03 nggih', 5, 3, ''],
    ['RT 12 RW 2 mbak', 12, 2, ''],
    // The particle was kept in the dusun's name ("Krajan Ya").
    ['dusun krajan ya', 0, 0, 'Krajan'],
    ['dusun krajan rt 3 nggih', 3, 0, 'Krajan'],
    // The word after a kind word is the name, even one that is also a form of address.
    ['dusun mas', 0, 0, 'Mas'],
    // Roman numerals stay numerals, a dusun's number word its name.
    ['rw xi ya', 0, 11, ''],
    ['dusun tiga', 0, 0, 'Tiga'],
  ])('%j → RT %i, RW %i, dusun %j', (text, rt, rw, dusun) => {
    expect(parseAreaUnit(text)).toEqual(unit(rt, rw, dusun));
  });
});

describe('parseAreaUnit: refused answers', () => {
  it.each([
    ['RT 0', 'out_of_range'],
    ['RW 0 RT 5', 'out_of_range'],
    ['RT 1000', 'out_of_range'],
    ['0/3', 'out_of_range'],
    ['Krajan', 'not_understood'],
    ['5', 'not_understood'],
    ['05 03', 'not_understood'],
    ['RT', 'not_understood'],
    ['RT 5 RW', 'not_understood'],
    ['RT 5 RT 6', 'not_understood'],
    ['RW IIII', 'not_understood'],
    // Glued to its word, a numeral of C, D or L alone is a typo, not RW 100 or RT 500.
    ['rwc', 'not_understood'],
    ['rtd', 'not_understood'],
    ['dusun', 'not_understood'],
    ['dusun ???', 'not_understood'],
    ['', 'not_understood'],
    ['rumah saya dekat masjid', 'not_understood'],
  ])('%j → %s', (text, error) => {
    expect(parseAreaUnit(text)).toEqual({ ok: false, error });
  });
});

describe('formatAreaUnit', () => {
  it.each([
    [{ rt: 5, rw: 3, dusun: '' }, 'RT 005 / RW 003'],
    [{ rt: 0, rw: 11, dusun: '' }, 'RW 011'],
    [{ rt: 7, rw: 0, dusun: '' }, 'RT 007'],
    [{ rt: 0, rw: 0, dusun: 'Krajan' }, 'Dusun Krajan'],
    [{ rt: 3, rw: 2, dusun: 'Krajan Lor' }, 'RT 003 / RW 002, Dusun Krajan Lor'],
    [{ rt: 0, rw: 0, dusun: '' }, ''],
    [{ rt: 123, rw: 45, dusun: '' }, 'RT 123 / RW 045'],
  ])('%j → %j', (value, shown) => {
    expect(formatAreaUnit(value)).toBe(shown);
  });

  it('round-trips through parseAreaUnit', () => {
    for (const text of ['RT 5 RW 3', 'RW XI', 'RT 7', 'dusun Krajan', 'dusun Krajan RT 3 RW 2']) {
      const parsed = parseAreaUnit(text);
      if (!parsed.ok) throw new Error(text);
      expect(parseAreaUnit(formatAreaUnit(parsed.value))).toEqual(parsed);
    }
  });
});
