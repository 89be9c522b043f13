/**
 * How many people, as a group's leader says it: "ada 12 kader", "anggotanya 30 orang ibu-ibu",
 * "12 kader posyandu", "dua belas", "sekitar 15an". The number with the words that say who
 * they are ("kader", "ibu-ibu", "warga", "pemuda") and the words that label it ("anggotanya",
 * "jumlah anggota kami") dropped; anything else after a number ("12 kucing") is not a count.
 */
import { parseCount, type CountError } from './numbers.js';
import type { ParseResult } from './result.js';
import { simplify } from './text.js';

/** Who the people are, said right after the number; the words after them may say more ("kader posyandu"). */
const PEOPLE = new Set([
  'orang', 'org', 'kader', 'ibu', 'ibu2', 'ibu-ibu', 'bu', 'bapak', 'bapak2', 'bapak-bapak', 'bpk', 'pemuda', 'pemudi', 'remaja', 'warga',
  'kk', 'kepala', 'keluarga', 'jamaah', 'jemaah', 'jamaah2', 'petani', 'nelayan', 'peternak', 'pengrajin', 'perajin', 'lansia', 'anak', 'anak2',
  'pengurus', 'relawan', 'anggota', 'peserta', 'perempuan', 'wanita', 'pria', 'laki', 'laki-laki', 'santri', 'siswa', 'mbah', 'mudamudi',
  'muda-mudi', 'karyawan', 'people', 'members', 'member', 'persons', 'volunteers', 'women', 'men',
]);

/** Words before the number that only label it: "anggotanya", "jumlah anggota kami", "kami ada". */
const LABEL = /^(?:(?:jumlah|jml|total)\s+)?(?:anggota(?:nya)?|pengurus(?:nya)?|kader(?:nya)?|member(?:s)?)?(?:\s*(?:kami|kita|saya|sekarang|skrg|ada|:|=))*\s*/;

/**
 * A count of people within `range`, as {@link parseCount} reads it, also with who they are said
 * after the number and labels before it. The error is parseCount's for the bare answer.
 */
export function parsePeopleCount(text: string, range: { readonly min: number; readonly max: number }): ParseResult<number, CountError> {
  const direct = parseCount(text, range);
  if (direct.ok || direct.error !== 'not_a_number') return direct;
  const words = simplify(text).replace(/[.!?]+$/, '').replace(LABEL, '').split(' ').filter((word) => word !== '');
  // The first word that says who, after at least one word of the count ("dua belas kader");
  // none: the count is what the label left ("anggotanya ada 25").
  const who = words.findIndex((word, index) => index > 0 && PEOPLE.has(word.replace(/,$/, '')));
  if (who > 0 && words.slice(who).some((word) => /\d/.test(word))) return direct;
  const count = parseCount(words.slice(0, who > 0 ? who : words.length).join(' '), range);
  return count.ok || count.error !== 'not_a_number' ? count : direct;
}
