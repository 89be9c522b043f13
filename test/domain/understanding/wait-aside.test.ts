/** "Bentar ya, saya tanya dulu" at a step that takes asides: acknowledged, and "bentar" alone only where no place is asked. */
import { describe, expect, it } from 'vitest';
import { waitAside } from '../../../src/domain/understanding/wait-aside.js';

describe('waitAside', () => {
  it('reads a word of waiting followed by more words at every step', () => {
    for (const eager of [true, false]) expect(waitAside('bentar ya tak itung dulu', { eager })).not.toBeNull();
  });

  it('reads "bentar" alone as a wait only where no place is asked (Desa Bentar exists)', () => {
    for (const text of ['bentar', 'Sebentar', 'tunggu!']) {
      expect(waitAside(text, { eager: false }), text).not.toBeNull();
      expect(waitAside(text, { eager: true }), text).toBeNull();
    }
    expect(waitAside('bentar')).toBeNull();
    expect(waitAside('25 orang', { eager: false })).toBeNull();
  });

  it('reads checking or asking first ("cek dulu ya") as a wait at every step, but not a desa or a name', () => {
    for (const text of ['cek dulu ya', 'cek dulu', 'saya tanya dulu ya', 'tanya dulu ke pak RT', 'tak takon sik']) {
      for (const eager of [true, false]) expect(waitAside(text, { eager }), text).not.toBeNull();
    }
    for (const text of ['nanti dulu', 'Cek Kesehatan Lansia', 'dulu', 'Posyandu Tanya Jawab']) expect(waitAside(text, { eager: false }), text).toBeNull();
  });
});
