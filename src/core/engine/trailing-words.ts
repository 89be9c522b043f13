/**
 * Chat words after a command or a choice that change nothing ("gak jadi deh", "yang tadi aja",
 * "baru ya kak"): dropped from its end before the words are looked up. Each reader names its
 * own (commands.ts, draft.ts); the engine knows no lexicon of the domain's.
 */

/** `words` without the `particles` at their end, keeping at least the first word ("deh" alone stays "deh"). */
export function dropTrailing(words: readonly string[], particles: ReadonlySet<string>): string[] {
  const kept = [...words];
  while (kept.length > 1 && particles.has(kept.at(-1)!)) kept.pop();
  return kept;
}
