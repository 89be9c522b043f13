/**
 * A request to record a tie between groups, in words: "mau catat hubungan sama kelompok tani
 * sri rejeki", "tambah kerja sama dengan posyandu mawar". The menu opens 🔗 Hubungan
 * antarkelompok for it, as for the entry's own words; a question about ties ("hubungan
 * antarkelompok itu apa", "cara catat hubungan gimana") stays the FAQ's.
 */

/** A verb of recording or a wish, then a word for a tie later in the sentence. */
const TIE_REQUEST =
  /\b(?:catat|catatkan|nyatat|tambah|tambahkan|nambah|daftar|daftarkan|daftarin|input|masukkan|masukin|lapor|laporkan|bikin|buat|record|add)\b.*\b(?:hubungan|hubungannya|kerja\s?sama|kerjasamanya|relasi|kemitraan|tie|ties|link)\b/iu;
/** Words that make it a question about ties rather than a request. */
const ASKING = /\?|\b(?:apa|apakah|gimana|gmn|bagaimana|cara|caranya|kenapa|kok|piye|kumaha|what|how|why)\b/iu;

/** True when `text` asks to record a tie between groups. */
export function isTieRequest(text: string): boolean {
  return TIE_REQUEST.test(text) && !ASKING.test(text);
}
