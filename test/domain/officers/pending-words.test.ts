/** An officer's verdict said in words (domain/officers/pending-words.ts): which record, which verdict, the reason. */
import { describe, expect, it } from 'vitest';
import type { PendingVerification } from '../../../src/domain/model/reports.js';
import { isVerdictOnNamed, namedVerdict, noneNamed, otherNamed, verdictSaid } from '../../../src/domain/officers/pending-words.js';

const SRI_REJEKI: PendingVerification = { type: 'group', id: 'g1', name: 'Kelompok Tani Sri Rejeki', groupType: 'kelompok_tani', villageName: 'Panggungharjo' };
const MELATI: PendingVerification = { type: 'group', id: 'g2', name: 'Arisan Melati', groupType: 'arisan', villageName: 'Timbulharjo' };
const KERJA_BAKTI: PendingVerification = {
  type: 'activity', id: 'a1', date: '2026-11-15', category: 'kerja_bakti', description: 'Bersih selokan bersama', villageName: 'Timbulharjo',
};
const LANSIA: PendingVerification = {
  type: 'activity', id: 'a2', date: '2026-11-16', category: 'bantuan_lansia', description: 'Santunan lansia', villageName: 'Timbulharjo',
};
const ALL = [SRI_REJEKI, MELATI, KERJA_BAKTI, LANSIA];

describe('a verdict on a named record', () => {
  it('finds the one pending record the words name, of the kind they say', () => {
    expect(namedVerdict('verifikasi kelompok tani sri rejeki', ALL)).toEqual({ item: SRI_REJEKI, action: 'verify' });
    expect(namedVerdict('tolak kegiatan kerja bakti timbulharjo', ALL)).toEqual({ item: KERJA_BAKTI, action: 'reject' });
    expect(namedVerdict('Tolak kegiatan santunan lansia', ALL)).toEqual({ item: LANSIA, action: 'reject' });
  });

  it('names a group of type "Lainnya" by the type its ketua gave, as the list shows it', () => {
    const werda: PendingVerification = { type: 'group', id: 'g3', name: 'Lansia Sehat', groupType: 'other', typeOther: 'Karang Werda', villageName: 'Timbulharjo' };
    expect(namedVerdict('verifikasi kelompok karang werda', [...ALL, werda])).toEqual({ item: werda, action: 'verify' });
  });

  it('names none when the words fit several records, none, or only say the kind', () => {
    expect(namedVerdict('tolak kegiatan timbulharjo', ALL)).toBeNull();
    expect(namedVerdict('verifikasi kelompok tani makmur', ALL)).toBeNull();
    expect(namedVerdict('verifikasi kelompok', ALL)).toBeNull();
    // "kelompok …" is a group: an activity of Timbulharjo is not one.
    expect(namedVerdict('verifikasi kelompok kerja bakti', ALL)).toBeNull();
    expect(namedVerdict('ada yang perlu saya verifikasi', ALL)).toBeNull();
  });
});

describe('a rejection of a named record with its reason', () => {
  it('takes the words before a comma or "karena" as the record, the rest as the reason (was the list, nothing rejected)', () => {
    expect(namedVerdict('tolak kelompok tani sri rejeki karena ketuanya belum bisa dihubungi', ALL)).toEqual({
      item: SRI_REJEKI, action: 'reject', reason: 'ketuanya belum bisa dihubungi',
    });
    expect(namedVerdict('tolak kegiatan santunan lansia, mitranya belum konfirmasi', ALL)).toEqual({
      item: LANSIA, action: 'reject', reason: 'mitranya belum konfirmasi',
    });
    expect(namedVerdict('Tolak arisan melati - anggotanya belum jelas', ALL)).toEqual({ item: MELATI, action: 'reject', reason: 'anggotanya belum jelas' });
    expect(namedVerdict('tolak kelompok tani sri rejeki: yang datang hanya dua orang', ALL)).toEqual({
      item: SRI_REJEKI, action: 'reject', reason: 'yang datang hanya dua orang',
    });
  });

  it('asks for the reason when the words after the name are too short to be one, and names none when the name fits none', () => {
    expect(namedVerdict('tolak arisan melati, ok', ALL)).toEqual({ item: MELATI, action: 'reject' });
    expect(namedVerdict('tolak kelompok tani makmur, ketuanya pindah', ALL)).toBeNull();
    // Letters are counted, not characters: digits and spaces say nothing to fix (5 letters, as the chat asks).
    expect(namedVerdict('tolak arisan melati, 12345 x', ALL)).toEqual({ item: MELATI, action: 'reject' });
    expect(verdictSaid('tolak, 2026 rt 05')).toEqual({ action: 'reject', reason: null });
    expect(verdictSaid('tolak, rt 05 rw 3 salah')).toEqual({ action: 'reject', reason: 'rt 05 rw 3 salah' });
    // A verification takes no reason: words after the name still have to name the record.
    expect(namedVerdict('verifikasi arisan melati, sudah saya cek', ALL)).toBeNull();
  });
});

describe('a verdict typed at the menu with a record\'s words', () => {
  it('is one with any words after the verdict, without "kelompok" too, and never a question', () => {
    expect(isVerdictOnNamed('verifikasi dasa wisma melati')).toBe(true);
    expect(isVerdictOnNamed('tolak posyandu kenanga, anggotanya belum jelas')).toBe(true);
    expect(isVerdictOnNamed('Setujui Majelis Taklim Al Ikhlas')).toBe(true);
    expect(isVerdictOnNamed('verifikasi')).toBe(false);
    expect(isVerdictOnNamed('verifikasi kelompok')).toBe(false);
    expect(isVerdictOnNamed('verifikasi itu berapa lama?')).toBe(false);
    expect(isVerdictOnNamed('verifikasi kelompok gimana caranya')).toBe(false);
    expect(isVerdictOnNamed('kelompok saya belum diverifikasi')).toBe(false);
  });
});

