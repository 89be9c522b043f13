/**
 * An answer that counts several kinds at once, cut into its parts: "20 lansia terus 5
 * disabilitas" (beneficiaries), "12 kader 3 pengurus" (members). Each reader decides what a
 * part means (a PMKS category and its count, people of one kind); this only finds the parts.
 */

/**
 * Words people join two parts with besides "dan": "20 lansia terus 5 disabilitas", "… sama 5 …",
 * "… lalu …", "… plus …". None is part of a PMKS category's name ("dengan" is: "orang dengan HIV").
 */
const JOINERS = /\s(?:terus|trus|trs|lalu|sama|sm|juga|plus|ditambah|tambah|kemudian|\+)\s/g;

/**
 * The parts of `text` (simplified: lower case, see text.ts) as lists of words, cut at commas
 * (not one before exactly three digits, which groups thousands: "1,200"), ";", new lines,
 * "dan"/"and"/"serta", "&" and the {@link JOINERS}. `drop`: words that only frame a part
 * ("jumlah", "orang"), left out; parts left empty are dropped.
 */
export function joinedParts(text: string, drop: ReadonlySet<string>): string[][] {
  return text
    .replace(JOINERS, ', ')
    .split(/,(?!\d{3}(?!\d))|;|\n|\s(?:dan|and|serta)\s|&/)
    .map((part) =>
      part
        .replace(/[=:()]/g, ' ')
        .split(/\s+/)
        .filter((word) => word !== '' && !drop.has(word)),
    )
    .filter((tokens) => tokens.length > 0);
}

/**
 * "20 lansia 5 disabilitas" or "lansia 20 disabilitas 5", typed without a comma: a new part
 * starts where a count follows a name (count first) or a name follows a count (name first).
 * Split only when every piece has a count and a name; otherwise the words stay one part.
 */
export function splitByPosition(tokens: readonly string[]): string[][] {
  const digit = (index: number): boolean => /^\d[\d.,]*$/.test(tokens[index]!);
  const countFirst = digit(0);
  if (!countFirst && !digit(tokens.length - 1)) return [[...tokens]];
  const pieces: string[][] = [];
  let start = 0;
  for (let index = 1; index < tokens.length; index++) {
    const starts = countFirst ? digit(index) && !digit(index - 1) : !digit(index) && digit(index - 1);
    if (starts) {
      pieces.push(tokens.slice(start, index));
      start = index;
    }
  }
  pieces.push(tokens.slice(start));
  const whole = pieces.every((piece) => piece.length >= 2 && piece.some((word) => /^\d/.test(word)) && piece.some((word) => /^[a-z]/.test(word)));
  return pieces.length > 1 && whole ? pieces : [[...tokens]];
}
