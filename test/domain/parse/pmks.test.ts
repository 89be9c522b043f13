import { describe, expect, it } from 'vitest';
import { PMKS_CODES, beneficiariesBesidesOrdinary, parseBeneficiaries } from '../../../src/domain/parse/pmks.js';

describe('PMKS_CODES', () => {
  it('holds the 26 categories of Permensos 8/2012', () => {
    expect(PMKS_CODES).toHaveLength(26);
    expect(PMKS_CODES[0]).toBe(1);
    expect(PMKS_CODES[25]).toBe(26);
  });
});

describe('parseBeneficiaries: codes and counts', () => {
  it.each([
    ['8 15', { 8: 15 }],
    ['8=15', { 8: 15 }],
    ['8 = 15', { 8: 15 }],
    ['8: 15', { 8: 15 }],
    ['8:15', { 8: 15 }],
    ['8-15', { 8: 15 }],
    ['8 15 orang', { 8: 15 }],
    ['8 ± 15', { 8: 15 }],
    ['8 sekitar 15', { 8: 15 }],
    ['8 1.200', { 8: 1200 }],
    ['8 1,200', { 8: 1200 }],
    ['8 lima belas', { 8: 15 }],
    ['8 15, 24 30', { 8: 15, 24: 30 }],
    ['8 15,24 30', { 8: 15, 24: 30 }],
    ['8 15; 24 30', { 8: 15, 24: 30 }],
    ['8 15\n24 30', { 8: 15, 24: 30 }],
    ['8 15 dan 24 30', { 8: 15, 24: 30 }],
    ['8 15 & 24 30', { 8: 15, 24: 30 }],
    ['8 15 24 30', { 8: 15, 24: 30 }],
    ['1 2 3 4 5 6', { 1: 2, 3: 4, 5: 6 }],
    ['kategori 8 jumlah 15', { 8: 15 }],
    ['Kategori 8, jumlah 15', { 8: 15 }],
    ['kode 26 jumlah 3', { 26: 3 }],
    ['26 100000', { 26: 100_000 }],
  ])('%j → %j', (text, value) => {
    expect(parseBeneficiaries(text)).toEqual({ ok: true, value });
  });
});

describe('parseBeneficiaries: category names', () => {
  it.each([
    ['lansia terlantar 15', { 8: 15 }],
    ['lanjut usia terlantar 15', { 8: 15 }],
    ['lansia 15', { 8: 15 }],
    ['lansia 15 orang', { 8: 15 }],
    ['Lansia: 15', { 8: 15 }],
    ['manula 4', { 8: 4 }],
    ['lansai 15', { 8: 15 }],
    ['15 lansia', { 8: 15 }],
    ['15 orang lansia', { 8: 15 }],
    ['8 lansia', { 8: 8 }],
    ['lansia lima belas', { 8: 15 }],
    ['lima belas lansia', { 8: 15 }],
    ['yatim 10', { 2: 10 }],
    ['anak yatim 10', { 2: 10 }],
    ['anak terlantar 10', { 2: 10 }],
    ['yatim piatu 3', { 2: 3 }],
    ['disabilitas 4', { 9: 4 }],
    ['difabel 4', { 9: 4 }],
    ['anak disabilitas 2', { 5: 2 }],
    ['fakir miskin 20', { 24: 20 }],
    ['miskin 20', { 24: 20 }],
    ['keluarga miskin 20', { 24: 20 }],
    ['dhuafa 7', { 24: 7 }],
    ['korban bencana 30', { 21: 30 }],
    ['korban banjir 30', { 21: 30 }],
    ['korban bencana sosial 5', { 22: 5 }],
    ['balita terlantar 9', { 1: 9 }],
    ['9 balita telantar', { 1: 9 }],
    ['anak jalanan 2', { 4: 2 }],
    ['anjal 2', { 4: 2 }],
    ['anak korban kekerasan 1', { 6: 1 }],
    ['korban kekerasan 1', { 19: 1 }],
    ['pemulung 6', { 13: 6 }],
    ['ODHA 1', { 16: 1 }],
    ['korban narkoba 2', { 17: 2 }],
    ['TKI 3', { 20: 3 }],
    ['komunitas adat terpencil 40', { 26: 40 }],
    ['elderly 5', { 8: 5 }],
    ['15 lansia, 20 anak yatim', { 8: 15, 2: 20 }],
    ['lansia 10, yatim 5, 24 30', { 8: 10, 2: 5, 24: 30 }],
    ['lansia 10 dan lansia terlantar 5', { 8: 15 }],
    // Joined as people join them, or not joined at all.
    ['20 lansia terus 5 disabilitas', { 8: 20, 9: 5 }],
    ['20 lansia, terus 5 disabilitas', { 8: 20, 9: 5 }],
    ['20 lansia sama 5 fakir miskin', { 8: 20, 24: 5 }],
    ['20 lansia lalu 5 anak yatim', { 8: 20, 2: 5 }],
    ['20 lansia + 5 disabilitas', { 8: 20, 9: 5 }],
    ['20 lansia 5 disabilitas', { 8: 20, 9: 5 }],
    ['lansia 20 disabilitas 5', { 8: 20, 9: 5 }],
    ['sekitar 15an lansia', { 8: 15 }],
    ['dua belas lansia', { 8: 12 }],
    ['10 orang dengan hiv aids', { 16: 10 }],
  ])('%j → %j', (text, value) => {
    expect(parseBeneficiaries(text)).toEqual({ ok: true, value });
  });
});

