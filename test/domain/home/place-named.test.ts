/** What may be a place's name typed alone at the menu (the region search is asked only then). */
import { describe, expect, it } from 'vitest';
import { looksLikePlaceName } from '../../../src/domain/home/place-named.js';

describe('a place name alone at the menu', () => {
  it('is a few words of letters', () => {
    for (const text of ['Panggungharjo', 'sidomulyo bambanglipuro', 'Ngestiharjo, Kasihan', 'kab sleman']) expect(looksLikePlaceName(text), text).toBe(true);
  });

  it('is no answer to something ("ya, tolak": Desa Tolak is in Maybrat)', () => {
    for (const text of ['ya, tolak', 'iya tolak', 'gak jadi', 'ok sip', 'apa itu wksbm?', '12345']) expect(looksLikePlaceName(text), text).toBe(false);
  });
});
