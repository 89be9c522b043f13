/**
 * What is a question where a name is asked (src/domain/understanding/name-step-question.ts):
 * "syarat daftar wksbm" was kept as a group's name, "Posyandu Melati?" answered with the FAQ's
 * word on posyandu instead of asked about.
 */
import { describe, expect, it } from 'vitest';
import { readersOf, textReading } from '../../../src/domain/understanding/question-reading.js';
import { asksAtNameStep } from '../../../src/domain/understanding/name-step-question.js';
import { realMatcher } from '../faq/real-knowledge.js';

const faq = realMatcher();
const asks = (text: string) => asksAtNameStep(textReading(text, new Date(0), readersOf(faq)), faq);

describe('asksAtNameStep', () => {
  it('reads an FAQ question typed without a question\'s shape as one, when the FAQ is sure of it', () => {
    for (const text of ['syarat daftar wksbm', 'cara daftar', 'biaya daftar wksbm', 'syarat pendaftaran kelompok', 'biaya pendaftarannya', 'daftar bayar gak']) {
      expect(asks(text), text).toBe(true);
    }
  });

  it('keeps names that share words with a topic, and any typed as names are', () => {
    for (const text of [
      'Syarat Makmur', 'Kelompok Tani Cara Baru', 'Arisan Ganti Ketua', 'Biaya Bersama', 'Posyandu Mawar', 'Karang Taruna Tunas Muda', 'Majelis Taklim Nurul Huda',
      'Bu Ketua', 'Verifikasi', 'Kegiatan Bersama', 'Posyandu Melati Sudah Terdaftar Belum', 'Posyandu Melati', 'Paguyuban Apa Saja', 'Arisan Kapan Saja',
    ]) {
      expect(asks(text), text).toBe(false);
    }
  });

  it('reads a sure FAQ question typed in Title Case as one when it holds a question word or a WKSBM term', () => {
    for (const text of ['Syarat Daftar WKSBM', 'Apa Itu WKSBM', 'Biaya Daftar WKSBM']) {
      expect(asks(text), text).toBe(true);
    }
  });

  it('leaves a name typed with a question mark to the name step, unless its own words ask', () => {
    for (const text of ['Posyandu Melati?', 'Posyandu Mawar?', 'Karang Taruna Tunas Muda?', 'Kelompok Tani Makmur?', 'Bu Siti?', 'Arisan Apa Kabar?']) {
      expect(asks(text), text).toBe(false);
    }
    for (const text of ['posyandu itu apa?', 'karang taruna bisa daftar?', 'posyandu wajib daftar?', 'karang taruna?', 'apa itu wksbm?', 'berapa lama verifikasinya?']) {
      expect(asks(text), text).toBe(true);
    }
  });
});
