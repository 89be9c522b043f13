/**
 * Words that ask for something said around its name: before it ("cek", "lihat", "tolong") and
 * after it ("dong", "aja", "sekarang"), as in "cek kelompok kami dong" or "tolong rekap wilayah
 * saya ya". The readers of such a name (../own-entry.ts, ../officers/recap-words.ts) drop
 * them alike, each with its own words, before they look at what is left.
 */

/** The words a reader drops around a name, and how many. */
export interface WordsAround {
  /** Words of asking before the name. */
  readonly before: ReadonlySet<string>;
  /** Chat after the name. */
  readonly after: ReadonlySet<string>;
  /** Words always left, asking words or not (with 1, "cek" alone stays "cek"); 0 when not given. */
  readonly keep?: number;
  /** At most this many dropped on each side ("cek", "tolong lihat"); no limit when not given. */
  readonly most?: number;
}

/** `words` without the asking words `around` them: those before first, then those after. */
export function withoutWordsAround(words: readonly string[], around: WordsAround): string[] {
  const keep = around.keep ?? 0;
  const most = around.most ?? Infinity;
  let start = 0;
  let end = words.length;
  while (start < end - keep && start < most && around.before.has(words[start]!)) start++;
  while (end > start + keep && words.length - end < most && around.after.has(words[end - 1]!)) end--;
  return words.slice(start, end);
}
