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
    // "deh", "ok … now", "again": said around the request (were "not understood", the walk of 7 December).
    ['bahasa indonesia aja deh', 'id'],
    ['ok now in bahasa indonesia please', 'id'],
    ['can you speak english again', 'en'],
    ['pakai bahasa indonesia lagi ya', 'id'],
    ['oke bahasa inggris sekarang', 'en'],
  ])('"%s" sets %s', (text, locale) => {
    expect(languageAsked(text)).toEqual({ kind: 'set', locale });
  });

  it.each(['ganti bahasa', 'change language', 'bisa bahasa arab?'])('"%s" opens the choice', (text) => {
    expect(languageAsked(text)).toEqual({ kind: 'choose' });
  });

  // A regional language asked about: the choice, said first what the bot answers in and what it understands.
  it.each([
    'bisa bahasa jawa?',
    'bisa pake bahasa jawa?',
    'can I write in Javanese?',
    'boso jowo iso?',
    'iso nganggo boso jowo ora?',
    'bisa pakai bahasa sunda?',
    'can you speak sundanese?',
    'bisa bahasa madura gak min',
  ])('"%s" asks about a regional language', (text) => {
    expect(languageAsked(text)).toEqual({ kind: 'regional' });
    expect(languageAskedAtStep(text)).toEqual({ kind: 'regional' });
  });

  // A place's name ("Jawa Tengah") or a question about WKSBM is none.
  it.each(['jawa tengah', 'desa di jawa', 'wksbm di jawa barat apa aja'])('"%s" asks about no language', (text) => {
    expect(languageAsked(text)).toBeNull();
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
