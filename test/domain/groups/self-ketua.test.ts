/** "Saya sendiri" at the ketua question: the person chairs the group themself, whose name is no "saya sendiri". */
import { describe, expect, it } from 'vitest';
import { readSelfKetua } from '../../../src/domain/groups/self-ketua.js';

describe('readSelfKetua', () => {
  it('reads "me" as people say it, without a name', () => {
    for (const text of ['saya sendiri', 'sy sendiri', 'saya', 'aku ketuanya', 'saya ketuanya', 'yang daftar ini', 'yg daftar ini', 'Saya sendiri pak', 'ketuanya saya sendiri', 'sendiri', 'me', 'I am the chair', 'aku ketuanya sekarang', 'saya ketua yang baru', 'I am the leader myself', "I'm the group leader"]) {
      expect(readSelfKetua(text), text).toEqual({ name: null, phone: null });
    }
    expect(readSelfKetua('saya sendiri 0812 3456 7890')).toEqual({ name: null, phone: '+6281234567890' });
    // Sundanese "abdi" (I) with "nyalira"/"sendiri" (myself) or "ketuana": was stored as a ketua named "Abdi Nyalira".
    for (const text of ['abdi nyalira', 'Abdi sendiri', 'abdi ketuana', 'kuring nyalira', 'simkuring'])
      expect(readSelfKetua(text), text).toEqual({ name: null, phone: null });
    expect(readSelfKetua('abdi nyalira, 0812 2233 4455')).toEqual({ name: null, phone: '+6281222334455' });
    expect(readSelfKetua('abdi nyalira, Asep Saepudin 0812 2233 4455')).toEqual({ name: 'Asep Saepudin', phone: '+6281222334455' });
    // A remark that the number comes later is no name.
    expect(readSelfKetua('saya sendiri, nomornya nanti sy cek dulu')).toEqual({ name: null, phone: null });
  });

  it('keeps the name typed after "me" without its form of address, and the phone', () => {
    // "bu", "pak"… are how others address the person, not their name (the bot says "Bu" itself).
    expect(readSelfKetua('saya sendiri, bu Siti Aminah 0812 3456 7890')).toEqual({ name: 'Siti Aminah', phone: '+6281234567890' });
    expect(readSelfKetua('saya sendiri, Bapak Slamet')).toEqual({ name: 'Slamet', phone: null });
    expect(readSelfKetua('saya sendiri mas, Bayu Pratama. hp 0857 4321 8765')).toEqual({ name: 'Bayu Pratama', phone: '+6285743218765' });
    expect(readSelfKetua('nama saya Bayu')).toEqual({ name: 'Bayu', phone: null });
    expect(readSelfKetua('saya Pak Bayu 0812 3456 7890')).toEqual({ name: 'Bayu', phone: '+6281234567890' });
    // The role said after the name is not part of it.
    expect(readSelfKetua('saya bu ani, kader posyandu')).toEqual({ name: 'Ani', phone: null });
    expect(readSelfKetua('saya sendiri, Bu Ani kader posyandu 0812 3456 7890')).toEqual({ name: 'Ani', phone: '+6281234567890' });
    // "ketua saya sendiri, …": the ketua is me, named after the comma.
    expect(readSelfKetua('ketua saya sendiri, Bu Hj. Siti Khotijah 081578889900')).toEqual({ name: 'Hj. Siti Khotijah', phone: '+6281578889900' });
  });

  it('is no "me" when the answer names someone else', () => {
    for (const text of ['Bu Siti', 'Siti Aminah 0812-2745-6789', 'Ketua RT 07', 'ketuanya Bu Siti', 'saya sekretaris, ketuanya Bu Siti', 'I Made Suarta', 'Abdi Santoso', 'Abdi Nugraha 0812 3456 7890', 'a.n. Bu Euis', 'ketua saya Bu Siti']) {
      expect(readSelfKetua(text), text).toBeNull();
    }
  });

  // Not knowing is no name: "Belum Tau" became the ketua's and, once saved, the person's own name.
  it.each(['saya sendiri belum tau', 'sy sendiri lupa', 'saya sendiri kurang tau', 'saya sendiri gatau'])('reads "%s" as the person, with no name', (typed) => {
    expect(readSelfKetua(typed)).toEqual({ name: null, phone: null });
  });

  it('keeps a role as typed, as a ketua named so is kept ("saya sendiri, pak Dukuh" was "Dukuh")', () => {
    expect(readSelfKetua('saya sendiri, pak Dukuh')?.name).toBe('pak Dukuh');
    expect(readSelfKetua('saya sendiri, bu Siti Aminah')?.name).toBe('Siti Aminah');
  });
});
