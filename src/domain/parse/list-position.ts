/**
 * Which line of a numbered list a typed answer points at: by its number ("2", "no 2 min",
 * "nomor dua", "yang ke-2", "#2") or by an ordinal word ("yang kedua", "pertama", "terakhir",
 * "the second one", "last"). A bare cardinal word ("dua", "tiga") needs a word like "nomor"
 * or "yang" before it: Tiga and Sembilan are desa names.
 */
import { ownEntry } from '../../core/record.js';
import { dropTrailingParticles } from './particles.js';
import { words } from './text.js';

/** Ordinal words, alone enough to point at a line. */
const ORDINALS: Readonly<Record<string, number>> = {
  pertama: 1, kesatu: 1, first: 1, kedua: 2, second: 2, ketiga: 3, third: 3, keempat: 4, fourth: 4, kelima: 5, fifth: 5,
  keenam: 6, sixth: 6, ketujuh: 7, seventh: 7, kedelapan: 8, eighth: 8, kesembilan: 9, ninth: 9, kesepuluh: 10, tenth: 10,
};

/**
 * Cardinal words, read only after a word that says a line is meant ("nomor dua", "yang ke tiga").
 * Apart from ./numbers.ts parseNumber on purpose: one word, one to ten like ORDINALS; parseNumber reads any amount, "kosong" (nought) too.
 */
const CARDINALS: Readonly<Record<string, number>> = {
  satu: 1, one: 1, dua: 2, two: 2, tiga: 3, three: 3, empat: 4, four: 4, lima: 5, five: 5,
  enam: 6, six: 6, tujuh: 7, seven: 7, delapan: 8, eight: 8, sembilan: 9, nine: 9, sepuluh: 10, ten: 10,
};

/** The last line. */
const LAST = new Set(['terakhir', 'last', 'paling bawah', 'bawah sendiri']);

/** Words before the position that say a line of the list is meant. */
const POINTERS = new Set(['yang', 'yg', 'no', 'nomor', 'nomer', 'nmr', 'nr', 'number', 'pilih', 'pilihan', 'opsi', 'option', 'the', 'urutan', 'ke', 'ambil', 'saya', 'sy']);

/** Words after the position that change nothing ("the second one", "yang kedua itu", "no 2 aja"). */
const AFTER = new Set(['one', 'itu', 'tuh', 'please', 'pls']);

/** The 1-based line `text` points at, `'last'` for the last line, or null when it points at none. */
export function listPosition(text: string): number | 'last' | null {
  // "ke-2", "#2": the mark is only a boundary here.
  const typed = dropTrailingParticles(words(text), { keep: 1, just: true });
  while (typed.length > 1 && AFTER.has(typed.at(-1)!)) typed.pop();
  let pointed = false;
  while (typed.length > 1 && POINTERS.has(typed[0]!)) {
    typed.shift();
    pointed = true;
  }
  const rest = typed.join(' ');
  if (LAST.has(rest)) return 'last';
  const number = /^(?:ke)?(\d{1,2})$/.exec(rest);
  if (number) return Number(number[1]);
  if (typed.length !== 1) return null;
  return ownEntry(ORDINALS, rest) ?? (pointed ? (ownEntry(CARDINALS, rest) ?? null) : null);
}
