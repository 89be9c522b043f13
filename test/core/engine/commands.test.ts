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
    for (const text of ['gak jadi, namanya saya ganti', 'lanjut aja', 'jadi deh', 'deh, nanti', 'batal, panggungharjo']) {
      expect(recognizeCommand({ type: 'text', text }), text).toBeNull();
    }
  });

  it('reads a plea for help with the bot ("tolong bantu", "help me") as bantuan, with particles after it, and a request for aid as none', () => {
    // "tolong bantu" was the FAQ's answer on social aid.
    for (const text of ['tolong bantu', 'Tolong bantu!', 'tolong bantu saya', 'tolong dibantu ya min', 'bantu saya dong', 'tolongin', 'help me', 'please help', 'tulung', 'tulungi kula', 'tulungan abdi']) {
      expect(recognizeCommand({ type: 'text', text }), text).toBe('help');
    }
    for (const text of ['tolong bantu daftar bansos', 'minta bantuan', 'bisa dibantu', 'bantuan sosial']) expect(recognizeCommand({ type: 'text', text }), text).toBeNull();
  });

  it('reads the menu asked for in chat words ("menu dong", "balik ke menu", "eh bentar, menu") as menu, and a sentence naming it as none', () => {
    // Each was searched as a desa ("Menur", "Balik", "Bentar") at a registration's desa question: the person was stuck.
    for (const text of ['menu dong', 'balik ke menu', 'ke menu aja', 'kembali ke menu utama', 'menu aja deh', 'eh bentar, menu', 'buka menu', 'ke menu utama dulu', 'back to menu', 'go to main menu']) {
      expect(recognizeCommand({ type: 'text', text }), text).toBe('menu');
    }
    for (const text of ['menu apa aja yang ada', 'menu makan', 'warung menu', 'ke menu kegiatan', 'bentar, rt 5', 'menu, panggungharjo']) {
      expect(recognizeCommand({ type: 'text', text }), text).toBeNull();
    }
  });

  it('reads going on with what was set aside "tadi" ("lanjut daftar tadi", "lanjutin yg tadi") as resume, and "lanjut aja" as none', () => {
    // "lanjut daftar tadi" at the menu, a registration paused: was the FAQ's "Maaf, saya belum paham pertanyaannya".
    for (const text of ['lanjut daftar tadi', 'lanjutin daftar yg tadi', 'lanjutkan pendaftaran yang tadi', 'lanjut yg tadi', 'lanjutin', 'lanjutin yang tadi']) {
      expect(recognizeCommand({ type: 'text', text }), text).toBe('resume');
    }
    for (const text of ['lanjut aja', 'tadi', 'yang tadi', 'daftar tadi', 'lanjut daftar kelompok baru']) expect(recognizeCommand({ type: 'text', text }), text).toBeNull();
  });
});

