/** Which typed texts are taken for a question mid-flow (then answered when the FAQ knows it). */
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../../src/domain/faq/asides.js';

describe('isQuestion', () => {
  it('takes a question mark, a question word first, or a chat question word last', () => {
    for (const text of ['daftar bayar?', 'berapa biayanya', 'gimana caranya', 'cara daftar', 'cara daftar gimana', 'daftar bayar gak', 'wksbm itu apa', 'wksbm iku opo to', 'daftar bayar gak sih min', 'how do I register']) {
      expect(isQuestion(text), text).toBe(true);
    }
  });

  it('leaves names and answers alone', () => {
    for (const text of ['Panggungharjo', 'Arisan Apa Saja', 'PKK Dusun Glugo', 'sidomulyo bambanglipuro', 'Karang Taruna Tunas Muda']) {
      expect(isQuestion(text), text).toBe(false);
    }
  });
});
