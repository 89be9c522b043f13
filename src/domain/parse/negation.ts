/**
 * "Not" as people type it in a chat, in one place: the readers of questions ("bisa daftar
 * gak?"), refusals ("ga mau data saya disimpan"), "I don't understand" and verdicts ("jangan
 * tolak") build their word sets from these, adding only what their own reading needs.
 */

/** Indonesian "not": formal, short and slang forms ("tidak", "tdk", "gak", "nggak", "engga", "ndak"). */
export const NOT_WORDS: ReadonlySet<string> = new Set(['tidak', 'tdk', 'gak', 'ga', 'gk', 'nggak', 'ngga', 'enggak', 'engga', 'ndak']);

/** Javanese and Sundanese "not" ("ora", "mboten", "teu"). */
export const REGIONAL_NOT_WORDS: ReadonlySet<string> = new Set(['ora', 'mboten', 'teu']);

/** Words that end a yes/no question in chat: a "not" ("bisa daftar gak", "boleh nggak", "… ora?") or "kah". */
export const YES_NO_TAGS: ReadonlySet<string> = new Set([...NOT_WORDS, ...REGIONAL_NOT_WORDS, 'kah']);

/**
 * Every "not" above (Indonesian and regional) with `extra` words, as one alternation for a
 * regular expression ("tidak|tdk|…"), escaped, longest first: for readers that look for "not"
 * before another word ("gak ada", "gak tau", "gak ikut"), so that a form added here reaches them.
 */
export function notWordsPattern(extra: readonly string[] = []): string {
  const all = [...new Set([...NOT_WORDS, ...REGIONAL_NOT_WORDS, ...extra])];
  return all
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
