/** A typed yes or no in the ways people write it; anything else is neither. */
import { describe, expect, it } from 'vitest';
import { isLater, isResubmitAnswer, isSaveAnswer, yesOrNo } from '../../../src/domain/parse/yes-no.js';

describe('yesOrNo', () => {
  it('reads yes in Indonesian, slang, Javanese, Sundanese and English, with punctuation and emoji around', () => {
    for (const text of ['ya', 'Iya!', '✅ ya', 'yoi', 'nggih', 'muhun', 'Yes.', 'ya betul', 'oke']) expect(yesOrNo(text), text).toBe('yes');
  });

  it('reads Javanese "sampun", "leres" and Sundanese "enya" as yes; "sampun" first in a sentence is no answer', () => {
    for (const text of ['sampun', 'Sampun.', 'sampun leres', 'leres', 'enya', 'enyaa', 'muhun leres']) expect(yesOrNo(text), text).toBe('yes');
    expect(yesOrNo('sampun ganti ketuane')).toBeNull();
  });

  it('reads no the same ways', () => {
    for (const text of ['tidak', 'gak', 'Nggak.', 'mboten', 'henteu', 'no', 'bukan itu', 'tidak ada']) expect(yesOrNo(text), text).toBe('no');
  });

  it('is neither for anything else', () => {
    for (const text of ['', 'mungkin', 'ya tapi nanti', 'Karang Taruna', '2']) expect(yesOrNo(text), text).toBeNull();
  });

  it('"belum", "nanti" and their kin are neither yes nor no, but a later', () => {
    for (const text of ['belum', 'Nanti aja', '⏭️ Nanti', 'ntar', 'skip', 'mengko', 'engké heula', 'not now']) {
      expect(yesOrNo(text), text).toBeNull();
      expect(isLater(text), text).toBe(true);
    }
    for (const text of ['ya', 'tidak', 'nanti sore saya isi', 'belum ada kegiatan']) expect(isLater(text), text).toBe(false);
  });

  it('drops the particles after a short answer, and reads a yes or no before a comma that only explains it', () => {
    for (const text of ['iya min', 'ya pak', 'bener kok', 'iya bener', 'sudah benar', 'bener kok, kami ikut', 'iya, betul kami ikut']) expect(yesOrNo(text), text).toBe('yes');
    for (const text of ['gak, kami belum punya SK bareng', 'tidak deh', 'bukan, itu desa lain']) expect(yesOrNo(text), text).toBe('no');
    for (const text of ['ya, tapi nanti', 'iya, belum sempat', 'min']) expect(yesOrNo(text), text).toBeNull();
  });

  it('reads answers made of several yes (or no) words, and letters held down', () => {
    for (const text of ['iyaa bener', 'ya boleh', 'iya setuju', 'ok setuju', 'iyaaa', 'okee sip', 'yaa', 'acc']) expect(yesOrNo(text), text).toBe('yes');
    for (const text of ['gak bukan', 'tolak', 'tolak aja', 'nggak', 'gakk']) expect(yesOrNo(text), text).toBe('no');
    // A yes beside other words is no yes: "ok thanks", "ya tapi", "iya tidak" stay unread.
    for (const text of ['ok thanks', 'ya tidak', 'ya ampun', 'iya makasih']) expect(yesOrNo(text), text).toBeNull();
  });

  it('reads a yes followed by words that only go along with it, and nothing with a no, hedge or question among them', () => {
    for (const text of ['iya bener kami ikut kok', 'iya tarik aja', 'ya betul itu kelompok kami', 'ok lanjut', 'iya desa saya']) expect(yesOrNo(text), text).toBe('yes');
    for (const text of ['ya tapi nanti dulu', 'ya ampun', 'iya kalau bisa besok', 'iya gimana caranya', 'ya bukan yang itu', 'iya salah pilih']) expect(yesOrNo(text), text).toBeNull();
    for (const text of ['udh bener simpan aja', 'udah itu aja, simpan', 'simpen']) expect(isSaveAnswer(text), text).toBe(true);
    for (const text of ['jangan simpan dulu', 'ubah lalu simpan', 'simpan nanti']) expect(isSaveAnswer(text), text).toBe(false);
  });

  it('reads Javanese "iyo", "emoh", "gak mau ah", "yakin" and a thumbs-up as the answers they are', () => {
    for (const text of ['iyo bener', 'iyo', 'iy bener', 'iy', 'ho oh', "ho'oh", 'injih', 'yakin', 'ya yakin', 'hooh', '👍', '🙏👍', '👍🏽', 'ok 👍', '✅']) expect(yesOrNo(text), text).toBe('yes');
    for (const text of ['gak mau ah', 'emoh', 'moh ah', 'ogah', 'tidak mau', 'wegah', '👎']) expect(yesOrNo(text), text).toBe('no');
    // A 🙏 alone is a thanks; doubt is no yes; a thumbs-up and a thumbs-down together say nothing.
    for (const text of ['🙏', 'gak yakin', 'belum yakin', '👍👎', '😂', 'gak mau ikut kegiatan itu']) expect(yesOrNo(text), text).toBeNull();
  });

  it('reads the question\'s own verb said back as yes where the question names it ("Tolak …? ❌ Ya, tolak")', () => {
    const reject = { action: ['tolak'] };
    for (const text of ['iya tolak aja', 'ya tolak', 'tolak', 'Tolak aja', 'iya, tolak']) expect(yesOrNo(text, reject), text).toBe('yes');
    for (const text of ['gak', 'gak jadi tolak', 'jangan tolak']) expect(yesOrNo(text, reject), text).not.toBe('yes');
    // Elsewhere "iya tolak" is no answer ("Setujui? iya tolak aja" means no), and "tolak" a no.
    expect(yesOrNo('iya tolak aja')).toBeNull();
    expect(yesOrNo('tolak')).toBe('no');
  });

  it('reads a typed "send it back" where a rejected record is fixed', () => {
    for (const text of ['kirim ulang', 'Kirim lagi aja', 'kirim ulang ke petugas', '📤 Kirim ulang']) expect(isResubmitAnswer(text), text).toBe(true);
    for (const text of ['ulang', 'kirim foto', 'simpan']) expect(isResubmitAnswer(text), text).toBe(false);
    // A word saying it is ready, then the send.
    for (const text of ['udah, kirim', 'ok kirim', 'sip kirim ulang', 'udah kirim aja']) expect(isResubmitAnswer(text), text).toBe(true);
    for (const text of ['belum, kirim nanti', 'udah', 'ok', 'ok kirim foto']) expect(isResubmitAnswer(text), text).toBe(false);
  });

  it('reads a typed save at a summary', () => {
    for (const text of ['simpan', 'Simpan!', 'ok simpan', 'simpan aja', 'sudah benar', 'iya', 'oke catat']) expect(isSaveAnswer(text), text).toBe(true);
    for (const text of ['ubah', 'tidak', 'nanti', 'simpan nanti']) expect(isSaveAnswer(text), text).toBe(false);
    // English without a yes in front.
    for (const text of ['save it', 'Save this', 'please save']) expect(isSaveAnswer(text), text).toBe(true);
    for (const text of ['don\'t save it', 'save it later']) expect(isSaveAnswer(text), text).toBe(false);
  });
});
