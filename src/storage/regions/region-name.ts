/**
 * The matching form of a region name: what the seed stores in `Region.nameNorm` and what a
 * search query is turned into before it is compared, so both sides agree exactly.
 */

/** Apostrophes and quotes inside names ("Ra'as", "Regapu’u", `T"Singa`) join the parts. */
const JOINING = /['’‘`´"]/g;
/** Combining marks left by NFKD (é → e + ´), so accented input matches plain names. */
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Lower case, accents and apostrophes removed, every other non-alphanumeric run turned
 * into one space: "Lubuk Pakam I,II" → "lubuk pakam i ii", "Ra'as" → "raas",
 * "Daerah Istimewa Yogyakarta" → "daerah istimewa yogyakarta".
 */
export function normalizeRegionName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(JOINING, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The name as shown to users: the dataset's own spelling, with stray whitespace tidied and
 * its double quotes shown as the apostrophes they stand for (`Soka"an` is Soka'an).
 */
export function displayRegionName(name: string): string {
  return name.replace(/"/g, "'").replace(/\s+/g, ' ').trim();
}
