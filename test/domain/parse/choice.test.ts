import { describe, expect, it } from 'vitest';
import { ACTIVITY_CATEGORIES } from '../../../src/domain/model/activities.js';
import { GROUP_TYPES } from '../../../src/domain/model/group-types.js';
import { ACTIVITY_CATEGORY_WORDS, GROUP_TYPE_WORDS, RELATION_KIND_WORDS, choicesNamed, matchChoice } from '../../../src/domain/parse/choice.js';

const FRUIT = [
  { id: 'apple', words: ['apel', 'apple'] },
  { id: 'banana', words: ['pisang', 'banana'] },
  { id: 'orange', words: ['jeruk', 'jeruk manis', 'orange'] },
  { id: 'star', words: ['belimbing', 'starfruit'] },
] as const;

describe('matchChoice: generic rules', () => {
  it.each([
    ['1', 'apple'],
    ['2.', 'banana'],
    ['3)', 'orange'],
    ['no 3', 'orange'],
    ['No. 3', 'orange'],
    ['nomor 4', 'star'],
    ['#2', 'banana'],
    ['pisang', 'banana'],
    ['PISANG!!', 'banana'],
    ['  Jeruk  Manis ', 'orange'],
    ['jerukmanis', 'orange'],
    ['orange', 'orange'],
    ['jerk', 'orange'], // one deletion, 4 letters
    ['pisng', 'banana'],
    ['piasng', 'banana'], // one swap
    ['belimbng', 'star'],
    ['blimbimg', 'star'], // two edits, 8+ letters
    ['saya pilih pisang', 'banana'],
    ['jeruk manis dari kebun', 'orange'],
  ])('%j → %s', (text, id) => {
    expect(matchChoice(text, FRUIT)).toBe(id);
  });

  it.each([
    ['0'],
    ['5'],
    ['no 9'],
    [''],
    ['?!'],
    ['mangga'],
    ['apel pisang'], // two options named
    ['pis'], // too short for a typo
  ])('%j → null', (text) => {
    expect(matchChoice(text, FRUIT)).toBeNull();
  });

  it('returns null when a typo is equally close to two options', () => {
    const options = [
      { id: 'a', words: ['sarung'] },
      { id: 'b', words: ['sarang'] },
    ];
    expect(matchChoice('sarung', options)).toBe('a');
    expect(matchChoice('sarong', options)).toBeNull();
  });

  it('returns null when the same exact word belongs to two options', () => {
    const options = [
      { id: 'a', words: ['sama'] },
      { id: 'b', words: ['sama'] },
    ];
    expect(matchChoice('sama', options)).toBeNull();
  });

  it('prefers the longer phrase a shorter one sits in', () => {
    const options = [
      { id: 'child', words: ['anak korban kekerasan'] },
      { id: 'any', words: ['korban kekerasan'] },
    ];
    expect(matchChoice('bantuan anak korban kekerasan', options)).toBe('child');
    expect(matchChoice('bantuan korban kekerasan', options)).toBe('any');
  });

  it('matches the id itself', () => {
    expect(matchChoice('majelis_taklim', GROUP_TYPE_WORDS)).toBe('majelis_taklim');
  });
});

describe('GROUP_TYPE_WORDS', () => {
  it('lists every group type, in menu order', () => {
    expect(GROUP_TYPE_WORDS.map((option) => option.id)).toEqual([...GROUP_TYPES]);
  });

  it.each([
    ['1', 'arisan'],
    ['12', 'other'],
    ['arisan', 'arisan'],
    ['Arisan', 'arisan'],
    ['arsian', 'arisan'],
    ['arisan ibu-ibu RT 5', 'arisan'],
    ['majelis taklim', 'majelis_taklim'],
    ["majelis ta'lim", 'majelis_taklim'],
    ['majlis taklim', 'majelis_taklim'],
    ['pengajian', 'majelis_taklim'],
    ['pengajan ibu2', 'majelis_taklim'],
    ['yasinan', 'majelis_taklim'],
    ['tahlilan', 'majelis_taklim'],
    ['MT', 'majelis_taklim'],
    ['MT Al Hidayah', 'majelis_taklim'],
    ['karang taruna', 'karang_taruna'],
    ['karang taruna', 'karang_taruna'],
    ['karangtaruna', 'karang_taruna'],
    ['KT', 'karang_taruna'],
    ['karta', 'karang_taruna'],
    ['PKK', 'pkk'],
    ['tp pkk', 'pkk'],
    ['dasa wisma', 'dasa_wisma'],
    ['dasawisma', 'dasa_wisma'],
    ['dawis', 'dasa_wisma'],
    ['posyandu', 'posyandu'],
    ['posyandu lansia', 'posyandu'],
    ['kelompok tani', 'kelompok_tani'],
    ['kelompok tani makmur', 'kelompok_tani'],
    ['poktan', 'kelompok_tani'],
    ['gapoktan', 'kelompok_tani'],
    ['tani', 'kelompok_tani'],
    ['KWT', 'kelompok_tani'],
    ['kelompok nelayan', 'kelompok_nelayan'],
    ['nelayan', 'kelompok_nelayan'],
    ['rukun kematian', 'rukun_kematian'],
    ['kematian', 'rukun_kematian'],
    ['RK', 'rukun_kematian'],
    ['remaja masjid', 'remaja_masjid'],
    ['risma', 'remaja_masjid'],
    ['irmas', 'remaja_masjid'],
    ['remas', 'remaja_masjid'],
    ['paguyuban', 'paguyuban'],
    ['paguyuban warga perantau', 'paguyuban'],
    ['lainnya', 'other'],
    ['lain', 'other'],
    ['lain-lain', 'other'],
    ['other', 'other'],
  ])('%j → %s', (text, id) => {
    expect(matchChoice(text, GROUP_TYPE_WORDS)).toBe(id);
  });

  it.each(['arisan pkk', 'kelompok', '13', 'kerja bakti', 'apa itu'])('%j → null', (text) => {
    expect(matchChoice(text, GROUP_TYPE_WORDS)).toBeNull();
  });
});

