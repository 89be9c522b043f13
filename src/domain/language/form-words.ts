/**
 * Indonesian words of the bot's own forms and menu that the language reading
 * (../understanding/language-of.ts) does not count as Indonesian: a group's "ketua", its
 * "anggota", "jadwal". Residents writing Indonesian type them after an English command word
 * they know from apps ("change ketua", "edit jadwal"): such a message is no sign of English.
 */
const FORM_WORDS: ReadonlySet<string> = new Set([
  'ketua', 'ketuanya', 'anggota', 'anggotanya', 'pengurus', 'sekretaris', 'bendahara', 'jadwal', 'pertemuan', 'jenis', 'tahun', 'nomor',
  'alamat', 'dusun', 'kelurahan', 'kecamatan', 'kabupaten', 'wilayah', 'foto', 'laporan', 'petugas', 'grup', 'akun',
]);

/** Whether `tokens` (tokenised) hold one of those Indonesian form words. */
export function hasIndonesianFormWord(tokens: readonly string[]): boolean {
  return tokens.some((token) => FORM_WORDS.has(token));
}
