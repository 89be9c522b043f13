/**
 * What the domain needs to know about Indonesian regions (Kemendagri codes).
 * Implemented by storage over the seeded region table.
 */

/** A desa/kelurahan code "PP.KK.CC.DDDD" (e.g. "34.02.15.2004"): the one pattern the flows, the effects and the API check. */
export const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** A desa/kelurahan with the names of the kecamatan, kabupaten/kota and provinsi above it. */
export interface VillageInfo {
  /** Kemendagri code PP.KK.CC.DDDD, e.g. "34.02.01.2001". */
  readonly code: string;
  readonly name: string;
  readonly districtName: string;
  readonly regencyName: string;
  readonly provinceName: string;
}

/** A search hit with its similarity to the query (0..1, 1 = exact). */
export interface VillageMatch extends VillageInfo {
  readonly score: number;
  /** Found as a village of the kecamatan the query names ("sewon": the desa of Kec. Sewon), not by its own name. */
  readonly inDistrict?: true;
}

/** A kabupaten/kota, named by a search that typed it instead of a desa ("sleman", "kota jogja"). */
export interface RegencyInfo {
  /** Kemendagri code PP.KK, e.g. "34.04". */
  readonly code: string;
  /** The official name: "Kabupaten Sleman", "Kota Yogyakarta". */
  readonly name: string;
  readonly provinceName: string;
}

/** What a search for a typed place found: villages like it, and the kabupaten/kota it names (if any). */
export interface PlaceSearch {
  readonly villages: VillageMatch[];
  /** The kabupaten/kota whose name the whole query is ("kab bantul", "sleman"); mostly none. */
  readonly regencies: RegencyInfo[];
}

/** Options of {@link RegionDirectory.searchPlaces}. */
export interface PlaceSearchOptions {
  /**
   * Region codes (PP.KK, PP.KK.CC…) whose villages come first among villages that score
   * alike: the 98 Sidomulyo are listed with those in the person's own area first.
   */
  readonly near?: readonly string[];
}

/** Looks regions up; every call runs inside the caller's transaction. */
export interface RegionDirectory {
  /**
   * Villages whose name is like `query` (typo-tolerant), best first, at most `limit`.
   * `query` may also name the kecamatan or kabupaten after the village
   * ("sidomulyo bambanglipuro", "sidomulyo, bantul") to narrow same-named villages, or
   * name a kecamatan alone ("sewon", "kec. sewon"): then its villages are among the hits.
   */
  searchVillages(query: string, limit: number): Promise<VillageMatch[]>;
  /**
   * {@link searchVillages} (villages `near` first among equals), and the kabupaten/kota the
   * query names, in one round trip.
   */
  searchPlaces(query: string, limit: number, options?: PlaceSearchOptions): Promise<PlaceSearch>;
  /** One village by code, or null. */
  village(code: string): Promise<VillageInfo | null>;
}