describe('ACTIVITY_CATEGORY_WORDS', () => {
  it('lists every activity category, in menu order', () => {
    expect(ACTIVITY_CATEGORY_WORDS.map((option) => option.id)).toEqual([...ACTIVITY_CATEGORIES]);
  });

  it.each([
    ['1', 'santunan_anak_yatim'],
    ['santunan anak yatim', 'santunan_anak_yatim'],
    ['santunan', 'santunan_anak_yatim'],
    ['yatim', 'santunan_anak_yatim'],
    ['santunan yatim piatu', 'santunan_anak_yatim'],
    ['bantuan lansia', 'bantuan_lansia'],
    ['lansia', 'bantuan_lansia'],
    ['manula', 'bantuan_lansia'],
    ['santunan lansia', 'bantuan_lansia'],
    ['bedah rumah', 'bedah_rumah'],
    ['RTLH', 'bedah_rumah'],
    ['jimpitan', 'jimpitan'],
    ['iuran', 'jimpitan'],
    ['iuran sosial', 'jimpitan'],
    ['kerja bakti', 'kerja_bakti'],
    ['gotong royong', 'kerja_bakti'],
    ['gotong-royong', 'kerja_bakti'],
    ['kerjabakti', 'kerja_bakti'],
    ['gotong royog', 'kerja_bakti'],
    ['kerja bakti bersih selokan', 'kerja_bakti'],
    ['bantuan bencana', 'bantuan_bencana'],
    ['bencana', 'bantuan_bencana'],
    ['banjir', 'bantuan_bencana'],
    ['bantuan banjir', 'bantuan_bencana'],
    ['gempa', 'bantuan_bencana'],
    ['layanan kesehatan', 'layanan_kesehatan'],
    ['kesehatan', 'layanan_kesehatan'],
    ['posyandu', 'layanan_kesehatan'],
    ['posyandu lansia', 'layanan_kesehatan'],
    ['pendidikan', 'pendidikan'],
    ['sekolah', 'pendidikan'],
    ['beasiswa', 'pendidikan'],
    ['lainnya', 'lainnya'],
    ['9', 'lainnya'],
  ])('%j → %s', (text, id) => {
    expect(matchChoice(text, ACTIVITY_CATEGORY_WORDS)).toBe(id);
  });

  it.each(['10', 'bantuan', 'arisan', 'lansia dan yatim'])('%j → null', (text) => {
    expect(matchChoice(text, ACTIVITY_CATEGORY_WORDS)).toBeNull();
  });
});

describe('choicesNamed', () => {
  it('lists, in list order, every option whose words stand in the answer', () => {
    expect(choicesNamed('jeruk dan apel', FRUIT)).toEqual(['apple', 'orange']);
    expect(choicesNamed('jeruk manis', FRUIT)).toEqual(['orange']);
    expect(choicesNamed('durian', FRUIT)).toEqual([]);
    expect(choicesNamed('posyandu balita dan lansia', ACTIVITY_CATEGORY_WORDS)).toEqual(['bantuan_lansia', 'layanan_kesehatan']);
  });
});

describe('kinds of ties, in a leader\'s words', () => {
  const cases: ReadonlyArray<readonly [string, string | null]> = [
    ['kita sering rapat bareng tiap bulan', 'shared_meetings'],
    ['ada kas bersama', 'shared_fund'],
    ['pakai SK desa', 'formal_sk'],
    ['sudah ada MoU', 'formal_mou'],
    ['anggotanya sama kok', 'shared_members'],
    // Members of both said so: were "Yang saya perlukan: jenis hubungan dari tombol…", twice, then the menu offered.
    ['ada anggota kita yg jg anggota pkk', 'shared_members'],
    ['beberapa pengurus merangkap', 'shared_members'],
    ['anggotanya juga ikut karang taruna', 'shared_members'],
    ['3', 'shared_meetings'],
    // Two kinds at once is asked again, not guessed.
    ['rapat soal kas bersama', null],
  ];
  it.each(cases)('"%s" → %s', (text, kind) => {
    expect(matchChoice(text, RELATION_KIND_WORDS)).toBe(kind);
  });
});

describe('activity kinds in English', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['health check for elderly', 'layanan_kesehatan'],
    ['clean-up', 'kerja_bakti'],
    ['orphan donation', 'santunan_anak_yatim'],
    ['aid for the elderly', 'bantuan_lansia'],
    ['disaster relief', 'bantuan_bencana'],
    ['house repair', 'bedah_rumah'],
    ['tutoring', 'pendidikan'],
  ];
  it.each(cases)('"%s" → %s', (text, kind) => {
    expect(matchChoice(text, ACTIVITY_CATEGORY_WORDS)).toBe(kind);
  });
});
