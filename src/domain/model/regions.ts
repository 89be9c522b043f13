/**
 * What the domain needs to know about Indonesian regions (Kemendagri codes).
 * Implemented by storage over the seeded region table.
 */

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

/** Looks regions up; every call runs inside the caller's transaction. */
export interface RegionDirectory {
  /**
   * Villages whose name is like `query` (typo-tolerant), best first, at most `limit`.
   * `query` may also name the kecamatan or kabupaten after the village
   * ("sidomulyo bambanglipuro", "sidomulyo, bantul") to narrow same-named villages, or
   * name a kecamatan alone ("sewon", "kec. sewon"): then its villages are among the hits.
   */
  searchVillages(query: string, limit: number): Promise<VillageMatch[]>;
  /** One village by code, or null. */
  village(code: string): Promise<VillageInfo | null>;
}
