/**
 * Names of Object's own properties typed as an answer ("constructor", "toString") are no
 * weekday, number word or short form: the parsers refuse them as any unknown word.
 */
import { describe, expect, it } from 'vitest';
import { parseActivityDate } from '../../../src/domain/parse/date.js';
import { parseCount } from '../../../src/domain/parse/numbers.js';

describe('words that are names of Object\'s properties', () => {
  it('are no date and no count', () => {
    const now = new Date('2026-12-06T05:00:00Z');
    for (const word of ['constructor', 'toString', 'hasOwnProperty']) {
      expect(parseActivityDate(word, now).ok, word).toBe(false);
      expect(parseCount(`${word} ratus`, { min: 1, max: 1000 }).ok, word).toBe(false);
    }
  });
});
