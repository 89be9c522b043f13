/**
 * What the WKSBM status engine reads and writes. The facts are loaded by storage for one
 * desa (or one RW of it); the computation itself (status.ts) is pure.
 */

/** The levels of an area, lowest first; `dorman` is an Aktif area that stopped acting. */
export const WKSBM_LEVELS = ['belum_ada', 'rintisan', 'tumbuh', 'aktif', 'dorman'] as const;
export type WksbmLevel = (typeof WKSBM_LEVELS)[number];

/** A group as the status engine sees it. Storage leaves rejected groups out. */
export interface GroupFact {
  readonly id: string;
  /** Its name, to say what waits for whom; absent in facts that never show it. */
  readonly name?: string;
  /** A group type id (enum GroupType), e.g. `arisan`, or `other`. */
  readonly type: string;
  /** The leader's own name for the type when `type` is `other` (e.g. "Karang Werda"). */
  readonly typeOther: string | null;
  /** False once its leader deactivated it. */
  readonly enabled: boolean;
  readonly registeredAt: Date;
  /** An officer verified it; pending groups still count but make the result provisional. */
  readonly verified: boolean;
}

/** A declared relation between two groups of the area. Storage leaves declined ones out. */
export interface RelationFact {
  readonly groupIds: readonly [string, string];
  /** The other side confirmed it (a pending relation does not count yet). */
  readonly confirmed: boolean;
  readonly verified: boolean;
}

/** An activity of the area's groups. Storage leaves rejected activities out. */
export interface ActivityFact {
  readonly id: string;
  /** Calendar date (Asia/Jakarta) at UTC midnight, as Prisma returns a `@db.Date`. */
  readonly date: Date;
  /** The area's groups that confirmed taking part. */
  readonly confirmedGroupIds: readonly string[];
  /** The area's groups asked to take part that have not answered yet. */
  readonly pendingGroupIds: readonly string[];
  /** At least one PMKS category has a beneficiary count above zero. */
  readonly servesPmks: boolean;
  readonly verified: boolean;
}

/** Everything that decides one area's level. */
export interface AreaFacts {
  /** Every non-rejected group of the area, enabled or not. */
  readonly groups: readonly GroupFact[];
  /** Pending and confirmed relations whose two groups are both in `groups`. */
  readonly relations: readonly RelationFact[];
  /** Activities dated on or after the `since` passed to loadFacts with ≥ 1 confirmed area group. */
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
  /**
   * Serialises status refreshes of one desa (all its RWs included) until the transaction
   * ends, so that two concurrent changes cannot both miss (or both record) a level change.
   */
  lockArea(area: AreaRef): Promise<void>;
  /** The area's facts; activities dated before `since` (a calendar date) are left out. */
  loadFacts(area: AreaRef, since: Date): Promise<AreaFacts>;
  /** The latest recorded level, or null when none was ever recorded. */
  lastLevel(area: AreaRef): Promise<LevelRecord | null>;
  /** Appends a level change to the history. */
  recordLevel(area: AreaRef, record: LevelRecord): Promise<void>;
  /** Level history, newest first. */
  history(area: AreaRef, limit: number): Promise<LevelRecord[]>;
  /** The drop waiting out its grace period, or null. */
  pendingDrop(area: AreaRef): Promise<PendingDrop | null>;
  /** Records (or retargets, keeping `since`) the drop waiting out its grace period. */
  setPendingDrop(area: AreaRef, drop: PendingDrop): Promise<void>;
  /** Forgets the waiting drop (it happened, or the area recovered). */
  clearPendingDrop(area: AreaRef): Promise<void>;
}

/** A drop first seen at `since`, to `level`, that takes effect after the grace period. */
export interface PendingDrop {
  readonly level: WksbmLevel;
  readonly since: Date;
}

/** The part of a transaction object status effects need. */
export interface StatusTx {
  readonly status: StatusRepository;
}
