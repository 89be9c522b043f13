/**
 * A message typed in ❓ Tanya, read once for the request, the whole understanding and the
 * FAQ's answer: each part is what understandRequest, understand and the FAQ read, and the
 * whole understanding reads neither of the other two again.
 */
import { describe, expect, it } from 'vitest';
import type { FaqMatcher } from '../../../src/domain/faq/matcher.js';
import { readersOf, textReader, textReading } from '../../../src/domain/understanding/question-reading.js';
import { understand, understandRequest } from '../../../src/domain/understanding/understand.js';
import { realMatcher } from '../faq/real-knowledge.js';

const NOW = new Date('2026-12-05T03:00:00Z');
const TEXTS = ['apa itu wksbm?', 'mau daftar kelompok karang taruna', 'kami dari posyandu mawar mau ikut wksbm', 'kemarin kami posyandu balita bareng pkk', 'Timbulharjo wksbm gak?', 'hehe'];

/** A question typed in ❓ Tanya at `now`, as the FAQ flow reads it. */
const questionReading = (text: string, faq: FaqMatcher, now: Date) => textReading(text, now, readersOf(faq));

describe('a question read for ❓ Tanya', () => {
  it('reads each part as understandRequest, understand and the FAQ do', () => {
    const faq = realMatcher();
    for (const text of TEXTS) {
      const question = questionReading(text, faq, NOW);
      expect(question.request()).toEqual(understandRequest(text, faq, NOW));
      expect(question.reading()).toEqual(understand(text, faq, NOW));
      expect(question.faqIntent()).toEqual(faq.match(text));
    }
  });

  it('reads a question as the menu does: the rules first ("tksk nang endi?" is whom to contact), else the FAQ', () => {
    const faq = realMatcher();
    for (const text of ['tksk nang endi?', 'anggota kami cuma 8', 'we only have 8 members', 'udah daftar trus gimana']) {
      const question = questionReading(text, faq, NOW);
      expect(question.questionIntent(), text).toEqual(understand(text, faq, NOW).understood);
      expect(question.questionIntent(), text).not.toEqual(faq.match(text));
      expect(question.asked()?.topic, text).toBe((question.questionIntent() as { topic: string }).topic);
    }
    expect(questionReading('apa itu tksk?', faq, NOW).questionIntent()).toEqual(faq.match('apa itu tksk?'));
  });

  it('reads the whole text by the FAQ once, however many parts ask', () => {
    const real = realMatcher();
    let explained = 0;
    const faq: FaqMatcher = { ...real, explain: (text) => ((explained += text === 'apa itu wksbm?' ? 1 : 0), real.explain(text)) };
    const question = questionReading('apa itu wksbm?', faq, NOW);
    expect(explained).toBe(0);
    question.request();
    question.reading();
    question.faqIntent();
    question.reading();
    expect(explained).toBe(1);
  });
});

describe('textReader', () => {
  it('gives the reading made of the same text at the same moment, and a new one for another text or moment', () => {
    const read = textReader(readersOf(realMatcher()));
    const first = read('apa itu wksbm?', NOW);
    expect(read('apa itu wksbm?', new Date(NOW.getTime()))).toBe(first);
    expect(read('apa itu wksbm', NOW)).not.toBe(first);
    expect(read('apa itu wksbm?', new Date(NOW.getTime() + 1))).not.toBe(first);
  });
});
