/**
 * A change to one's group said in words (../../../src/domain/groups/change-said.ts): a new ketua
 * told as news without "jadi" ("ketua kami skrg ganti mas Rizky …"), and the group a change
 * names ("ganti nama kelompok tunas muda jadi …").
 */
import { describe, expect, it } from 'vitest';
import { fieldAndValue, fieldWithPlainValue, isChangeWithoutVerb, isGroupChangeSaid } from '../../../src/domain/groups/change-said.js';
import { readSummaryCorrection } from '../../../src/domain/groups/summary-correction.js';

describe('fieldAndValue', () => {
  it('reads a new ketua told as news with ganti, diganti or dipegang, as with jadi (was the FAQ)', () => {
    const value = 'mas Rizky Aditya 0878 1122 3344';
    for (const text of [
      `ketua kami skrg ganti ${value}`,
      `ketua kami sekarang ganti ${value}`,
      `ketua kami sekarang diganti ${value}`,
      `ketua kami sekarang dipegang ${value}`,
      `ketuanya sekarang dipegang oleh ${value}`,
      `ketua kami sekarang jadi ${value}`,
    ]) {
      expect(fieldAndValue(text), text).toEqual({ field: 'ketuaName', value });
      expect(isGroupChangeSaid(text), text).toBe(true);
    }
    expect(fieldAndValue('ketua kami diganti Bu Sri')).toEqual({ field: 'ketuaName', value: 'Bu Sri' });
    expect(fieldAndValue('hp ketua skrg ganti 0812 3456 7890')).toEqual({ field: 'ketuaPhone', value: '0812 3456 7890' });
  });

  it('reads no change where ganti or diganti tells something else', () => {
    for (const text of [
      'ketua ganti tiap tahun',
      'ketua kami diganti bulan depan',
      'anggota kami diganti 2 orang',
      'ketua diganti bisa ga',
      'ketua kami skrg ganti mas Rizky?',
      'mau ganti ketua',
      'hp ketua ganti baru',
    ]) {
      expect(fieldAndValue(text), text).toBeNull();
      expect(isGroupChangeSaid(text), text).toBe(false);
    }
  });

  it('keeps the words that name which group the change is for', () => {
    expect(fieldAndValue('ganti nama kelompok tunas muda jadi Karang Taruna Tunas Muda Panggungharjo')).toEqual({
      field: 'name',
      value: 'Karang Taruna Tunas Muda Panggungharjo',
      group: 'tunas muda',
    });
    expect(fieldAndValue('ubah jumlah anggota pkk jadi 40')).toEqual({ field: 'members', value: '40', group: 'pkk' });
    // The field's own words and the words around it name no group.
    expect(fieldAndValue('ganti nama kelompok kami jadi Arisan Melati')).toEqual({ field: 'name', value: 'Arisan Melati' });
    expect(fieldAndValue('ubah nomor hp ketua jadi 0812 3456 7890')).toEqual({ field: 'ketuaPhone', value: '0812 3456 7890' });
    expect(fieldAndValue('anggota kelompok kami sekarang nambah jadi 35 orang')).toEqual({ field: 'members', value: '35 orang' });
  });

  it('keeps a group named before a new ketua addressed out of the ketua\'s name (was ketua "Posyandu Anggrek Skrg Bu Sri")', () => {
    expect(fieldAndValue('ketua posyandu anggrek skrg bu sri 0857 1234 5678')).toEqual({ field: 'ketuaName', value: 'bu sri 0857 1234 5678', group: 'posyandu anggrek' });
    expect(fieldAndValue('ketua karang taruna sekarang mas Rizky')).toEqual({ field: 'ketuaName', value: 'mas Rizky', group: 'karang taruna' });
    // No group named: the ketua as before, without "sekarang" (was the ketua "Sekarang Bu Sri" with her phone).
    expect(fieldAndValue('ketuanya sekarang bu Sri 0857 1234 5678')).toEqual({ field: 'ketuaName', value: 'bu Sri 0857 1234 5678' });
    expect(readSummaryCorrection('ketuanya skrg bu Sri 0857 1234 5678')).toEqual({ field: 'ketuaName', value: 'bu Sri 0857 1234 5678' });
  });

  it('names the group past a field typed with a slip, or named before its field, and none in "the chair is now …" (were "which group?" and the FAQ)', () => {
    // A field's word with a slip is no group's word (was group "anggtoa posyandu anggrek").
    expect(fieldAndValue('anggtoa posyandu anggrek jd 22')).toEqual({ field: 'members', value: '22', group: 'posyandu anggrek' });
    expect(fieldAndValue('anggtoa posyandu anggrek sari jd 22')).toEqual({ field: 'members', value: '22', group: 'posyandu anggrek sari' });
    expect(fieldAndValue('posyandu anggrek anggotanya 22')).toEqual({ field: 'members', value: '22', group: 'posyandu anggrek' });
    expect(fieldAndValue('karang taruna tunas muda ketuanya sekarang mas Dimas')).toEqual({ field: 'ketuaName', value: 'mas Dimas', group: 'karang taruna tunas muda' });
    // English: "is now" is no part of the new ketua's name, "now" no group (were the name "is now Mrs Sri", the group "now").
    expect(fieldAndValue('the leader is now Mrs Sri 0857 1111 3333')).toEqual({ field: 'ketuaName', value: 'Mrs Sri 0857 1111 3333' });
    expect(fieldAndValue('the chair is now Bu Sri 0857 1111 3333')).toEqual({ field: 'ketuaName', value: 'Bu Sri 0857 1111 3333' });
    // Words naming no kind of group before the field: no change (a question).
    expect(fieldAndValue('minimal anggotanya 10')).toBeNull();
  });
});

