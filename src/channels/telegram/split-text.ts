/**
 * Telegram rejects messages over 4096 characters, so long answers are cut into several
 * messages, at a paragraph break when there is one late enough, else at a line break,
 * else at a space, and only as a last resort inside a word (never inside a surrogate pair).
 */

/** Telegram's limit for a message text (counted in UTF-16 code units, as JavaScript does). */
export const TELEGRAM_TEXT_LIMIT = 4096;

const SEPARATORS = ['\n\n', '\n', ' '] as const;

/** Splits `text` into parts of at most `limit` characters; short text comes back as one part. */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const [cut, skip] = cutPoint(rest, limit);
    const part = rest.slice(0, cut).trimEnd();
    if (part.length > 0) parts.push(part);
    rest = rest.slice(cut + skip).replace(/^\n+/, '');
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}

/** Where to cut, and how many separator characters to drop there. */
function cutPoint(text: string, limit: number): [number, number] {
  // A break in the first half would leave a stub of a message; look for a later one.
  const earliest = Math.floor(limit / 2);
  for (const separator of SEPARATORS) {
    const at = text.lastIndexOf(separator, limit - separator.length);
    if (at >= earliest) return [at, separator.length];
  }
  const code = text.charCodeAt(limit - 1);
  const splitsPair = code >= 0xd800 && code <= 0xdbff;
  return [splitsPair ? limit - 1 : limit, 0];
}
