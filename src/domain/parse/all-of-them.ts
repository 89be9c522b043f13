/**
 * "semua", "dua-duanya", "keduanya", "all of them": every group (or item) offered, typed where one
 * or several are picked. Shared by an activity's partners (every group offered is taken) and a
 * tie's groups (recorded one at a time, the others offered after).
 */

/** The words for all of the items offered, alone. */
const ALL_OF_THEM = /^(?:semua(?:nya)?|semua kelompok|dua[\s-]?(?:dua|2)nya|duanya|keduanya|ketiganya|all|all of them|both)$/i;

/** The words for both of two ("dua-duanya", "keduanya", "both"): with more than two offered, which two is not said. */
const BOTH = /^(?:dua[\s-]?(?:dua|2)nya|duanya|keduanya|both)$/i;

/** Whether `text` is the words for all of the items offered ({@link ALL_OF_THEM}). */
export function saysAllOfThem(text: string): boolean {
  return ALL_OF_THEM.test(text.trim());
}

/** Whether `text` says both of two ({@link BOTH}): it names all only when two are offered. */
export function saysBoth(text: string): boolean {
  return BOTH.test(text.trim());
}
