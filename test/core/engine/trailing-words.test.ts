/**
 * The chat words after a command or a draft's choice ("gak jadi deh", "yang tadi aja", "baru
 * ya kak") are dropped by one helper for both readers, each with its own words.
 */
import { describe, expect, it } from 'vitest';
import { recognizeCommand } from '../../../src/core/engine/commands.js';
import { draftChoice } from '../../../src/core/engine/draft.js';
import { dropTrailing } from '../../../src/core/engine/trailing-words.js';

const text = (said: string) => ({ type: 'text', text: said }) as const;

describe('words dropped from the end of a command or a choice', () => {
  it('drops only the trailing particles, keeps the first word, and leaves its input as it was', () => {
    const particles = new Set(['deh', 'ya', 'aja']);
    const words = ['gak', 'jadi', 'deh', 'ya'];
    expect(dropTrailing(words, particles)).toEqual(['gak', 'jadi']);
    expect(words).toEqual(['gak', 'jadi', 'deh', 'ya']);
    expect(dropTrailing(['deh', 'ya'], particles)).toEqual(['deh']);
    expect(dropTrailing(['ya', 'gak', 'jadi'], particles)).toEqual(['ya', 'gak', 'jadi']);
    expect(dropTrailing([], particles)).toEqual([]);
  });

  it('reads a cancel with its particles, and a draft\'s choice with its own', () => {
    for (const said of ['gak jadi deh', 'batal aja ya', 'ga jadi dulu kok', 'gak jadi yah nih']) expect(recognizeCommand(text(said)), said).toBe('cancel');
    for (const said of ['gak jadi please', 'deh', 'jadi deh']) expect(recognizeCommand(text(said)), said).toBeNull();
    expect(draftChoice(text('Yang tadi aja'))).toBe('resume');
    expect(draftChoice(text('lanjut aja ya kak'))).toBe('resume');
    expect(draftChoice(text('baru deh, please'))).toBe('fresh');
    expect(draftChoice(text('mulai baru ya min'))).toBe('fresh');
    for (const said of ['baru dulu', 'deh', 'aja']) expect(draftChoice(text(said)), said).toBeNull();
  });
});
