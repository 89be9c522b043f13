/**
 * "Aya naon?", "ada apa min" at the main menu opens 📥 Konfirmasi as the person's own (when it
 * is on their menu): the words are read as "what's up" once per message, by the function the
 * home flow asks (entry-of-words.ts), not a second time inside the entry asked for in a
 * sentence (entry-in-sentence.ts), which keeps the inbox asked for in words.
 */
import { describe, expect, it } from 'vitest';
import { entryInSentence } from '../../../src/domain/home/entry-in-sentence.js';
import { entryOfWords } from '../../../src/domain/home/entry-of-words.js';

describe('"what\'s up" at the main menu', () => {
  it('opens 📥 Konfirmasi as the person\'s own, read by entryOfWords and not again in entryInSentence', () => {
    for (const text of ['aya naon kang?', 'ada apa min', 'ono opo']) {
      expect(entryOfWords(text), text).toEqual({ kind: 'entry', id: 'inbox', own: true });
      expect(entryInSentence(text), text).toBeNull();
    }
  });

  it('keeps 📥 Konfirmasi asked for in words an entry in a sentence', () => {
    expect(entryInSentence('ada yg minta konfirmasi ga')).toBe('inbox');
    expect(entryOfWords('ada yg minta konfirmasi ga')).toEqual({ kind: 'entry', id: 'inbox' });
  });
});
