/**
 * What the WKSBM status engine reads and writes. The facts are loaded by storage for one
 * desa (or one RW of it); the computation itself (status.ts) is pure.
 */

/** The levels of an area, lowest first; `dorman` is an Aktif area that stopped acting. */
export const WKSBM_LEVELS = ['belum_ada', 'rintisan', 'tumbuh', 'aktif', 'dorman'] as const;
export type WksbmLevel = (typeof WKSBM_LEVELS)[number];

/** A group as the status engine sees it. */
export interface GroupFact {
  readonly id: string;
  readonly type: string;
  /** False once its leader deactivated it. */
  readonly enabled: boolean;
  readonly registeredAt: Date;
  readonly verified: boolean;
}

/** A declared relation between two groups. */
export interface RelationFact {
  readonly groupIds: readonly [string, string];
  /** The other side confirmed it. */
  readonly confirmed: boolean;
  readonly verified: boolean;
}

/** An activity with the groups that confirmed taking part. */
export interface ActivityFact {
  readonly id: string;
  readonly date: Date;
  readonly confirmedGroupIds: readonly string[];
  /** At least one PMKS category has a beneficiary count above zero. */
  readonly servesPmks: boolean;
  readonly verified: boolean;
}

/** Everything that decides one area's level. */
export interface AreaFacts {
  readonly groups: readonly GroupFact[];
  readonly relations: readonly RelationFact[];
  readonly activities: readonly ActivityFact[];
  /** Whether the area was ever recorded as Aktif (a condition of Dorman). */
  readonly everAktif: boolean;
}

/** Which area: a desa/kelurahan, or one RW of it. */
export interface AreaRef {
  readonly villageCode: string;
  /** RW number; absent for the whole desa. */
  readonly rw?: number;
}

/** A recorded level of an area at a moment. */
export interface LevelRecord {
  readonly level: WksbmLevel;
  readonly provisional: boolean;
  readonly at: Date;
}

/** Storage of status facts and level history; runs inside the caller's transaction. */
export interface StatusRepository {
  loadFacts(area: AreaRef): Promise<AreaFacts>;
  /** The latest recorded level, or null when none was ever recorded. */
  lastLevel(area: AreaRef): Promise<LevelRecord | null>;
  /** Appends a level change to the history. */
  recordLevel(area: AreaRef, record: LevelRecord): Promise<void>;
  /** Level history, newest first. */
  history(area: AreaRef, limit: number): Promise<LevelRecord[]>;
}
