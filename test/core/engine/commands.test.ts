/** Global commands typed as people type them: "batal", and "ga jadi" (never mind), which means the same. */
import { describe, expect, it } from 'vitest';
import { recognizeCommand } from '../../../src/core/engine/commands.js';

describe('recognizeCommand', () => {
  it('reads "ga jadi" and its kin as batal, and a sentence around them as no command', () => {
    for (const text of ['batal', 'Ga jadi', 'gak jadi!', 'nggak jadi', 'tidak jadi', 'gajadi', 'batal aja']) {
      expect(recognizeCommand({ type: 'text', text }), text).toBe('cancel');
    }
    for (const text of ['jadi', 'ga jadi ikut kegiatan kemarin', 'tidak ada']) expect(recognizeCommand({ type: 'text', text }), text).toBeNull();
  });

  it('reads "gak jadi deh" and "gajadi deh, nanti aja" as batal, but not a sentence after the comma nor other commands with particles', () => {
    // "gak jadi, batal" was searched as a desa called "Jadi" at a desa's confirmation.
    for (const text of ['gak jadi deh', 'Gajadi deh, nanti aja', 'batal aja ya', 'gak jadi, makasih', 'ga jadi dulu deh!', 'gak jadi, batal', 'ga jadi, cancel']) {
      expect(recognizeCommand({ type: 'text', text }), text).toBe('cancel');
    }
    for (const text of ['gak jadi, namanya saya ganti', 'lanjut aja', 'menu dong', 'jadi deh', 'deh, nanti', 'batal, panggungharjo']) {
      expect(recognizeCommand({ type: 'text', text }), text).toBeNull();
    }
  });
});
