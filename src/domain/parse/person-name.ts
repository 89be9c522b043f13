/**
 * A person's name as it is kept: one typed all in lower case ("bu sri wahyuni") or all in
 * capitals ("PAK BUDI SANTOSO"), as people type in chats, gets the capitals a name is written
 * with ("Bu Sri Wahyuni", "Pak Budi Santoso"); one typed with both stays exactly as typed, since
 * people spell their own names their way ("McDonald", "dr. Siti", "Siti binti Ahmad").
 *
 * Which words stay lower case when the name is tidied, and why:
 * - "bin", "binti": patronymics, written lower case inside a name ("Ahmad bin Sulaiman");
 * - "van", "von", "der", "den": Dutch and German family-name particles some Indonesian (Maluku,
 *   Manado, Indo) families carry, lower case after a given name ("Maria van der Berg");
 * - "dr.", "drg.": the titles of a physician and a dentist, written so in Indonesian (EYD);
 *   capitalised, "Dr." would be a doctorate.
 * Each is capitalised as the first word ("Van Basten"). Not "al": Indonesians write the Arabic
 * article with a capital in names ("Muhammad Al Fatih", "Al-Habsyi").
 */

/** Words that stay lower case inside a tidied name (see the module's comment). */
const LOWER_PARTICLES: ReadonlySet<string> = new Set(['bin', 'binti', 'van', 'von', 'der', 'den']);

/** Titles lower case even first: "dr. siti" is Siti the physician (a doctorate is "Dr."). */
const LOWER_TITLES: ReadonlySet<string> = new Set(['dr.', 'drg.']);

/** Short forms written in capitals in a name ("Pak RT", "Bu RW 05"). */
const CAPITALS: ReadonlySet<string> = new Set(['rt', 'rw']);

/**
 * The name with capitals as a name is written when it was typed all in lower case, all in
 * capitals, or with only its first letter a capital (that first word kept as typed); as typed
 * otherwise. Each part of a word after a hyphen or a full stop starts with a capital
 * ("al-habsyi" → "Al-Habsyi", "s.pd" → "S.Pd"), not after an apostrophe ("ma'ruf" → "Ma'ruf").
 */
export function personNameAsTyped(name: string): string {
  const lower = name.toLowerCase();
  const autoCapital = name.charAt(0) !== lower.charAt(0) && name.slice(1) === lower.slice(1);
  if (name !== lower && name !== name.toUpperCase() && !autoCapital) return name;
  const typed = name.split(' ');
  return lower
    .split(' ')
    .map((word, index) => (index === 0 && autoCapital ? typed[0]! : tidyWord(word, index === 0)))
    .join(' ');
}

/** One word of a name typed all in one case, with the capitals it is written with. */
function tidyWord(word: string, first: boolean): string {
  if (CAPITALS.has(word)) return word.toUpperCase();
  if (LOWER_TITLES.has(word) || (!first && LOWER_PARTICLES.has(word))) return word;
  // The first letter, after any opening mark ("(bu"), and each one after a hyphen or a full stop.
  return word.replace(/(^[^\p{L}]*|[-.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
