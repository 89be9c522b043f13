/**
 * What a sentence at the main menu opens, from the one function the home flow asks: a change
 * to one's group (carried into Kelompok saya), an entry's own words, an entry asked for in a
 * sentence, "kirim ulang", or nothing (free text).
 */
import { describe, expect, it } from 'vitest';
import { entryOfWords } from '../../../src/domain/home/entry-of-words.js';

describe('entryOfWords', () => {
  it('opens Kelompok saya with a change to one\'s group said as news, or the group\'s end', () => {
    const news = 'anggota kelompok kami sekarang nambah jadi 35 orang';
    expect(entryOfWords(news)).toEqual({ kind: 'entry', id: 'groups', change: news });
    const ended = 'kelompok kami sudah bubar, tolong dihapus';
    expect(entryOfWords(ended)).toEqual({ kind: 'entry', id: 'groups', change: ended });
  });

  it('opens Kelompok saya with a field said wrong or with a plain value, and for a wish to fix the group\'s data', () => {
    for (const change of ['jumlah anggota posyandu anggrek sebenarnya 8 orang', 'anggotanya 8 orang', 'ganti nomor hp ketua 081234567890', 'no hp ketua sekarang 081234567890']) {
      expect(entryOfWords(change), change).toEqual({ kind: 'entry', id: 'groups', change });
    }
    for (const text of ['mau perbaiki data kelompok', 'perbaiki', 'betulkan data', 'revisi data kelompok', "fix my group's data"]) {
      expect(entryOfWords(text), text).toEqual({ kind: 'entry', id: 'groups' });
    }
    // A field with words that are no value of it stays free text.
    expect(entryOfWords('anggota posyandu minimal 5 orang')).toBeNull();
    expect(entryOfWords('jadwal posyandu tiap bulan')).toBeNull();
  });

  it('opens an entry by its own words, without a change', () => {
    expect(entryOfWords('👥 Kelompok saya')).toEqual({ kind: 'entry', id: 'groups' });
    // The field alone is the menu word; with its new value it is a change to make.
    expect(entryOfWords('ganti ketua')).toEqual({ kind: 'entry', id: 'groups' });
    expect(entryOfWords('ganti ketua jadi Bu Aminah')).toEqual({ kind: 'entry', id: 'groups', change: 'ganti ketua jadi Bu Aminah' });
  });

  it('opens an entry asked for in a sentence', () => {
    // A tie carries the group named, for 🔗 Hubungan antarkelompok to take (it asked again).
    expect(entryOfWords('mau catat hubungan sama kelompok tani sri rejeki')).toEqual({ kind: 'entry', id: 'relation', tie: { partner: 'kelompok tani sri rejeki' } });
    expect(entryOfWords('catat hubungan')).toEqual({ kind: 'entry', id: 'relation' });
    // An entry's words with words of opening before them and chat after, "kami" for "saya" (were free text).
    expect(entryOfWords('cek kelompok saya')).toEqual({ kind: 'entry', id: 'groups' });
    expect(entryOfWords('tolong buka kegiatan kami dong')).toEqual({ kind: 'entry', id: 'activities' });
    expect(entryOfWords('hapus kegiatan')).toEqual({ kind: 'entry', id: 'activities' });
    expect(entryOfWords('lihat kegiatan')).toBeNull();
    // Names of Object's own properties typed are no menu words (they were a 500).
    expect(entryOfWords('constructor')).toBeNull();
    expect(entryOfWords('cek constructor kami')).toBeNull();
    // Whether one's own group is registered or verified yet: Kelompok saya shows it (was how to register, or officers),
    // its state said first (`state`).
    expect(entryOfWords('kelompok saya sudah terdaftar belum?')).toEqual({ kind: 'entry', id: 'groups', state: true });
    expect(entryOfWords('apa kelompok kami sudah diverifikasi?')).toEqual({ kind: 'entry', id: 'groups', state: true });
    expect(entryOfWords('saya lupa sudah daftar atau belum')).toEqual({ kind: 'entry', id: 'groups', state: true });
    // A wish to work with a named group (was "belum paham"); asked how, it stays a question.
    expect(entryOfWords('kelompok kami mau kerja sama dengan posyandu melati')).toEqual({ kind: 'entry', id: 'relation', tie: { partner: 'posyandu melati' } });
    // A tie stated (was "belum paham"): the same entry, marked as told, with the kind said.
    expect(entryOfWords('kami sering rapat bareng posyandu melati')).toEqual({ kind: 'entry', id: 'relation', tie: { partner: 'posyandu melati', kind: 'shared_meetings', stated: true } });
    expect(entryOfWords('kemarin kami rapat bareng posyandu melati')).toBeNull();
    expect(entryOfWords('gimana kalau mau kerja sama dengan posyandu melati?')).toBeNull();
    expect(entryOfWords('ada yg minta konfirmasi ga')).toEqual({ kind: 'entry', id: 'inbox' });
    expect(entryOfWords('ada yg perlu dikonfirmasi?')).toEqual({ kind: 'entry', id: 'inbox' });
    expect(entryOfWords('ada yang perlu saya verifikasi?')).toEqual({ kind: 'entry', id: 'officer' });
  });

  it('sends back what an officer rejected', () => {
    expect(entryOfWords('kirim ulang')).toEqual({ kind: 'resend' });
    expect(entryOfWords('mau kirim ulang kegiatan yg ditolak dong')).toEqual({ kind: 'resend' });
  });

  it('opens nothing for free text and questions, which the FAQ answers', () => {
    expect(entryOfWords('apa itu wksbm')).toBeNull();
    expect(entryOfWords('kalau kelompok bubar gimana?')).toBeNull();
    expect(entryOfWords('hubungan antarkelompok itu apa')).toBeNull();
    expect(entryOfWords('')).toBeNull();
  });
});
