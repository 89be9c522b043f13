/**
 * A message typed at a step, read once for all the asides: the request and the topic are
 * what understandRequest and the FAQ read, and each is read at most once however often asked.
 */
import { describe, expect, it } from 'vitest';
import { readersOf, textReading } from '../../../src/domain/understanding/question-reading.js';
import { mayAskDesaCount, understandRequest } from '../../../src/domain/understanding/understand.js';
import type { FaqMatcher } from '../../../src/domain/faq/matcher.js';
import { realMatcher } from '../faq/real-knowledge.js';

/** The real matcher, counting how often each of its readings is asked for. */
function countingMatcher(): { readonly faq: FaqMatcher; readonly calls: Map<string, number> } {
  const real = realMatcher();
  const calls = new Map<string, number>();
  const faq = new Proxy(real, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(key), (calls.get(String(key)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { faq, calls };
}

/** A text typed at a step, read as the asides read it (the message's one reading). */
const asideReading = (text: string, faq: FaqMatcher) => textReading(text, new Date(0), readersOf(faq));

describe('a text read for the asides', () => {
  it('reads the request as understandRequest does', () => {
    const faq = realMatcher();
    for (const text of ['mau daftar kelompok karang taruna', 'berapa desa di bantul yang sudah wksbm?', 'apa itu wksbm?', 'Arisan Melati']) {
      expect(asideReading(text, faq).request()).toEqual(understandRequest(text, faq, new Date(0)));
    }
  });

  it('reads the topic of a question, and none of a request', () => {
    const faq = realMatcher();
    expect(asideReading('apa itu wksbm?', faq).topic()).toBe('definition');
    expect(asideReading('berapa desa di bantul yang sudah wksbm?', faq).topic()).toBe('area_counts');
    expect(asideReading('mau daftar kelompok karang taruna', faq).topic()).toBeNull();
  });

  it('reads each once, however many asides ask', () => {
    const { faq, calls } = countingMatcher();
    const reading = asideReading('apa itu wksbm?', faq);
    expect(calls.size).toBe(0);
    const topics = [reading.topic(), reading.topic(), reading.topic()];
    reading.request();
    expect(new Set(topics).size).toBe(1);
    // One request reading (its greeting check) and one FAQ reading, not three of each.
    expect(calls.get('withoutGreeting')).toBe(1);
    expect(calls.get('explain')).toBe(1);
  });
});

describe('mayAskDesaCount', () => {
  it.each(['berapa desa di bantul yang sudah wksbm?', 'desa mana saja yang sudah wksbm', 'ada desa di sleman yang udah wksbm ga?', 'how many villages in sleman are a wksbm?', 'brp desa yg udh wksbm'])(
    '"%s" may ask a count',
    (text) => {
      expect(mayAskDesaCount(text)).toBe(true);
    },
  );

  it.each(['Arisan Melati', 'kerja bakti membersihkan saluran desa', 'berapa biayanya?'])('"%s" cannot', (text) => {
    expect(mayAskDesaCount(text)).toBe(false);
  });
});
