/**
 * A registration request's name and desa, as people type them in one message: taken only
 * where clearly said, so that nothing is guessed into the form.
 */
import { describe, expect, it } from 'vitest';
import { registerDetails, type RegisterDetails } from '../../../src/domain/understanding/register-details.js';
import { GROUP_TYPE_WORDS } from '../../../src/domain/parse/choice.js';

const KINDS = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other').flatMap((option) => option.words);

describe('a registration request’s name and desa', () => {
  const cases: ReadonlyArray<readonly [string, RegisterDetails]> = [
    ['mau daftarin posyandu mawar di desa panggungharjo', { name: 'Posyandu Mawar', place: 'desa panggungharjo' }],
    ['daftar kelompok arisan namanya Arisan Melati, kelurahan sinduadi', { name: 'Arisan Melati', place: 'kelurahan sinduadi' }],
    ['saya mau daftarkan pkk dusun glugo desa panggungharjo rw 3', { name: 'PKK Dusun Glugo', place: 'desa panggungharjo', unit: { rw: 3, rt: 0, dusun: '' } }],
    ['mau daftar kelompok tani mekar sari di desa sidomulyo kec bambanglipuro', { name: 'Kelompok Tani Mekar Sari', place: 'desa sidomulyo kec bambanglipuro' }],
    ['Daftar Karang Taruna Tunas Bangsa', { name: 'Karang Taruna Tunas Bangsa' }],
    // A desa after "di" alone (was asked again), and "dari desa …" (was "… Tunas Muda Dari").
    ['mau daftar posyandu mawar di panggungharjo', { name: 'Posyandu Mawar', place: 'panggungharjo' }],
    ['daftarin arisan melati di sidomulyo kec bambanglipuro', { name: 'Arisan Melati', place: 'sidomulyo kec bambanglipuro' }],
    ['mau daftarin karang taruna tunas muda dari desa timbulharjo', { name: 'Karang Taruna Tunas Muda', place: 'desa timbulharjo' }],
    // The group named before the verb ("… mau daftar" at the end: the name was lost, the desa took "mau daftar").
    ['kami dari kelompok tani ngudi makmur mau daftar', { name: 'Kelompok Tani Ngudi Makmur' }],
    ['posyandu mawar di desa panggungharjo mau daftar', { name: 'Posyandu Mawar', place: 'desa panggungharjo' }],
    ['karang taruna tunas muda mau daftar dong', { name: 'Karang Taruna Tunas Muda' }],
    ['saya ketua pkk mau daftar', {}],
    // "di" before a place that is no desa: nothing taken.
    ['mau daftar majelis taklim al ikhlas di sini', { name: 'Majelis Taklim Al Ikhlas' }],
    ['daftar posyandu melati di balai dusun', { name: 'Posyandu Melati' }],
    // In English, "in" as "di"; not "in our village".
    ['register karang taruna tunas muda in panggungharjo', { name: 'Karang Taruna Tunas Muda', place: 'panggungharjo' }],
    ['register arisan melati in panggungharjo with 20 members', { name: 'Arisan Melati', place: 'panggungharjo' }],
    ['register our arisan in our village', {}],
    // Only the kind, or a kind with filler: nothing to take as a name.
    ['mau daftar kelompok arisan', {}],
    ['daftar posyandu aja', {}],
    ['mau daftarin posyandu di desa sendangsari', { place: 'desa sendangsari' }],
    // A desa named without "desa" is not guessed at.
    ['daftar arisan panggungharjo', { name: 'Arisan Panggungharjo' }],
    // The rest said in one go: RT/RW, members, the ketua with their phone.
    [
      'mau daftarin posyandu mawar di desa panggungharjo rw 3 ketuanya bu sri 081234567890 anggota 25 org',
      { name: 'Posyandu Mawar', place: 'desa panggungharjo', unit: { rw: 3, rt: 0, dusun: '' }, members: 25, ketua: { name: 'bu sri', phone: '+6281234567890' } },
    ],
    [
      'mau daftar karang taruna tunas muda desa panggungharjo, rt 5 rw 2, anggotanya 40 orang, ketua pak budi 085712345678',
      { name: 'Karang Taruna Tunas Muda', place: 'desa panggungharjo', unit: { rw: 2, rt: 5, dusun: '' }, members: 40, ketua: { name: 'pak budi', phone: '+6285712345678' } },
    ],
    // "desa" is kept (a desa named like a kecamatan is listed before that kecamatan's desa),
    // and so is the kecamatan or kabupaten said after it.
    ['sy mau daftarin kelompok pengajian di ds. wonokromo kab bantul', { place: 'desa wonokromo kab bantul' }],
    ['daftar arisan melati kel. sinduadi, kec mlati rw 2', { name: 'Arisan Melati', place: 'kelurahan sinduadi kec mlati', unit: { rw: 2, rt: 0, dusun: '' } }],
    // A leader saying who they are first: "ketua karang taruna" is their role, not the ketua's name,
    // and the group named after the request is the name (was ketua "karang taruna", no name).
    [
      'saya ketua karang taruna, mau daftar karang taruna bina putra desa wonokromo pleret rt 2 rw 1, anggota 40, ketuanya saya sendiri',
      { name: 'Karang Taruna Bina Putra', place: 'desa wonokromo pleret', unit: { rw: 1, rt: 2, dusun: '' }, members: 40, ketuaIsMe: true },
    ],
    ['mau daftar posyandu melati ketuanya bu ani 081234567890', { name: 'Posyandu Melati', ketua: { name: 'bu ani', phone: '+6281234567890' } }],
    // In English, the desa after "in" in capitals (was not taken: the desa asked again).
    ["I want to register our women's farming group in Sidomulyo, Bambanglipuro", { place: 'Sidomulyo, Bambanglipuro' }],
    ['register our posyandu in our village', {}],
    ['mo daftarin arisan ibu2 rt 4 desa sidomulyo godean', { name: 'Arisan Ibu-Ibu', place: 'desa sidomulyo godean', unit: { rw: 0, rt: 4, dusun: '' } }],
    // A phone number's last digits before "anggota" are no count (were 7890 and 4455 members);
    // the count said after "anggota", also in words, is.
    [
      'pagi min, mau daftarin posyandu mawar di desa panggungharjo rw 3 ketuanya bu Endang 0812 3456 7890 anggota dua belas kader',
      { name: 'Posyandu Mawar', place: 'desa panggungharjo', unit: { rw: 3, rt: 0, dusun: '' }, members: 12, ketua: { name: 'bu Endang', phone: '+6281234567890' } },
    ],
    [
      'mau daftar arisan bapak2 rt 5 di panggungharjo, ketua pak Joko 0812-2233-4455 anggota 20 orang',
      { name: 'Arisan Bapak-Bapak', place: 'panggungharjo', unit: { rw: 0, rt: 5, dusun: '' }, members: 20, ketua: { name: 'pak Joko', phone: '+6281222334455' } },
    ],
    ['daftar posyandu melati ketuanya bu ani 0812 3456 7890 anggota', { name: 'Posyandu Melati', ketua: { name: 'bu ani', phone: '+6281234567890' } }],
    ['daftar posyandu melati, 25 anggota', { name: 'Posyandu Melati', members: 25 }],
    // The group named after a first part that only asks (was no name: asked again later).
    [
      'daftar kelompok lagi dong, karang taruna tunas muda desa panggungharjo, anggota 30, ketua saya sendiri',
      { name: 'Karang Taruna Tunas Muda', place: 'desa panggungharjo', members: 30, ketuaIsMe: true },
    ],
    // The person as ketua with their name and phone typed after it (was lost, and the ketua asked again).
    [
      'mau daftarin karang taruna tunas muda desa panggungharjo rw 3, ketuanya saya sendiri darto 0813-2222-3333 anggota 40 org',
      { name: 'Karang Taruna Tunas Muda', place: 'desa panggungharjo', unit: { rw: 3, rt: 0, dusun: '' }, members: 40, ketua: { name: 'Darto', phone: '+6281322223333' } },
    ],
    [
      'mau daftarin karang taruna tunas muda desa panggungharjo rw 3, ketuanya bu sumarni 0812-2222-3333 anggota 40 org',
      { name: 'Karang Taruna Tunas Muda', place: 'desa panggungharjo', unit: { rw: 3, rt: 0, dusun: '' }, members: 40, ketua: { name: 'bu sumarni', phone: '+6281222223333' } },
    ],
    [
      'mau daftarin karang taruna tunas muda desa panggungharjo rw 3, ketua: Pak Darto (0813-2222-3333) anggota 40 org',
      { name: 'Karang Taruna Tunas Muda', place: 'desa panggungharjo', unit: { rw: 3, rt: 0, dusun: '' }, members: 40, ketua: { name: 'Pak Darto', phone: '+6281322223333' } },
    ],
    // The person's name after a comma (was cut off there, and asked again).
    ['daftar posyandu mawar, ketua saya sendiri mas, Bayu Pratama', { name: 'Posyandu Mawar', ketua: { name: 'Bayu Pratama', phone: null } }],
    ['daftar posyandu mawar, ketuanya saya sendiri, Bayu 0812-2233-4455', { name: 'Posyandu Mawar', ketua: { name: 'Bayu', phone: '+6281222334455' } }],
    // The person's phone after a comma (was lost).
    ['daftar posyandu mawar desa sinduadi ketuanya saya sendiri, 0813-2222-3333', { name: 'Posyandu Mawar', place: 'desa sinduadi', ketuaIsMe: true, ownPhone: '+6281322223333' }],
    // What follows the comma is the request going on, no name.
    ['daftar posyandu mawar, ketua saya sendiri, mau daftar ya', { name: 'Posyandu Mawar', ketuaIsMe: true }],
    // Every "I" of parse/lexicon.ts: Javanese "kulo sendiri" is the person (was a ketua called "kulo sendiri").
    ['daftar posyandu mawar ketuanya kulo sendiri', { name: 'Posyandu Mawar', ketuaIsMe: true }],
    // "…, pengin daftar": "want" in any form is the request going on after the comma, no name.
    ['daftar posyandu mawar, ketua saya sendiri, pengin daftar', { name: 'Posyandu Mawar', ketuaIsMe: true }],
    // A kind outside the list named in the request: a Lainnya of it (was the type asked again).
    ['saya takmir masjid mau daftar', { typeOther: 'takmir masjid' }],
    ['mau daftar dkm masjid al ikhlas desa sinduadi', { typeOther: 'dkm masjid', place: 'desa sinduadi' }],
    ['mau daftarin kelompok ronda rt 3', { typeOther: 'kelompok ronda', unit: { rw: 0, rt: 3, dusun: '' } }],
    ['mau daftar kelompok nelayan', {}],
    // "saya" before another name is no "me" said alone: nothing taken.
    ['daftar posyandu mawar, ketua saya bu sri', { name: 'Posyandu Mawar' }],
    ['mau daftar posyandu, mawar di desa panggungharjo', { place: 'desa panggungharjo' }],
    // Chat particles at the end are no part of the name (was "Pengajian Ibu2 Nih"); "ibu2" is written in full.
    ['min mau daftar pengajian ibu2 nih', { name: 'Pengajian Ibu-Ibu' }],
    ['daftarin posyandu mawar ya kak', { name: 'Posyandu Mawar' }],
    ['daftar arisan apa saja', { name: 'Arisan Apa Saja' }],
    ['daftar posyandu dong min', {}],
    ['daftar posyandu melati, anggotanya sekitar 1.200 orang', { name: 'Posyandu Melati', members: 1200 }],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}"`, () => expect(registerDetails(text, KINDS)).toEqual(expected));
  }
});
