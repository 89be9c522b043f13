/** "fotonya nyusul" and the like say an activity's photos come later; a question holding the words does not. */
import { describe, expect, it } from 'vitest';
import { photoLaterSaid } from '../../../src/domain/parse/photo-later.js';

describe('photoLaterSaid', () => {
  it.each(['fotonya nyusul', 'foto menyusul ya', 'Fotonya nanti saya kirim ya bu', 'oke, fotonya nyusul', 'dokumentasinya besok ya min'])('%j: later', (text) => {
    expect(photoLaterSaid(text)).toBe(true);
  });
  it.each(['foto nyusul boleh gak?', 'gimana kalau fotonya nyusul', 'foto kegiatan', 'fotonya'])('%j: not said', (text) => {
    expect(photoLaterSaid(text)).toBe(false);
  });
});