describe('changes said in chat shorthand', () => {
  it('reads "jd" for "jadi", a field with "-nya", and a new ketua after "ganti, skrg" (were asked again, the value lost)', () => {
    expect(fieldAndValue('ganti nama jd posyandu melati 2')).toEqual({ field: 'name', value: 'posyandu melati 2' });
    expect(fieldAndValue('anggota skrg jd tiga puluh')).toEqual({ field: 'members', value: 'tiga puluh' });
    expect(fieldAndValue('jadwalnya ganti jadi malam senin')).toEqual({ field: 'schedule', value: 'malam senin' });
    expect(fieldAndValue('ketuanya ganti, skrg mbak dewi')).toEqual({ field: 'ketuaName', value: 'mbak dewi' });
  });
});

describe('news naming the group at length', () => {
  it('reads the members or the ketua with a group\'s name of several words (was the FAQ\'s "belum paham")', () => {
    expect(fieldAndValue('anggota mt nurul iman skrg jadi 40 orang')).toEqual({ field: 'members', value: '40 orang', group: 'mt nurul iman' });
    // Counted in the words "anggotanya …" reads (Javanese 11, 21, 14 too; were no change).
    expect(fieldAndValue('anggota pkk sekar arum saiki dadi sewelas')).toEqual({ field: 'members', value: 'sewelas', group: 'pkk sekar arum' });
    expect(fieldAndValue('anggota kelompok tani ngudi makmur dadi selikur wong')).toEqual({ field: 'members', value: 'selikur wong', group: 'tani ngudi makmur' });
    expect(fieldAndValue('anggota mt nurul iman skrg jadi patbelas')).toEqual({ field: 'members', value: 'patbelas', group: 'mt nurul iman' });
    expect(fieldAndValue('ketua karang taruna tunas muda jadi mas Rizky')).toEqual({ field: 'ketuaName', value: 'mas Rizky', group: 'karang taruna tunas muda' });
    expect(fieldAndValue('anggota kelompok tani sido makmur jadi relawan bencana')).toBeNull();
    expect(fieldAndValue('ketua karang taruna tunas muda jadi panitia lomba')).toBeNull();
  });
});

