/**
 * Residents' own words from the second walk: a
 * supposition ("kalo udah jadi wksbm dapet apa") searches no desa "Dapet", counts of WKSBM
 * in a place are counts, and a desa named in a yes/no question is offered to the lookup.
 */
import { describe, expect, it } from 'vitest';
import { readingLabel, understand } from '../../../src/domain/understanding/understand.js';
import { desaAskedAlreadyOrNot, desaAskedWhetherWksbm } from '../../../src/domain/understanding/desa-asked.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');
const label = (text: string) => readingLabel(understand(text, matcher, NOW).understood);

describe('residents in their own words', () => {
  it('reads all desa asked about as a count, every desa obliged as the compulsory question, vowels dropped as the words', () => {
    expect(understand('apakah semua desa sudah punya wksbm?', matcher, NOW).understood).toEqual({ kind: 'area_counts' });
    expect(understand('seluruh desa di bantul udah wksbm?', matcher, NOW).understood).toEqual({ kind: 'area_counts', query: 'bantul' });
    expect(label('apakah setiap desa harus punya wksbm?')).toBe('faq:mandatory');
    expect(label('gmna cra dftr klmpk')).toBe('faq:how_to_register');
  });

  it('reads "saya takmir masjid mau daftar" as a registration of a Lainnya "takmir masjid" (was not understood, then its type asked)', () => {
    for (const [text, kind] of [['saya takmir masjid mau daftar', 'takmir masjid'], ['mau daftar takmir masjid', 'takmir masjid'], ['DKM kami mau daftar', 'dkm']] as const) {
      const understood = understand(text, matcher, NOW).understood;
      expect(understood, text).toMatchObject({ kind: 'register', typeOther: kind });
      expect(understood, text).not.toHaveProperty('groupType');
    }
    // Whether it may join is a question on the members, not a registration; how to register it, the steps.
    expect(label('kalau takmir masjid bisa ikut wksbm gak?')).toBe('faq:member_groups');
    expect(label('dkm masjid bisa gabung wksbm?')).toBe('faq:member_groups');
    expect(label('kalo takmir masjid daftarnya gimana?')).toBe('faq:how_to_register');
    expect(label('kami takmir masjid al ikhlas mau daftar wksbm')).toBe('faq:how_to_register');
  });

  it('reads "kalo udah jadi wksbm dapet apa" as what it brings, not a desa called "Dapet"', () => {
    expect(label('kalo udah jadi wksbm dapet apa')).toBe('faq:benefits');
    expect(label('terus kalo udah jadi wksbm dapet apa')).toBe('faq:benefits');
    // Asked whether it already is, it stays a status question.
    expect(understand('kalo desa saya udah wksbm belum?', matcher, NOW).understood).toMatchObject({ kind: 'status', mine: true });
  });

  it('counts WKSBM in a place named ("jumlah wksbm di sleman berapa")', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['jumlah wksbm di sleman berapa', 'sleman'],
      ['wksbm di jogja ada brp', 'jogja'],
      ['how many wksbm villages in bantul', 'bantul'],
      ['ing bantul wonten pinten desa ingkang sampun WKSBM?', 'bantul'],
    ];
    for (const [text, query] of cases) expect(understand(text, matcher, NOW).understood, text).toEqual({ kind: 'area_counts', query });
    // Another question about WKSBM in a place is no count.
    expect(label('berapa biaya wksbm di kantor desa')).toBe('faq:cost');
  });

  it('searches only the desa in krama "panggungharjo pripun, sampun wksbm dereng?"', () => {
    expect(understand('panggungharjo pripun, sampun wksbm dereng?', matcher, NOW).understood).toMatchObject({ kind: 'status', query: 'panggungharjo' });
  });

  it('searches only the desa in "saya dari desa sinduadi, kira2 desa saya udah termasuk belum ya" (was "dari sinduadi kira kira termasuk")', () => {
    expect(understand('saya dari desa sinduadi, kira2 desa saya udah termasuk belum ya', matcher, NOW).understood).toMatchObject({ kind: 'status', query: 'sinduadi' });
  });

  it('reads "kenapa desa saya belum wksbm padahal udah ada pkk" as why groups do not count yet (was a search for "padahal ada pkk")', () => {
    expect(label('kenapa desa saya belum wksbm padahal udah ada pkk')).toBe('faq:not_counted');
  });

  it('answers "terus kalo kelompoknya cuma 2?" with the minimum (was "belum paham")', () => {
    expect(label('terus kalo kelompoknya cuma 2?')).toBe('faq:minimum');
  });

  it('answers Minang "ambo nak batanyo, a tu wksbm?" with the definition (was "belum paham")', () => {
    expect(label('ambo nak batanyo, a tu wksbm?')).toBe('faq:definition');
  });
});

