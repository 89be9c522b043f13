/**
 * An activity named by words of its description ("yg selokan", "yang penyuluhan gizi"): all
 * the words said (of three letters or more, the "yang"/"kegiatan" around them left out) are
 * among its description's words.
 */

/** Words that name nothing of an activity ("yg kemarin itu", "yg acara itu"). */
const EMPTY_WORDS = new Set(['yg', 'yang', 'acara', 'kegiatan', 'di', 'ke', 'dan', 'sama', 'dengan', 'bareng', 'kami', 'kita', 'kelompok', 'itu', 'tuh', 'the', 'one']);

/** Lower-case words of at least three letters that may name something. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3 && !EMPTY_WORDS.has(word));
}

/** Whether `said` names the activity described as `description` by its words. */
export function describedBy(said: string, description: string): boolean {
  const named = wordsOf(said);
  const described = new Set(wordsOf(description));
  return named.length > 0 && named.every((word) => described.has(word));
}
