/**
 * A name put off at an officer's name question: the name question's own words ("lain kali",
 * "skip dulu") and every word a "Nanti" button's reading takes (parse/yes-no.ts isLater:
 * "tunggu dulu", "belum", "not now", Javanese "mengko wae", Sundanese "engke heula"), which
 * were "bukan nama" here (the two lists were left apart, whether they put off a name too open).
 */
import { describe, expect, it } from 'vitest';
import { asksLater } from '../../../src/domain/officers/officer-name.js';

const text = (said: string) => ({ type: 'text', text: said }) as const;

describe('a name put off at the officer\'s name question', () => {
  it('is read from the name question\'s own words, with particles after them', () => {
    for (const said of ['nanti saja ya', 'lain kali aja', 'skip dulu', 'Nanti dulu ya pak.', 'kapan-kapan deh', 'lewati']) expect(asksLater(text(said)), said).toBe(true);
  });

  it('is read from a "Nanti" button\'s words too (were "bukan nama")', () => {
    for (const said of ['tunggu dulu', 'belum', 'not now', 'not yet', 'mengko wae', 'mangke rumiyin', 'engke heula', 'Nanti ya!']) expect(asksLater(text(said)), said).toBe(true);
  });

  it('is not a name, nor a sentence with more in it', () => {
    for (const said of ['Budi Santoso', 'nanti saya isi nama lengkapnya', 'belum punya nama', 'Tunggal Prasetyo', 'engga tau']) expect(asksLater(text(said)), said).toBe(false);
    expect(asksLater({ type: 'button', id: 'skip' })).toBe(false);
  });
});
