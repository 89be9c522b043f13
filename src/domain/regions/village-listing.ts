/**
 * How the hits of a village search are offered (pure, no flow state): which villages are
 * listed and in what order, and when one exact name may be confirmed with one tap. A
 * kecamatan's or kabupaten's name typed as the desa lists the desa in it before a far-away
 * desa of that name, which is then never confirmed alone.
 */
import type { VillageInfo, VillageMatch } from '../model/regions.js';
import { prefixCovers } from '../model/officers.js';
import { VILLAGE_CHOICES } from './effects.js';
import { DESA_NAME_WORDS, alternation } from '../parse/lexicon.js';

/** Scores from this up are an exact name whose place (when typed) fits too; see region-directory.ts. */
export const EXACT_NAME_SCORE = 0.99;

/**
 * A desa named as typed, but for a word dropped ("kota jogja": Desa Jogja 0.95): offered next
 * to the kabupaten/kota of that name, since someone may live there.
 */
const NAMESAKE_SCORE = 0.9;

/** "desa godean", "kel. terban", "Ds Sleman", "village godean": the name typed is said to be a desa's. */
const SAYS_DESA = new RegExp(`^\\s*(?:${alternation(DESA_NAME_WORDS)})\\b`, 'iu');

/** Desa named as typed kept on a kecamatan's list, at its end. */
const MAX_NAMESAKES = 2;

/** What a search's hits become: the villages to list, in order, and how to present them. */
export interface Listing {
  readonly villages: readonly VillageMatch[];
  readonly district?: { readonly name: string; readonly regencyName: string };
  /** The list ends with desa named as typed outside the kecamatan of that name. */
  readonly namesakes?: true;
  /** A desa named as typed lies far from the kecamatan of that name: listed, never confirmed alone. */
  readonly noConfirm?: true;
}

/**
 * The villages of one kecamatan, when the query names a kecamatan ("sewon", "godean"): only
 * they are listed (the similar names below them, "Sewor", "Seworan", are not what was meant),
 * followed by desa truly named so elsewhere ("godean": Desa Godean in Nganjuk, after the desa
 * of Kec. Godean in Sleman), which are then never confirmed alone: a far-away namesake is
 * rarely what a person typing a kecamatan's name meant. A desa named as its own kecamatan
 * (Desa Kroya in Kec. Kroya) is still confirmed as before. Undefined when no kecamatan is
 * named; without `district` when the name is that of kecamatan in several kabupaten (the
 * list then names each one's place).
 */
export function districtOf(found: readonly VillageMatch[], query: string): Listing | undefined {
  const inDistrict = found.filter((match) => match.inDistrict === true);
  const [first] = inDistrict;
  if (first === undefined) return undefined;
  const sameDistrict = inDistrict.every((match) => match.districtName === first.districtName && match.regencyName === first.regencyName);
  const district = sameDistrict ? { district: { name: first.districtName, regencyName: first.regencyName } } : {};
  if (found[0]?.inDistrict === true) return sameDistrict ? { villages: inDistrict, ...district } : undefined;
  // "desa godean": the person says it is a desa; the desa of that name is what they meant.
  if (SAYS_DESA.test(query)) return undefined;
  const namesakes = found.filter((match) => match.inDistrict !== true && match.score >= EXACT_NAME_SCORE);
  const far = namesakes.some((named) => !inDistrict.some((match) => match.districtName === named.districtName && match.regencyName === named.regencyName));
  if (!far) return undefined;
  if (!sameDistrict) return { villages: found, noConfirm: true };
  const keep = Math.min(namesakes.length, MAX_NAMESAKES);
  const listed = [...inDistrict.slice(0, VILLAGE_CHOICES - keep), ...namesakes.slice(0, keep)];
  const rest = [...inDistrict, ...namesakes].filter((match) => !listed.includes(match));
  return { villages: [...listed, ...rest], ...district, namesakes: true, noConfirm: true };
}

/**
 * The single exact hit of a search: if exactly one village scored as exact, or, after a
 * kabupaten was named ("sleman", then "sidomulyo"), exactly one of the exact hits lies in it.
 */
export function exactOf(found: readonly VillageMatch[], villages: readonly VillageInfo[], area: readonly string[] = []): VillageInfo | undefined {
  const exact = found.filter((match) => match.score >= EXACT_NAME_SCORE);
  const inArea = exact.filter((match) => area.some((code) => prefixCovers(code, match.code)));
  const one = exact.length === 1 ? exact[0] : inArea.length === 1 ? inArea[0] : undefined;
  return one && villages.find((village) => village.code === one.code);
}

/**
 * What a query naming a kabupaten/kota ("sleman") offers meanwhile, in order: the desa of a
 * kecamatan of that name inside it (Kec. Sleman), then desa truly named so, those inside
 * first (Desa Sleman in Indramayu last).
 */
export function regencyOffer(found: readonly VillageMatch[], regencyCodes: readonly string[]): VillageMatch[] {
  const inside = (match: VillageMatch) => regencyCodes.some((code) => prefixCovers(code, match.code));
  const offered = found.filter((match) => (match.inDistrict === true && inside(match)) || (match.inDistrict !== true && match.score >= NAMESAKE_SCORE));
  return [...offered.filter(inside), ...offered.filter((match) => !inside(match))];
}
