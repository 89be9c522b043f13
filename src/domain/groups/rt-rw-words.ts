/**
 * The words RT or RW said in a typed answer ("rw 5", "r.t 3", "RT/RW"), written once: the
 * number questions read an RT/RW typed there by them (./unit-at-number.ts), and the RT/RW
 * question tells its own answer from a member count typed early by them and the dusun words
 * (./members-at-unit.ts).
 */

/** RT or RW, with or without a dot or space between its letters ("rt", "r.w", "r t"). */
const RT_RW = String.raw`r\.?\s*[tw]`;

/** One of `words` (an alternation) said as a word of its own: not inside another ("rw" of "arwana"). */
function saysWord(words: string): RegExp {
  return new RegExp(String.raw`(?:^|[^\p{L}])(?:${words})(?![\p{L}])`, 'iu');
}

/**
 * The words RT or RW said: a bare pair ("20/5") reads as an RT/RW too, but typed at a number
 * question it is no wilayah, so one is only taken with its word.
 */
export const SAYS_RT_RW = saysWord(RT_RW);

/** The RT/RW question's words, RT/RW or a dusun's: "rt 5 warga 50" is the RT/RW question's, not a count. */
export const SAYS_UNIT = saysWord(`${RT_RW}|dusun|dsn|dukuh|banjar|lingkungan|kampung`);