describe('a verdict asked politely, with the record "said before" (were the FAQ on verifying)', () => {
  it('reads "tolong"/"mohon" before the verdict, and "td"/"tadi" among the naming words', () => {
    expect(isVerdictOnNamed('tolong verifikasi kegiatan bagi sembako td')).toBe(true);
    expect(isVerdictOnNamed('mohon tolak arisan melati, anggotanya belum jelas')).toBe(true);
    expect(namedVerdict('tolong verifikasi kegiatan santunan lansia td', ALL)).toEqual({ item: LANSIA, action: 'verify' });
    expect(namedVerdict('Mohon verifikasi arisan melati yg tadi ya', ALL)).toEqual({ item: MELATI, action: 'verify' });
    expect(namedVerdict('tolong tolak kelompok tani sri rejeki karena ketuanya belum bisa dihubungi', ALL)).toEqual({
      item: SRI_REJEKI, action: 'reject', reason: 'ketuanya belum bisa dihubungi',
    });
    // Still no verdict: a question, or verifying turned off.
    expect(isVerdictOnNamed('tolong verifikasi itu berapa lama?')).toBe(false);
    expect(isVerdictOnNamed('tolong jangan verifikasi arisan melati')).toBe(false);
  });
});

describe('a verdict on the record on screen', () => {
  it('reads verify, or reject with the reason typed after it', () => {
    expect(verdictSaid('ok saya verifikasi yang itu')).toEqual({ action: 'verify' });
    // A question about verifying decides nothing (at a one-record list it verified the record).
    for (const text of ['verifikasi itu apa?', 'kenapa harus verifikasi?', 'cara verifikasi gimana']) expect(verdictSaid(text), text).toBeNull();
    expect(verdictSaid('tolak, mitranya dikonfirmasi sendiri')).toEqual({ action: 'reject', reason: 'mitranya dikonfirmasi sendiri' });
    expect(verdictSaid('tolak aja karena fotonya tidak ada')).toEqual({ action: 'reject', reason: 'fotonya tidak ada' });
    expect(verdictSaid('verifikasi saja, tidak ada masalah')).toEqual({ action: 'verify' });
    expect(verdictSaid('tolak aja, alasannya fotonya kabur')).toEqual({ action: 'reject', reason: 'fotonya kabur' });
    expect(verdictSaid('tolak')).toEqual({ action: 'reject', reason: null });
    // "yang …" is the reason's first word, not a "ya" before it (was "ng ikut cuma satu kelompok").
    expect(verdictSaid('tolak, yang ikut cuma satu kelompok')).toEqual({ action: 'reject', reason: 'yang ikut cuma satu kelompok' });
    // Words before the reason that name nothing are not part of it (were "it, photos missing").
    expect(verdictSaid('reject it, photos missing')).toEqual({ action: 'reject', reason: 'photos missing' });
    expect(verdictSaid('tolak yang itu karena fotonya tidak ada')).toEqual({ action: 'reject', reason: 'fotonya tidak ada' });
    expect(verdictSaid('tolak ini - fotonya kabur')).toEqual({ action: 'reject', reason: 'fotonya kabur' });
    expect(verdictSaid('tolak fotonya kabur, tidak jelas')).toEqual({ action: 'reject', reason: 'fotonya kabur, tidak jelas' });
  });

  it('reads no verdict from a "jangan", from both words, or from none', () => {
    expect(verdictSaid('jangan ditolak dulu')).toBeNull();
    expect(verdictSaid('belum mau verifikasi')).toBeNull();
    // Every "not" of parse/negation.ts (were read as a verification and two rejections).
    for (const text of ['gk verifikasi dulu', 'engga tolak', 'ndak usah tolak']) expect(verdictSaid(text), text).toBeNull();
    expect(verdictSaid('verifikasi atau tolak ya')).toBeNull();
    expect(verdictSaid('siapa ketuanya?')).toBeNull();
  });
});

describe('a verdict that names a record other than the one on screen', () => {
  it('is told apart from a verdict on that one (it decided the record on screen)', () => {
    expect(otherNamed('verifikasi posyandu mawar', SRI_REJEKI)).toBe('posyandu mawar');
    expect(otherNamed('Verifikasi kelompok tani makmur', SRI_REJEKI)).toBe('tani makmur');
    expect(otherNamed('tolak arisan melati, ketuanya pindah', SRI_REJEKI)).toBe('arisan melati');
    expect(otherNamed('ok saya verifikasi posyandu mawar', SRI_REJEKI)).toBe('posyandu mawar');
    for (const text of [
      'ok saya verifikasi yang itu', 'verifikasi', 'verifikasi sri rejeki', 'verifikasi kelompok tani sri rejeki', 'verifikasi saja, tidak ada masalah',
      'verifikasi aja pak sudah saya cek', 'verify this one', 'tolak, mitranya dikonfirmasi sendiri', 'tolak aja karena fotonya tidak ada', 'tolak fotonya kabur',
      'tolak sri rejeki karena ketuanya pindah',
    ]) expect(otherNamed(text, SRI_REJEKI), text).toBeNull();
  });

  it('at the menu, is told when the words fit no pending record (not when they fit several)', () => {
    expect(noneNamed('verifikasi posyandu mawar', ALL)).toBe('posyandu mawar');
    expect(noneNamed('tolak posyandu mawar', ALL)).toBe('posyandu mawar');
    expect(noneNamed('tolak kegiatan timbulharjo', ALL)).toBeNull();
    expect(noneNamed('verifikasi arisan melati', ALL)).toBeNull();
    expect(noneNamed('verifikasi', ALL)).toBeNull();
  });
});
