/**
 * Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap
 * two neighbours), which covers the usual thumb typos: "wksmb", "sarat", "pengertan".
 */

/**
 * Edit distance between two strings. Stops early and returns `max + 1` as soon as the
 * distance is known to exceed `max`, which keeps scans over a vocabulary cheap.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  // Three rolling rows: the swap rule looks two rows back.
  let twoBack = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, twoBack[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[width - 1]!;
}

/**
 * How many edits a typed word of this length may have and still count as a typo of a
 * known word: none for short words (too many real words lie one edit apart), one from 5
 * letters ("sarat" → "syarat"), two from 8 ("pengertan", "asalamualaikum").
 */
export function allowedTypos(length: number): number {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return 0;
}
