/** The ketua's answer as people type it: the name and phone, whatever labels and order they use. */
import { describe, expect, it } from 'vitest';
import { readKetua, readPhone } from '../../../src/domain/groups/group-answers.js';

const read = (text: string) => readKetua({ type: 'text', text });

describe('readKetua', () => {
  it('keeps the name without the labels typed around it', () => {
    const cases: Array<[string, string, string | null]> = [
      ['Siti Aminah 0812-2745-6789', 'Siti Aminah', '+6281227456789'],
      ['bu Sri Wahyuni, hp nya 0812 3456 7890', 'Sri Wahyuni', '+6281234567890'],
      ['Sri Wahyuni (0812-3456-7890)', 'Sri Wahyuni', '+6281234567890'],
      ['Sri Wahyuni no hp 081234567890', 'Sri Wahyuni', '+6281234567890'],
      ['Sri Wahyuni, WA: 0812 3456 7890', 'Sri Wahyuni', '+6281234567890'],
      ['Sri Wahyuni, wa 081234567890', 'Sri Wahyuni', '+6281234567890'],
      ['ketuanya pak Budi, nomornya 08123456789', 'Budi', '+628123456789'],
      ['Nama: Sri Wahyuni, HP: 081234567890', 'Sri Wahyuni', '+6281234567890'],
      ['Sri Wahyuni telp 0274 123456', 'Sri Wahyuni', '+62274123456'],
      ['Nama: Sri Wahyuni', 'Sri Wahyuni', null],
      ['saya sendiri mas, Bayu Pratama. hp 0857 4321 8765', 'Bayu Pratama', '+6285743218765'],
      ['Mas Joko 0813 3333 4444', 'Joko', '+6281333334444'],
    ];
    for (const [text, name, phone] of cases) expect(read(text), text).toEqual({ ok: true, value: { name, phone } });
  });

  it('drops the words people put before a name: "a.n.", "atas nama", "namanya", "ketuanya adalah", and the Bu or Pak before the name, as an officer name is kept', () => {
    const cases: Array<[string, string, string | null]> = [
      ['a.n. Bu Euis', 'Euis', null],
      ['a/n Bu Euis', 'Euis', null],
      ['an. Bu Euis 0812 3456 7890', 'Euis', '+6281234567890'],
      ['atas nama Bu Euis', 'Euis', null],
      ['namanya Bu Euis', 'Euis', null],
      ['ketuanya adalah Bu Euis', 'Euis', null],
      ['ketua nya bu Euis', 'Euis', null],
      ['yaitu Pak Darto', 'Darto', null],
      ['ketuanya pak Darto 0812 3456 7890', 'Darto', '+6281234567890'],
    ];
    for (const [text, name, phone] of cases) expect(read(text), text).toEqual({ ok: true, value: { name, phone } });
  });

  it('leaves out a role typed after the name: "kader posyandu", "ketua RT 03", "pengurus", "sekretaris"', () => {
    const cases: Array<[string, string, string | null]> = [
      ['saya Bu Ani, kader posyandu', 'Ani', null],
      ['saya bu ani, kader posyandu 0812 3456 7890', 'Ani', '+6281234567890'],
      ['Bu Ani kader posyandu 0812 3456 7890', 'Ani', '+6281234567890'],
      ['Pak Budi, ketua RT 03', 'Budi', null],
      ['Pak Budi ketua RT 03 0812 3456 7890', 'Budi', '+6281234567890'],
      ['Sri Wahyuni (pengurus)', 'Sri Wahyuni', null],
      ['Sri Wahyuni sekretaris, hp 0812 3456 7890', 'Sri Wahyuni', '+6281234567890'],
      ['Bu Sri bendaharanya', 'Sri', null],
      ['Bu Ani selaku wakil ketua', 'Ani', null],
      ['Pak Harjo sebagai pengurus karang taruna', 'Harjo', null],
    ];
    for (const [text, name, phone] of cases) expect(read(text), text).toEqual({ ok: true, value: { name, phone } });
  });

  it('leaves out a role typed before the name and a comma: "bu lurah, bu Endang Sulastri", "pak RT, Pak Darto", "kader, bu Ani"', () => {
    const cases: Array<[string, string, string | null]> = [
      ['bu lurah, bu Endang Sulastri 0857 1234 5678', 'Endang Sulastri', '+6285712345678'],
      ['pak RT, Pak Darto', 'Darto', null],
      ['pak RT 03, Pak Darto 0812 3456 7890', 'Darto', '+6281234567890'],
      ['kader, bu Ani', 'Ani', null],
      ['kader posyandu, bu Ani 0812 3456 7890', 'Ani', '+6281234567890'],
      ['bu kades, bu Sri Wahyuni', 'Sri Wahyuni', null],
      ['kepala desa, Pak Budi Santoso', 'Budi Santoso', null],
    ];
    for (const [text, name, phone] of cases) expect(read(text), text).toEqual({ ok: true, value: { name, phone } });
    // A degree or a place after a name's comma is no name: the whole is kept (was "A.Md.Keb", "Posyandu Mawar").
    for (const text of ['Bidan Sari, A.Md.Keb', 'Guru Budi, S.Pd', 'Kader Ani, Posyandu Mawar', 'Pak Kadus Joko, Dusun Krajan']) {
      expect(read(text), text).toMatchObject({ ok: true, value: { phone: null } });
      expect(read(text).ok && (read(text) as { value: { name: string } }).value.name, text).not.toMatch(/^(A\.Md|S\.Pd|Posyandu|Dusun)/u);
    }
    // Nothing but a label after the comma: the role is all that was typed, kept as typed.
    expect(read('pak RT, hp 0812 3456 7890')).toEqual({ ok: true, value: { name: 'pak RT', phone: '+6281234567890' } });
  });

  it('keeps a role word that is all there is before the name, or follows only a title: "Ketua RT 07", "Bu Ketua", "Ibu Kader Sari"', () => {
    expect(read('Ketua RT 07')).toEqual({ ok: true, value: { name: 'Ketua RT 07', phone: null } });
    expect(read('Bu Ketua 0812 3456 7890')).toEqual({ ok: true, value: { name: 'Bu Ketua', phone: '+6281234567890' } });
    expect(read('Ibu Kader Sari')).toEqual({ ok: true, value: { name: 'Ibu Kader Sari', phone: null } });
  });

  it('refuses a year typed for the name ("berdiri tahun 2012"), but keeps a phone\'s digits and an RT\'s number', () => {
    for (const text of ['berdiri tahun 2012', 'founded in 2012', 'tahun 2012', 'sejak 1998', '2012', 'Bu Sri 2015']) {
      expect(read(text), text).toEqual({ ok: false, reason: expect.objectContaining({ key: 'groups:register.ketuaIsYear' }) });
    }
    expect(read('Ketua RT 07 0812 2012 3456')).toEqual({ ok: true, value: { name: 'Ketua RT 07', phone: '+6281220123456' } });
  });

  it('refuses a count of people typed for the name ("about 30 people" was kept as the chair "About 30 People")', () => {
    for (const text of ['about 30 people', '30 orang', 'sekitar 25 ibu-ibu', 'anggotanya 30', '30']) {
      expect(read(text), text).toEqual({ ok: false, reason: expect.objectContaining({ key: 'groups:register.ketuaIsCount' }) });
    }
    expect(read('Ketua RT 07')).toEqual({ ok: true, value: { name: 'Ketua RT 07', phone: null } });
    expect(read('Bu Ketua 0812 3456 7890')).toEqual({ ok: true, value: { name: 'Bu Ketua', phone: '+6281234567890' } });
  });

  it('reads the phone typed before the name', () => {
    expect(read('081234567890 Sri Wahyuni')).toEqual({ ok: true, value: { name: 'Sri Wahyuni', phone: '+6281234567890' } });
    expect(read('0812 3456 7890, Pak Budi')).toEqual({ ok: true, value: { name: 'Budi', phone: '+6281234567890' } });
  });

  it('keeps names that only look like labels', () => {
    expect(read('Pak No 081234567890')).toEqual({ ok: true, value: { name: 'Pak No', phone: '+6281234567890' } });
    expect(read('Mbah Wa')).toEqual({ ok: true, value: { name: 'Mbah Wa', phone: null } });
    expect(read('Ketua RT 07 081234567890')).toEqual({ ok: true, value: { name: 'Ketua RT 07', phone: '+6281234567890' } });
  });

  it('asks for the name when only a label and a number came', () => {
    expect(read('hp 081234567890')).toEqual({ ok: false, reason: { key: 'groups:register.ketuaNeedsName' } });
  });

  it('reads a phone typed with its label at the phone question', () => {
    expect(readPhone({ type: 'text', text: 'nomornya 0813-9000-1122' })).toEqual({ ok: true, value: '+6281390001122' });
    expect(readPhone({ type: 'text', text: 'HP: 0813 9000 1122' })).toEqual({ ok: true, value: '+6281390001122' });
    expect(readPhone({ type: 'text', text: 'belum punya' }).ok).toBe(false);
  });
});