describe('residents in their own words, third walk', () => {
  it('searches only the desa in Javanese "ngestiharjo status e piye" (was "ngestiharjo e")', () => {
    expect(understand('ngestiharjo status e piye', matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query: 'ngestiharjo' });
  });

  it('reads the own desa in "desa saya sudah ada wksbm belum", "… masuk wksbm", "gimana cara cek status desa saya" (were searches for "ada", "masuk", "cara")', () => {
    for (const text of [
      'desa saya sudah ada wksbm belum', 'desa saya apa sudah masuk wksbm', 'desa saya sudah punya wksbm belum', 'wksbm di desaku wis ono durung',
      'gimana cara cek status desa saya', 'gimana cara ngecek desa saya', 'how do i check my village',
    ]) {
      expect(understand(text, matcher, NOW).understood, text).toEqual({ kind: 'status', mine: true });
    }
    expect(understand('apa di desa sinduadi sudah ada wksbm', matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query: 'sinduadi' });
    expect(understand('desa sinduadi udah masuk wksbm belum', matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query: 'sinduadi' });
    // Checking something else than a desa stays a question.
    expect(label('cara cek kegiatan saya')).not.toBe('status');
  });

  it('reads "… udah wksbm atau belum", "ato blm", "apa belum" as the question, not a desa called "atau" (was a search for "ato")', () => {
    for (const text of [
      'desa saya udah wksbm atau belum', 'desa gw udh wksbm ato blm', 'gmn cara ngecek desa gw udh wksbm ato blm', 'gimana cara cek desa saya sudah wksbm apa belum',
      'desaku wis wksbm opo durung',
    ]) {
      expect(understand(text, matcher, NOW).understood, text).toEqual({ kind: 'status', mine: true });
    }
    expect(understand('desa sidoarum udh wksbm ato blm?', matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query: 'sidoarum' });
  });

  it('reads "mw", "ap", "spa" typed in a hurry as "mau", "apa", "siapa" (were a search for "mw ap", and "belum paham")', () => {
    expect(understand('klo mw ngecek desa sy udh masuk wksbm ap blm caranya gmn', matcher, NOW).understood).toEqual({ kind: 'status', mine: true });
    expect(label('yg boleh gabung spa aj')).toBe('faq:member_groups');
    expect(label('spa aja yg boleh ikut')).toBe('faq:member_groups');
    expect(label('wksbm tu ap sih')).toBe('faq:definition');
  });

  it('answers money asked in Javanese and "is it paid?" (were the steps for a desa not yet one, and "belum paham")', () => {
    expect(label('nek melu wksbm oleh duit ora?')).toBe('faq:funding');
    expect(label('entuk duit ora nek melu?')).toBe('faq:funding');
    expect(label('is it paid?')).toBe('faq:cost');
  });

  it('answers "bedanya rintisan sama aktif" and "level desa ada apa aja" with the levels (were searches for desa "bedanya rintisan", "aja")', () => {
    for (const text of ['bedanya rintisan sama aktif', 'bedane rintisan karo tumbuh opo', 'apa bedanya level tumbuh dan aktif', 'level desa ada apa aja', 'difference between rintisan and aktif']) {
      expect(label(text), text).toBe('faq:levels');
    }
    // A desa named, or one's own, is still its status.
    expect(understand('level desa sinduadi apa', matcher, NOW).understood).toEqual({ kind: 'status', mine: false, query: 'sinduadi' });
    expect(understand('status desa saya apa aja', matcher, NOW).understood).toEqual({ kind: 'status', mine: true });
  });

  it('answers "is wksbm mandatory?" in English (was answered in Indonesian)', () => {
    expect(understand('is wksbm mandatory?', matcher, NOW)).toMatchObject({ understood: { kind: 'faq', topic: 'mandatory' }, language: 'en' });
  });
});

describe('a desa perhaps named in a yes/no question about being a WKSBM', () => {
  it('offers the name to the lookup', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['Timbulharjo wksbm gak?', 'timbulharjo'],
      ['di sidomulyo ada wksbm nya gak', 'sidomulyo'],
      ['caturtunggal termasuk wksbm ga', 'caturtunggal'],
      ['caturtunggal depok sleman termasuk wksbm?', 'caturtunggal depok sleman'],
      ['ada wksbm di ngestiharjo?', 'ngestiharjo'],
    ];
    for (const [text, words] of cases) {
      expect(desaAskedWhetherWksbm(text, matcher), text).toBe(words);
      expect(understand(text, matcher, NOW).desaAsked, text).toBe(words);
    }
  });

  it('never takes the words of a question for a desa', () => {
    for (const text of ['wksbm wajib gak?', 'wksbm gratis gak?', 'wksbm gampang gak?', 'bantul wksbm gak?', 'apa itu wksbm', 'wksbm penting gak', 'wksbm itu lembaga resmi bukan?']) {
      expect(desaAskedWhetherWksbm(text, matcher), text).toBeNull();
    }
  });
});

describe('a desa named bare before "already … not yet?"', () => {
  // "cipete udh blm?": no word for desa and no "wksbm" (was not understood); the menu looks the words up.
  it('offers the leading words as a desa to look up', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['cipete udh blm?', 'cipete'],
      ['panggungharjo wes durung?', 'panggungharjo'],
      ['sidoarum udah apa belum min', 'sidoarum'],
      ['sidoarum tos teu acan?', 'sidoarum'],
      ['panggungharjo sampun dereng?', 'panggungharjo'],
      ['panggungharjo already or not yet?', 'panggungharjo'],
      ['caturtunggal depok udh blm', 'caturtunggal depok'],
      ['kalo cipete udh blm?', 'cipete'],
    ];
    for (const [text, words] of cases) {
      expect(desaAskedAlreadyOrNot(text, matcher), text).toBe(words);
      expect(understand(text, matcher, NOW).desaAsked, text).toBe(words);
    }
  });

  it('never takes a question\'s words, or a name after other words, for a desa', () => {
    for (const text of [
      'verifikasi udah belum?', 'kegiatan udah blm?', 'pendaftaran sdh blm?', 'cipete udh', 'cipete blm?', 'udh blm cipete?',
      'saya udah daftar belum?', 'kelompok saya udah diverifikasi belum?', 'cipete gimana udh blm?', 'abc udh blm?',
    ]) {
      expect(desaAskedAlreadyOrNot(text, matcher), text).toBeNull();
    }
  });
});
