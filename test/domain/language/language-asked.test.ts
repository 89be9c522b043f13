/**
 * A language asked for in words at the menu: set at once when the bot speaks it, the choice
 * shown for another or for a change with none named, and any other sentence left alone.
 */
import { describe, expect, it } from 'vitest';
import { languageAsked, languageAskedAtStep } from '../../../src/domain/language/language-asked.js';

describe('a language asked for in words', () => {
  it.each([
    ['ganti bahasa ke inggris', 'en'],
    ['change language to english', 'en'],
    ['english please', 'en'],
    ['reply in english please', 'en'],
    ['can you speak english?', 'en'],
    ['pakai bahasa indonesia aja', 'id'],
    // Every form of address, particle and "want" of parse/lexicon.ts ("pak" and "pengin" were unknown here).
    ['ganti bahasa inggris pak', 'en'],
    ['pengin pakai bahasa inggris', 'en'],
  ])('"%s" sets %s', (text, locale) => {
    expect(languageAsked(text)).toEqual({ kind: 'set', locale });
  });

  it.each(['bisa bahasa jawa?', 'ganti bahasa', 'change language'])('"%s" opens the choice', (text) => {
    expect(languageAsked(text)).toEqual({ kind: 'choose' });
  });

  // "bahasa" alone is the global command; a question or a place with a language's name is no request.
  it.each(['bahasa', 'apa itu wksbm dalam bahasa inggris', 'desa indonesia', 'cara daftar kelompok', 'constructor please', 'toString'])('"%s" is no request for a language', (text) => {
    expect(languageAsked(text)).toBeNull();
  });

  // At another step a name alone may be the answer ("Indonesia" where an area is asked): the words must ask.
  it.each([
    ['english please', { kind: 'set', locale: 'en' }],
    ['ganti bahasa ke inggris', { kind: 'set', locale: 'en' }],
    ['in english', { kind: 'set', locale: 'en' }],
    ['ganti bahasa', { kind: 'choose' }],
  ])('at a step, "%s" still asks', (text, asked) => {
    expect(languageAskedAtStep(text)).toEqual(asked);
  });

  it.each(['indonesia', 'english', 'indonesia aja', 'desa indonesia'])('at a step, "%s" is left to the step', (text) => {
    expect(languageAskedAtStep(text)).toBeNull();
  });
});
