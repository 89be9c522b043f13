/**
 * Words that ask for something said around its name: before it ("cek", "lihat", "tolong") and
 * after it ("dong", "aja", "sekarang"), as in "cek kelompok kami dong" or "tolong rekap wilayah
 * saya ya". The readers of such a name (../own-entry.ts, ../officers/recap-words.ts, the
 * pending list's name in ../officers/panel-words.ts, a menu entry's words in
 * ../home/menu-words.ts) drop them alike, each with its own words and limits, before they
 * look at what is left.
 */

/** The words a reader drops around a name, and how many. */
export interface WordsAround {
  /** Words of asking before the name. */
  readonly before: ReadonlySet<string>;
  /** Chat after the name. */
  readonly after: ReadonlySet<string>;
  /** Words always left, asking words or not (with 1, "cek" alone stays "cek"); 0 when not given. */
  readonly keep?: number;
  /**
   * At most this many dropped on each side ("cek", "tolong lihat"), or per side (`{ before: 2 }`:
   * two before, any number after); no limit where not given.
   */
  readonly most?: number | { readonly before?: number; readonly after?: number };
}

/** `words` without the asking words `around` them: those before first, then those after. */
export function withoutWordsAround(words: readonly string[], around: WordsAround): string[] {
  const keep = around.keep ?? 0;
  const { most } = around;
  const mostBefore = (typeof most === 'number' ? most : most?.before) ?? Infinity;
  const mostAfter = (typeof most === 'number' ? most : most?.after) ?? Infinity;
  let start = 0;
  let end = words.length;
  while (start < end - keep && start < mostBefore && around.before.has(words[start]!)) start++;
  while (end > start + keep && words.length - end < mostAfter && around.after.has(words[end - 1]!)) end--;
  return words.slice(start, end);
}
