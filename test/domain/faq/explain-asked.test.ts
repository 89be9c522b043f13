/**
 * "maksudnya?" and its kin after an answer ask for it again, more simply; a message that names
 * something ("maksudnya WKSBM") or says it understood ("oke paham") is no such request.
 */
import { describe, expect, it } from 'vitest';
import { asksToExplainAgain } from '../../../src/domain/faq/explain-asked.js';
import { SIMPLER_TOPICS } from '../../../src/domain/faq/explain-again.js';
import { LANGUAGES, readFaqJson } from './real-knowledge.js';

describe('asking for an answer to be explained again', () => {
  it('reads "maksudnya?", "gak ngerti", "kurang paham", Javanese, Sundanese and English as such', () => {
    for (const text of [
      'maksudnya?', 'maksudnya gimana?', 'gimana maksudnya', 'mksdnya apa', 'maksudnya apa ya min', 'gak ngerti', 'saya kurang paham', 'belum jelas',
      'masih bingung', 'bisa dijelaskan lebih sederhana?', 'jelasin lagi dong', 'maksude piye?', 'ora mudeng', 'maksudna kumaha?', 'teu ngarti',
      'what do you mean?', "I don't understand", 'can you explain more simply?',
      // Every "not" of parse/negation.ts (were not read).
      'engga ngerti', 'ndak paham',
      // Why it is so (were "belum paham").
      'kok gitu?', 'kenapa?', 'kok bisa?', 'kenapa begitu min', 'why?', 'why is that so?',
      // A resident's walk: Sundanese "maksadna" (was the levels' answer) and a formal request for more (was "belum paham").
      'maksadna kumaha?', 'Mohon dijelaskan lebih lanjut.', 'bisa dijelaskan lebih rinci?',
    ]) {
      expect(asksToExplainAgain(text), text).toBe(true);
    }
  });

  it('leaves alone what names something, or says it was understood', () => {
    for (const text of ['maksudnya WKSBM', 'maksudnya pmks apa?', 'oke paham', 'jelas, makasih', 'paham min', 'gampang gak?', 'terus apa dong?', 'apa itu wksbm', 'i understand', 'kenapa desa saya belum wksbm', 'kok lama?', 'why wksbm']) {
      expect(asksToExplainAgain(text), text).toBe(false);
    }
  });

  it('has a simpler text for each topic said to have one, in every language', () => {
    for (const language of LANGUAGES) {
      const simpler = readFaqJson(language)['simpler'] as Record<string, unknown>;
      for (const topic of SIMPLER_TOPICS) expect(typeof simpler[topic], `${language} ${topic}`).toBe('string');
      expect(Object.keys(simpler).sort()).toEqual([...SIMPLER_TOPICS].sort());
    }
  });
});
