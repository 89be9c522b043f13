/** A person's name and phone in one answer, as the ketua and an officer type it (domain/parse/name-phone.ts). */
import { describe, expect, it } from 'vitest';
import { parseNameAndPhone } from '../../../src/domain/parse/name-phone.js';

describe('parseNameAndPhone', () => {
  it('reads a name with or without a phone, in either order', () => {
    expect(parseNameAndPhone('Tono Sugiarto 0812 3456 7890')).toEqual({ ok: true, value: { name: 'Tono Sugiarto', phone: '+6281234567890' } });
    expect(parseNameAndPhone('0812-3456-7890 Tono Sugiarto')).toEqual({ ok: true, value: { name: 'Tono Sugiarto', phone: '+6281234567890' } });
    expect(parseNameAndPhone('Tono Sugiarto')).toEqual({ ok: true, value: { name: 'Tono Sugiarto', phone: null } });
    expect(parseNameAndPhone('nama saya Tono Sugiarto, hp 0812 3456 7890')).toEqual({ ok: true, value: { name: 'Tono Sugiarto', phone: '+6281234567890' } });
  });

  it('keeps only the name after an introduction, as typed (was "bernama Budi", "I\'m Wulan" whole)', () => {
    const cases: ReadonlyArray<readonly [string, string, string | null]> = [
      ['saya bernama Budi', 'Budi', null],
      ['perkenalkan, saya Budi', 'Budi', null],
      ['perkenalkan, saya bernama bambang wijaya 0812 3456 7891', 'bambang wijaya', '+6281234567891'],
      ['dengan Budi', 'Budi', null],
      ["I'm Wulan", 'Wulan', null],
      ['Wulan here', 'Wulan', null],
      ['my name is wulan sari', 'wulan sari', null],
    ];
    for (const [text, name, phone] of cases) expect(parseNameAndPhone(text), text).toEqual({ ok: true, value: { name, phone } });
    // A name that only looks like an introduction's word stays whole.
    expect(parseNameAndPhone('Dengan')).toEqual({ ok: true, value: { name: 'Dengan', phone: null } });
  });

  it('stops the name at a remark that the number comes later, and says so', () => {
    expect(parseNameAndPhone('ketuanya mas bagus, nomornya nanti sy tanya dulu ya')).toEqual({ ok: true, value: { name: 'mas bagus', phone: null, phoneLater: true } });
    expect(parseNameAndPhone('Bu Sri, no hp blm tau')).toEqual({ ok: true, value: { name: 'Bu Sri', phone: null, phoneLater: true } });
    expect(parseNameAndPhone('Pak Budi hpnya menyusul')).toEqual({ ok: true, value: { name: 'Pak Budi', phone: null, phoneLater: true } });
    // Labels alone, or a name after a comma, are read as before.
    expect(parseNameAndPhone('Pak Budi, wa')).toEqual({ ok: true, value: { name: 'Pak Budi', phone: null } });
    expect(parseNameAndPhone('Bu Sri, hp nya 0812 3456 7890')).toEqual({ ok: true, value: { name: 'Bu Sri', phone: '+6281234567890' } });
  });

  it('takes no yes, join choice or greeting for a name', () => {
    for (const text of ['nggih gabung', 'iya', 'ya mas', 'oke', 'gabung', 'halo min', 'selamat pagi', 'assalamualaikum', 'makasih']) {
      expect(parseNameAndPhone(text), text).toEqual({ ok: false, error: 'needs_name' });
    }
    // Names that hold such a word stay names.
    for (const text of ['Pak Selamat', 'Abdul Salam', 'mas Bagus', 'Bu Ani']) {
      expect(parseNameAndPhone(text), text).toEqual({ ok: true, value: { name: text, phone: null } });
    }
  });

  it('gives error codes, not texts: no name, or a number that is no phone', () => {
    expect(parseNameAndPhone('081234567890')).toEqual({ ok: false, error: 'needs_name' });
    expect(parseNameAndPhone('hp 081234567890')).toEqual({ ok: false, error: 'needs_name' });
    expect(parseNameAndPhone('Tono +1 415 555 2671')).toEqual({ ok: false, error: 'not_indonesian' });
    // A mobile number cut short after the name is no part of it (was the ketua "Joko 0812", the walk of 7 December).
    for (const text of ['Pak Joko 0812', 'Bu Sri 08123', 'Tono +62 812', 'Wulan 62812']) {
      expect(parseNameAndPhone(text), text).toEqual({ ok: false, error: 'not_a_phone' });
    }
    // Other numbers after a name stay in it: an RT's, a year's.
    expect(parseNameAndPhone('Ketua RT 07')).toEqual({ ok: true, value: { name: 'Ketua RT 07', phone: null } });
    // "08" is an RT's number too, not a mobile begun ("Pak RT 08" could not be saved).
    for (const text of ['Pak RT 08', 'Ketua RW 08', 'Pak Budi, ketua RT 08']) expect(parseNameAndPhone(text), text).toMatchObject({ ok: true });
  });

  it('reads the name after "namanya" and the phone before a remark on it (were all one name, the phone asked)', () => {
    expect(parseNameAndPhone('ketuanya bu RT, namanya bu Wartini, nomernya 0878-1234-9876 tapi jarang aktif wa nya')).toEqual({
      ok: true,
      value: { name: 'bu Wartini', phone: '+6287812349876' },
    });
    expect(parseNameAndPhone('Pak Budi 0812 3456 7890 tapi wa nya jarang aktif')).toEqual({ ok: true, value: { name: 'Pak Budi', phone: '+6281234567890' } });
    // A remark with a number in it is not cut: the number is read as before.
    expect(parseNameAndPhone('Pak Budi 0812 3456 7890 tapi kalau malam 0857 1111 2222')).not.toEqual({ ok: true, value: { name: 'Pak Budi', phone: '+6281234567890' } });
  });

  it('leaves the chat particles after a name out of it (were kept: "Tini Aja Deh", "Endang Sulastri aja")', () => {
    const cases: ReadonlyArray<readonly [string, string, string | null]> = [
      ['bu Tini aja deh', 'bu Tini', null],
      ['Endang Sulastri aja', 'Endang Sulastri', null],
      ['Pak Budi ya 0812 3456 7890', 'Pak Budi', '+6281234567890'],
      ['mas Dimas dong, 0812 3456 7890', 'mas Dimas', '+6281234567890'],
      ['Sri Wahyuni saja nih', 'Sri Wahyuni', null],
    ];
    for (const [text, name, phone] of cases) expect(parseNameAndPhone(text), text).toEqual({ ok: true, value: { name, phone } });
    // A title with only such a word after it has no name to keep: as typed.
    expect(parseNameAndPhone('Pak Sih')).toEqual({ ok: true, value: { name: 'Pak Sih', phone: null } });
  });
});

