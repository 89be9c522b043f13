/**
 * What a text typed where a name is asked reads as (../../../src/domain/parse/name-question.ts):
 * "ada yg perlu dikonfirmasi ga" was kept as a group's new name.
 */
import { describe, expect, it } from 'vitest';
import { nameQuestion, withoutQuestionMark } from '../../../src/domain/parse/name-question.js';

describe('nameQuestion', () => {
  it('reads a question or a request typed for a name as a question', () => {
    for (const text of [
      'ada yg perlu dikonfirmasi ga', 'ada yang harus dikonfirmasi gak sih', 'udah diverifikasi belum ya', 'bisa diganti nanti?', 'boleh pakai singkatan',
      'kapan diverifikasinya', 'berapa lama verifikasinya', 'siapa ya enaknya', 'apakah wajib', 'bisakah diubah nanti', 'terus gimana', 'kelompoknya terdaftar kah',
    ]) {
      expect(nameQuestion(text, 'group'), text).toBe('question');
      expect(nameQuestion(text, 'person'), text).toBe('question');
    }
  });

  it('asks about a question that starts as a name of its kind does', () => {
    for (const text of ['Posyandu Melati Sudah Terdaftar Belum', 'namanya posyandu melati sudah terdaftar belum', 'Arisan Apa Kabar?', 'Karang Taruna Tunas Muda?', 'PKK Melati ga']) {
      expect(nameQuestion(text, 'group'), text).toBe('unsure');
    }
    for (const text of ['Bu Siti?', 'pak budi ga']) expect(nameQuestion(text, 'person'), text).toBe('unsure');
    // A question word first, capitals on every word and nothing else of a question: a name
    // typed as names are ("Bisa Makmur", "Apa Adanya Group") is asked about, never refused.
    for (const text of ['Bisa Makmur', 'Apa Adanya Group', 'Boleh Jadi Tani']) expect(nameQuestion(text, 'group'), text).toBe('unsure');
    expect(nameQuestion('Siapa Ya Enaknya?', 'group')).toBe('question');
    // A title starts no group's name, a kind of group no person's.
    expect(nameQuestion('Bu Siti?', 'group')).toBe('question');
    expect(nameQuestion('Posyandu Melati?', 'person')).toBe('question');
  });

  it('reads no question in names, whatever words they hold', () => {
    for (const text of ['Arisan Apa Kabar', 'Arisan Berkah', 'Majelis Taklim Kapan Saja', 'Kelompok Tani Belum Ada Nama', 'Posyandu Melati 2', 'namanya arisan melati ya', 'tidak']) {
      expect(nameQuestion(text, 'group'), text).toBe(null);
    }
    for (const text of ['Bu Siti Aminah', 'Pak Budi 0812 3456 7890', 'saya sendiri', 'gak usah', 'nanti aja ya']) {
      expect(nameQuestion(text, 'person'), text).toBe(null);
    }
  });

  it('drops the question mark and emoji from a name asked about', () => {
    expect(withoutQuestionMark('Posyandu Mawar ? 🤔')).toBe('Posyandu Mawar');
  });
});