describe('parseBeneficiaries: refused answers', () => {
  it.each([
    ['', 'not_understood'],
    ['8', 'not_understood'],
    ['lansia', 'not_understood'],
    ['banyak sekali', 'not_understood'],
    ['0 5', 'unknown_category'],
    ['27 5', 'unknown_category'],
    ['99 5', 'unknown_category'],
    ['kucing 5', 'not_pmks'],
    ['anak 5', 'not_pmks'],
    // Toddlers are PMKS only when neglected: a posyandu's "30 balita" are not (was code 1, "Anak balita terlantar").
    ['30 balita', 'not_neglected'],
    ['balita 9', 'not_neglected'],
    ['8 balita', 'not_neglected'],
    ['20 lansia, 30 balita', 'not_neglected'],
    // Residents in general are no PMKS category (was "category numbers go from 1 to 26").
    ['warga satu dusun sekitar 50 kk', 'not_pmks'],
    ['masyarakat umum 100', 'not_pmks'],
    ['8 0', 'bad_count'],
    ['8 200000', 'bad_count'],
    ['8 2.5', 'bad_count'],
    ['8 banyak', 'bad_count'],
    ['lansia 0', 'bad_count'],
    ['lansia 60000, lansia terlantar 50000', 'bad_count'],
    ['8 15, 27 3', 'unknown_category'],
  ])('%j → %s', (text, error) => {
    expect(parseBeneficiaries(text)).toEqual({ ok: false, error });
  });
});

describe('parseBeneficiaries: everyday words', () => {
  it.each([
    ['satu keluarga fakir miskin, isinya empat orang', { 24: 4 }],
    ['2 keluarga miskin (9 jiwa)', { 24: 9 }],
    ['dua keluarga fakir miskin, isinya 7 orang, 20 lansia', { 24: 7, 8: 20 }],
    ['dua puluh lima simbah', { 8: 25 }],
    // Sundanese "aya" (there are) and "urang"/"jalmi" (people): were "belum bisa membaca kategori dan jumlahnya".
    ['aya 25 lansia', { 8: 25 }],
    ['fakir miskin 10 urang', { 24: 10 }],
    ['aya 12 jalmi fakir miskin', { 24: 12 }],
  ])('%j → %j', (text, value) => {
    expect(parseBeneficiaries(text)).toEqual({ ok: true, value });
  });
});

describe('parseBeneficiaries: elderly at a health service', () => {
  const health = { ordinaryElderly: true } as const;
  it('are "lanjut usia terlantar" only when said so', () => {
    for (const text of ['25 lansia', 'lansia 25', 'dua puluh lima simbah', '8 lansia', '5 fakir miskin, 25 lansia']) {
      expect(parseBeneficiaries(text, health), text).toEqual({ ok: false, error: 'not_neglected_elderly' });
    }
    expect(parseBeneficiaries('25 lansia terlantar', health)).toEqual({ ok: true, value: { 8: 25 } });
    expect(parseBeneficiaries('8 25', health)).toEqual({ ok: true, value: { 8: 25 } });
    expect(parseBeneficiaries('3 disabilitas', health)).toEqual({ ok: true, value: { 9: 3 } });
    // Elsewhere (aid to the elderly) "lansia" is read as before.
    expect(parseBeneficiaries('25 lansia')).toEqual({ ok: true, value: { 8: 25 } });
  });
});

describe('parseBeneficiaries: names with -nya, and people of no category', () => {
  it.each([
    ['anak yatimnya cuma 4', { 2: 4 }],
    ['lansianya 20', { 8: 20 }],
  ])('%j → %j (was not_pmks)', (text, value) => {
    expect(parseBeneficiaries(text)).toEqual({ ok: true, value });
  });

  it.each([
    // A count then people no category names: not "the count must be a number" (bad_count), as if 3 were a code.
    ['3 janda', 'not_pmks'],
    ['15 dhuafa, 3 janda', 'not_pmks'],
    ['30 pengrajin', 'not_pmks'],
    ['8 banyak', 'bad_count'],
  ])('%j → %s', (text, error) => {
    expect(parseBeneficiaries(text)).toEqual({ ok: false, error });
  });
});

describe('beneficiariesBesidesOrdinary: people served as usual beside a PMKS category', () => {
  it('keeps the categories and says which ordinary people were left out', () => {
    expect(beneficiariesBesidesOrdinary('ada tiga puluh balita sama dua anak disabilitas')).toEqual({ counts: { 5: 2 }, left: 'not_neglected' });
    expect(beneficiariesBesidesOrdinary('25 lansia, 3 fakir miskin', { ordinaryElderly: true })).toEqual({ counts: { 24: 3 }, left: 'not_neglected_elderly' });
  });

  it('is null when nothing else was read, nothing was left out, or another part does not read', () => {
    expect(beneficiariesBesidesOrdinary('30 balita')).toBeNull();
    expect(beneficiariesBesidesOrdinary('20 lansia, 5 fakir miskin')).toBeNull();
    expect(beneficiariesBesidesOrdinary('30 balita, 3 janda')).toBeNull();
  });
});
