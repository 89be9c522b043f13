/**
 * Text clean-up shared by the parsers. Phones send curly quotes, long dashes, non-breaking
 * spaces and accented letters; the parsers only ever see plain lowercase ASCII-ish text.
 */

/**
 * Lowercase, accents removed, dashes and quotes made plain, whitespace collapsed and trimmed.
 * Punctuation is kept: each parser decides what a "/" or "." means.
 */
export function simplify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a text: letters and digits only, everything else splits. */
export function words(text: string): string[] {
  const cleaned = simplify(text).replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  return cleaned === '' ? [] : cleaned.split(' ');
}