describe('fieldWithPlainValue', () => {
  it('reads an RT/RW said as a change without a verb', () => {
    expect(fieldWithPlainValue('rt/rw nya pindah ke rt 2 rw 3')).toEqual({ field: 'unit', value: 'rt 2 rw 3' });
    expect(fieldWithPlainValue('anggotanya 30')).toEqual({ field: 'members', value: '30' });
  });

  it('reads nothing where the value is not plainly the field\'s', () => {
    for (const text of ['rt', 'rw nya berapa?', 'anggota kami banyak', 'ketua kami baik', 'jadwal', 'no 2']) {
      expect(fieldWithPlainValue(text), text).toBeNull();
    }
  });
});

describe('a field said wrong, or with a plain value, with no "jadi"', () => {
  it('reads the right value after "sebenarnya", "harusnya", "salah, yang benar", "bukan … tapi", and the group named between (were no change)', () => {
    expect(fieldAndValue('jumlah anggota posyandu anggrek sebenarnya 8 orang')).toEqual({ field: 'members', value: '8 orang', group: 'posyandu anggrek' });
    expect(fieldAndValue('jumlah anggota posyandu anggrek bukan 25 tapi 8')).toEqual({ field: 'members', value: '8', group: 'posyandu anggrek' });
    expect(fieldAndValue('anggotanya salah, yang benar 8')).toEqual({ field: 'members', value: '8' });
    // The value said wrong before the right one names no group.
    expect(fieldAndValue('jumlah anggota kok 25, harusnya 8')).toEqual({ field: 'members', value: '8' });
    expect(fieldAndValue('anggotane sakjane wolu')).toEqual({ field: 'members', value: 'wolu' });
    expect(fieldAndValue('the members should be 8')).toEqual({ field: 'members', value: '8' });
    // The members said as what the group has (English has no field-first way to say it).
    expect(fieldAndValue('actually we have 20 members')).toEqual({ field: 'members', value: '20' });
    expect(fieldAndValue('we now have 20 members')).toEqual({ field: 'members', value: '20' });
    expect(fieldAndValue('our group has 20 members now')).toEqual({ field: 'members', value: '20' });
    expect(fieldAndValue("we've got 20 members")).toEqual({ field: 'members', value: '20' });
    expect(fieldAndValue('kami punya 20 anggota')).toEqual({ field: 'members', value: '20' });
    expect(fieldAndValue('we have many members')).toBeNull();
    expect(fieldAndValue('we have 20 members and 3 kader')).toBeNull();
    expect(fieldAndValue('ketuanya sebenarnya Bu Sri')).toEqual({ field: 'ketuaName', value: 'Bu Sri' });
    expect(fieldAndValue('nomor hp ketua yang benar 081234567890')).toEqual({ field: 'ketuaPhone', value: '081234567890' });
    // The value it is not said after, the wrong word said first, "kader" and "cacah anggota" for the members.
    expect(fieldAndValue('jumlah anggota harusnya 8 bukan 25')).toEqual({ field: 'members', value: '8' });
    expect(fieldAndValue('anggota 8 orang bukan 25')).toEqual({ field: 'members', value: '8 orang' });
    expect(fieldAndValue('salah min, anggotanya 8')).toEqual({ field: 'members', value: '8' });
    expect(fieldAndValue('harusnya anggotanya 8')).toEqual({ field: 'members', value: '8' });
    expect(fieldAndValue('kader nya cuma 8')).toEqual({ field: 'members', value: 'cuma 8' });
    expect(fieldAndValue('cacah anggotane 8')).toEqual({ field: 'members', value: '8' });
    expect(fieldAndValue('the member count is actually 8')).toEqual({ field: 'members', value: '8' });
    // "ustadz" and every other title a ketua is said with (one list): was no change.
    expect(fieldAndValue('ketuanya bukan ustadz Ali tapi ustadz Budi')).toEqual({ field: 'ketuaName', value: 'ustadz Budi' });
    expect(fieldAndValue('ketua bukan kakak Dewi, tapi mbak Rina')).toEqual({ field: 'ketuaName', value: 'mbak Rina' });
  });

  it('reads a verb, the field and its value with no "jadi" ("ganti nomor hp ketua 0812…", was the FAQ\'s how-to)', () => {
    expect(fieldAndValue('ganti nomor hp ketua 081234567890')).toEqual({ field: 'ketuaPhone', value: '081234567890' });
    expect(fieldAndValue('ganti no hp ketua posyandu anggrek 0812 3456 7890')).toEqual({ field: 'ketuaPhone', value: '0812 3456 7890', group: 'posyandu anggrek' });
    expect(fieldAndValue('ubah anggota 8 orang')).toEqual({ field: 'members', value: '8 orang' });
    expect(fieldAndValue('no hp ketua sekarang 081234567890')).toEqual({ field: 'ketuaPhone', value: '081234567890' });
    expect(fieldAndValue('nomor ketua ganti 085712345678')).toEqual({ field: 'ketuaPhone', value: '085712345678' });
    expect(fieldAndValue('nomer ketua ganti 0857 1234 5678')).toEqual({ field: 'ketuaPhone', value: '0857 1234 5678' });
    expect(fieldAndValue('ganti no wa ketua 081234567890')).toEqual({ field: 'ketuaPhone', value: '081234567890' });
  });

  it('reads no change where the words after the field are a rule or a question', () => {
    for (const text of ['anggota posyandu minimal 5 orang', 'anggota posyandu harus bawa KTP 2 lembar', 'jadwal posyandu tiap bulan', 'anggota pkk berapa orang', 'ganti ketua baru kami']) {
      expect(fieldAndValue(text), text).toBeNull();
      expect(isGroupChangeSaid(text), text).toBe(false);
    }
  });

  it('tells a change said without a verb from one asked with one (the FAQ answers the former for someone without a group)', () => {
    expect(isChangeWithoutVerb('anggotanya 8 orang')).toBe(true);
    expect(isGroupChangeSaid('anggotanya 8 orang')).toBe(true);
    expect(isChangeWithoutVerb('jumlah anggota posyandu anggrek sebenarnya 8 orang')).toBe(true);
    expect(isChangeWithoutVerb('ganti nomor hp ketua 081234567890')).toBe(false);
    expect(isChangeWithoutVerb('ubah jumlah anggota jadi 8')).toBe(false);
  });

  it('reads a new ketua said without a verb, addressed as a ketua is (asked about before it is saved)', () => {
    expect(fieldAndValue('ketua sekarang bu sri')).toEqual({ field: 'ketuaName', value: 'bu sri' });
    expect(fieldAndValue('ketua posyandu anggrek sekarang Bu Sri')).toEqual({ field: 'ketuaName', value: 'Bu Sri', group: 'posyandu anggrek' });
    expect(isChangeWithoutVerb('ketua sekarang bu sri')).toBe(true);
    for (const text of ['ketua kami baik', 'ketua sekarang siapa', 'ketua posyandu biasanya ibu kader', 'anggota pkk umumnya 20 orang']) {
      expect(fieldAndValue(text), text).toBeNull();
    }
  });
});

describe('fieldAndValue: Sundanese', () => {
  it('reads the members said now with "ayeuna", "janten" and "urang" (was the members question asked again, the value lost)', () => {
    expect(fieldAndValue('anggotana ayeuna 42 urang')).toEqual({ field: 'members', value: '42 urang' });
    expect(fieldAndValue('anggota ayeuna janten 42')).toEqual({ field: 'members', value: '42' });
    expect(fieldAndValue('ketua ayeuna janten Kang Asep')).toEqual({ field: 'ketuaName', value: 'Kang Asep' });
  });
});
