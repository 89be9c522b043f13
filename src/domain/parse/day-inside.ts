/**
 * The words of a sentence that name a day ("kerja bakti sama pkk sabtu kemarin", "yang sama
 * karang taruna tgl 3"), for answers that say a day among other words.
 */
import { parseActivityDate } from './date.js';

/**
 * The words of `text` that name a day ("sabtu kemarin", "tgl 5"), the longest first (four
 * words at most); null when none does, or they name a week ("minggu lalu": its day is asked).
 */
export function dayInside(text: string, now: Date): string | null {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}/.-]+/gu, ' ').trim().split(' ');
  for (let length = Math.min(4, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const phrase = words.slice(start, start + length).join(' ');
      const read = parseActivityDate(phrase, now);
      if (read.ok) return phrase;
      if (read.error === 'vague_week') return null;
    }
  }
  return null;
}
