/**
 * How many desa of a kecamatan, kabupaten/kota or provinsi stand at each WKSBM level: what a
 * resident, leader or officer asks in the chat ("berapa desa di Bantul yang sudah WKSBM?",
 * "desa mana saja yang sudah WKSBM di Kec. Godean?"). Levels are those in force, as the
 * officers' dashboard counts them: an officer's override where one is in force, else the
 * latest recorded level; a desa with neither is Belum Ada.
 */
import type { AreaFacts, WksbmLevel } from './status.js';

/**
 * The id of the counts flow (domain/status-check/area-counts-flow.ts). On the floor because
 * the officer's panel opens it (📊 Rekap wilayah) and may not import that feature.
 */
export const AREA_COUNTS_FLOW_ID = 'status.areaCounts';

/**
 * Words that say which kind of area a name is ("kec godean", "kab bantul", "sleman regency"),
 * as people type them: read by the understanding of a count question and by the area search.
 * A Map: a typed word is never looked up among an object's own properties ("constructor").
 */
export const AREA_KIND_WORDS: ReadonlyMap<string, NamedArea['kind']> = new Map([
  ['kec', 'district'],
  ['kecamatan', 'district'],
  ['distrik', 'district'],
  ['district', 'district'],
  ['kab', 'regency'],
  ['kabupaten', 'regency'],
  ['kota', 'regency'],
  ['kodya', 'regency'],
  ['kotamadya', 'regency'],
  ['regency', 'regency'],
  ['city', 'regency'],
  ['prov', 'province'],
  ['provinsi', 'province'],
  ['propinsi', 'province'],
  ['province', 'province'],
]);

/** A region above the desa, as the chat names it. */
export interface NamedArea {
  /** Kemendagri code: PP (provinsi), PP.KK (kabupaten/kota) or PP.KK.CC (kecamatan). */
  readonly code: string;
  readonly kind: 'province' | 'regency' | 'district';
  /** The official name: "Kabupaten Bantul", "Godean", "Daerah Istimewa Yogyakarta". */
  readonly name: string;
  /** The names above it, nearest first (a kecamatan's kabupaten/kota and provinsi). */
  readonly within: readonly string[];
}

/** A desa with its level in force, for the list under the counts. */
export interface LeveledVillage {
  readonly code: string;
  readonly name: string;
  readonly districtName: string;
  readonly level: WksbmLevel;
}

/** The counts of one area. */
export interface AreaCounts {
  readonly area: NamedArea;
  /** Desa and kelurahan in the area. */
  readonly villages: number;
  /** Desa per level in force; they add up to `villages`. */
  readonly levels: Readonly<Record<WksbmLevel, number>>;
  /**
   * The desa at a level above Belum Ada, highest level first then by name, at most the
   * limit asked; `levels` has how many there are in all.
   */
  readonly listed: readonly LeveledVillage[];
}

/** A desa of an area with its status facts (as the status check loads them for one desa). */
export interface VillageFacts {
  readonly code: string;
  readonly name: string;
  readonly districtName: string;
  readonly facts: AreaFacts;
}

/** Finds areas by name and counts their desa per level; runs in the caller's transaction. */
export interface AreaCountsReader {
  /**
   * The kecamatan, kabupaten/kota and provinsi called `query` ("bantul", "kab. bantul",
   * "kec godean", "godean sleman", "jogja", "jawa tengah"), at most `limit`, widest first.
   * A word that says which kind ("kecamatan", "kabupaten", "kota", "provinsi") keeps to it.
   */
  findAreas(query: string, limit: number): Promise<NamedArea[]>;
  /** The area with this code, or null. */
  area(code: string): Promise<NamedArea | null>;
  /** The counts of `area`, with up to `listLimit` of its desa above Belum Ada. */
  counts(area: NamedArea, listLimit: number): Promise<AreaCounts>;
  /**
   * The facts of every desa of `area` with a group (rejected ones left out), in one
   * statement whatever their number: each desa's facts are those the status check loads
   * for it alone (activities dated before `since`, a calendar date, left out). Code order.
   */
  villageFacts(area: NamedArea, since: Date): Promise<VillageFacts[]>;
}
