/** "fotonya nyusul" and the like say an activity's photos come later; a question holding the words does not. */
import { describe, expect, it } from 'vitest';
import { photoLaterSaid } from '../../../src/domain/parse/photo-later.js';

describe('photoLaterSaid', () => {
  it.each(['fotonya nyusul', 'foto menyusul ya', 'Fotonya nanti saya kirim ya bu', 'oke, fotonya nyusul', 'dokumentasinya besok ya min'])('%j: later', (text) => {
    expect(photoLaterSaid(text)).toBe(true);
  });
  // The lexicon's photo words, one list with the other readers: "poto", "photonya", "gambar" were not known here.
  it.each(['poto nyusul ya', 'photonya nyusul', 'gambar menyusul bu', 'foto2nya nanti saya kirim', 'foto-fotonya menyusul'])('%j, in the lexicon\'s photo words: later', (text) => {
    expect(photoLaterSaid(text)).toBe(true);
  });
  it.each(['foto nyusul boleh gak?', 'gimana kalau fotonya nyusul', 'foto kegiatan', 'fotonya'])('%j: not said', (text) => {
    expect(photoLaterSaid(text)).toBe(false);
  });
});
