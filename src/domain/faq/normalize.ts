/**
 * Text normalisation that needs no vocabulary: splitting a chat message into plain
 * lowercase words, and the spelling variants (elongations, affixes) a word may stand for.
 * Which variant is right is decided against the known words in `canonical.ts`.
 */

/**
 * Lowercase words of a message: accents, punctuation and emoji removed, apostrophes
 * joined ("wa'alaikum"), reduplication written with 2 expanded ("ciri2" → "ciri ciri")
 * and spelled-out letters joined ("W.K.S.B.M" → "wksbm").
 */
export function tokenize(text: string): string[] {
  const cleaned = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/\b([a-z]{2,})2\b/g, '$1 $1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return cleaned === '' ? [] : joinSpelledLetters(cleaned.split(' '));
}

/** Joins runs of three or more single letters: "w k s b m" is one word typed slowly. */
function joinSpelledLetters(words: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= 3) out.push(run.join(''));
    else out.push(...run);
    run = [];
  };
  for (const word of words) {
    if (/^[a-z]$/.test(word)) run.push(word);
    else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out;
}

/**
 * Forms a word with repeated letters may stand for, most conservative first: runs of
 * three or more shortened to two ("maaaf" → "maaf"), then every run to one ("apaaa" →
 * "apa", "wksbmm" → "wksbm"). Empty when the word repeats no letter.
 */
export function elongationVariants(word: string): string[] {
  if (!/(.)\1/.test(word)) return [];
  const variants = [word.replace(/(.)\1{2,}/g, '$1$1'), word.replace(/(.)\1+/g, '$1')];
  return [...new Set(variants)].filter((variant) => variant !== word);
}

// Indonesian, Javanese (-e, -ne, -ipun) and Sundanese (-na) suffixes, and colloquial -in.
const SUFFIXES = ['nya', 'ipun', 'kah', 'lah', 'pun', 'kan', 'ne', 'na', 'an', 'in', 'e', 'i'];
// [prefix, letter it replaced]: "menanya" is men- + "tanya", "memakai" is mem- + "pakai".
const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['memper', ''], ['meng', ''], ['meng', 'k'], ['meny', 's'], ['mem', ''], ['mem', 'p'], ['men', ''],
  ['men', 't'], ['me', ''], ['peng', ''], ['peng', 'k'], ['peny', 's'], ['pem', ''], ['pem', 'p'],
  ['pen', ''], ['pen', 't'], ['per', ''], ['pe', ''], ['ber', ''], ['be', ''], ['ter', ''], ['di', ''],
  ['ke', ''], ['se', ''], ['ng', ''], ['ny', 's'], ['n', ''], ['m', ''],
  // Sundanese nga- before a root ("saha nu ngaverifikasi": who verifies).
  ['nga', ''],
];
const MIN_ROOT = 3;

/**
 * Possible roots of an affixed word: "syaratnya" → "syarat", "pendaftaran" → … "daftar",
 * "carane" → "cara". Suffix-only splits come first (chat adds "-nya", "-e", "-na" far more
 * often than it derives words), then prefix-only, then both; shorter cuts first within each.
 * Most candidates are not words; the caller keeps the first one it knows, so a wrong split
 * can only ever land on a known word.
 */
export function affixCandidates(word: string): string[] {
  const found: Array<{ root: string; kind: number; removed: number; order: number }> = [];
  let order = 0;
  for (const suffix of ['', ...SUFFIXES]) {
    if (!word.endsWith(suffix) || word.length - suffix.length < MIN_ROOT) continue;
    const stem = word.slice(0, word.length - suffix.length);
    for (const [prefix, replaced] of [['', ''] as const, ...PREFIXES]) {
      if (!stem.startsWith(prefix)) continue;
      const rest = stem.slice(prefix.length);
      // A nasal prefix swallows the first consonant of a root only before a vowel.
      if (replaced !== '' && !/^[aiueo]/.test(rest)) continue;
      const root = replaced + rest;
      if (root.length >= MIN_ROOT && root !== word) {
        found.push({ root, kind: (suffix ? 1 : 0) + (prefix ? 2 : 0), removed: word.length - rest.length, order: order++ });
      }
    }
  }
  found.sort((a, b) => a.kind - b.kind || a.removed - b.removed || a.order - b.order);
  return [...new Set(found.map((candidate) => candidate.root))];
}
