/**
 * A language asked for in words at the menu: set at once when the bot speaks it, the choice
 * shown for another or for a change with none named, and any other sentence left alone.
 */
import { describe, expect, it } from 'vitest';
import { languageAsked } from '../../../src/domain/language/language-asked.js';

describe('a language asked for in words', () => {
  it.each([
    ['ganti bahasa ke inggris', 'en'],
    ['change language to english', 'en'],
    ['english please', 'en'],
    ['reply in english please', 'en'],
    ['can you speak english?', 'en'],
    ['pakai bahasa indonesia aja', 'id'],
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
});
