/**
 * What is typed where a group's name is asked (../../../src/domain/groups/group-answers.ts): a
 * question that no FAQ answer caught is no name ("opo iki?" was registered as the name), and
 * words that introduce the name are no part of it ("nama kelompok kami: Arisan Mawar Merah").
 */
import { describe, expect, it } from 'vitest';
import { nameAfterIntro, nameIsStatusRequest } from '../../../src/domain/groups/group-answers.js';
import { nameQuestion } from '../../../src/domain/parse/name-question.js';

describe('nameQuestion of a group\'s name', () => {
  it('reads questions typed for a name (were saved as the group\'s name)', () => {
    for (const text of ['opo iki?', 'namanya apa aja bebas?', 'lho kok gitu?', 'what should I put here?', 'lho kok gitu', 'gimana ini', 'maksudnya apa', 'terus gimana min', 'ini apa? 🤔']) {
      expect(nameQuestion(text, 'group'), text).toBe('question');
    }
  });

  it('reads no question in names', () => {
    for (const text of ['Arisan Apa Saja', 'MT Nurul Iman', 'Karang Taruna Tunas Harapan', 'Kelompok Tani Sido Makmur', 'Posyandu Melati 2', 'Jimpitan RT 05', 'Paguyuban Kok Tiba']) {
      expect(nameQuestion(text, 'group'), text).toBe(null);
    }
  });
});

describe('nameIsStatusRequest', () => {
  it('reads a desa\'s status asked for without a question mark (was saved as the group\'s name)', () => {
    for (const text of ['status desa timbulharjo gimana', 'cek status desa timbulharjo', 'tolong cek desa timbulharjo', 'coba cek timbulharjo', 'desa timbulharjo statusnya apa', 'timbulharjo sudah wksbm belum', 'Cek status WKSBM Timbulharjo']) {
      expect(nameIsStatusRequest(text), text).toBe(true);
    }
  });

  it('reads no status request in names', () => {
    for (const text of ['Posyandu Cek Kesehatan', 'Karang Taruna Desa Aktif', 'PKK Desa Sukamaju', 'Arisan Ibu-Ibu RT 05 Melati', 'Paguyuban Wksbm Panggungharjo', 'Kelompok Tani Belum Ada Nama', 'cek', 'Status', 'cek dulu ya', 'cek bentar']) {
      expect(nameIsStatusRequest(text), text).toBe(false);
    }
  });
});

describe('nameAfterIntro', () => {
  it('takes the name after the words that introduce it (were part of the name)', () => {
    expect(nameAfterIntro('nama kelompok kami: Arisan Mawar Merah')).toBe('Arisan Mawar Merah');
    expect(nameAfterIntro('namanya arisan mawar merah')).toBe('arisan mawar merah');
    expect(nameAfterIntro('kelompok kami bernama Posyandu Kenanga.')).toBe('Posyandu Kenanga');
    expect(nameAfterIntro("it's called Karang Taruna Tunas Harapan")).toBe('Karang Taruna Tunas Harapan');
    expect(
      nameAfterIntro(
        'jadi gini min, kelompok kami itu sebenarnya sudah lama berdiri dari jaman pak lurah yang dulu, isinya ibu ibu yang suka arisan tiap bulan sambil pengajian, namanya Arisan Mawar Merah',
      ),
    ).toBe('Arisan Mawar Merah');
  });

  it('keeps a name without such words as typed', () => {
    for (const text of ['Arisan Mawar Merah', 'PKK Dusun Glugo', 'Nama Baik Sejahtera', 'namanya']) {
      expect(nameAfterIntro(text), text).toBe(text);
    }
  });
});
