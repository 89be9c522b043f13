/**
 * What the WKSBM status engine reads and writes. The facts are loaded by storage for one
 * desa (or one RW of it); the computation itself (status/status.ts) is pure. The computed
 * status's shape lives here too: the level-change event carries it.
 */
import type { Text } from '../../core/text.js';

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

/** C1 Eksistensi Kolektif: enough active groups of enough kinds. */
export interface CollectiveExistence {
  readonly met: boolean;
  readonly activeGroups: number;
  readonly requiredGroups: number;
  /** Distinct types among the active groups. */
  readonly types: number;
  readonly requiredTypes: number;
  /** Enabled groups that are not active: no activity in the window and not newly registered. */
  readonly idleGroups: number;
}

/** C2 Jaringan Sosial: enough ties, and most active groups tied to another group. */
export interface SocialNetwork {
  readonly met: boolean;
  /** Distinct pairs of active groups linked by a confirmed relation or a joint activity. */
  readonly relations: number;
  readonly requiredRelations: number;
  /** Active groups in at least one such pair. */
  readonly linkedGroups: number;
  /** Active groups counted in the share: all but new groups not linked yet. */
  readonly activeGroups: number;
  /** Active groups registered within `newGroupLinkDays` and not linked yet: not counted in the share. */
  readonly newUnlinkedGroups: number;
  /** linkedGroups / activeGroups in whole percent, rounded down (0 without active groups). */
  readonly linkedPercent: number;
  readonly requiredLinkedPercent: number;
  /** Further pairs whose declared relation awaits the other group's confirmation. */
  readonly pendingRelations: number;
  /**
   * Of `relations`, the pairs tied by a confirmed declared relation (menu Hubungan
   * antarkelompok); the rest (`relations - declaredRelations`) are linked only by a joint
   * activity in the window. Lets a reader match `relations` against the relations list.
   */
  readonly declaredRelations: number;
}

/** C3 Sinergi Penyelenggaraan: joint activities in the window, some serving PMKS. */
export interface JointOperation {
  readonly met: boolean;
  readonly jointActivities: number;
  readonly requiredJointActivities: number;
  /** Joint activities with at least one PMKS beneficiary. */
  readonly pmksJointActivities: number;
  readonly requiredPmksJointActivities: number;
  /** Activities in the window that become joint once invited groups confirm. */
  readonly awaitingConfirmation: number;
  /** Days since the latest joint activity among the facts; null when there is none. */
  readonly daysSinceLastJointActivity: number | null;
}

/** Something counted once another group confirms it, named for the status reply. */
export type WaitingConfirmation =
  | { readonly kind: 'relation'; readonly awaiting: string; readonly from: string }
  | { readonly kind: 'activity'; readonly awaiting: string; readonly date: string };

/** An area's computed status. Plain JSON (no Dates), so a flow may keep it in its state. */
export interface AreaStatus {
  readonly level: WksbmLevel;
  /** Some record behind the numbers is not verified by an officer yet. */
  readonly provisional: boolean;
  readonly criteria: {
    readonly c1: CollectiveExistence;
    readonly c2: SocialNetwork;
    readonly c3: JointOperation;
  };
  /** What to do next, as `status:step.*` texts; empty when nothing applies. */
  readonly nextSteps: readonly Text[];
  /** Records behind the numbers not verified by an officer yet (a quiet fact, never a level change). */
  readonly unverifiedRecords?: number;
  /** Relations and activities waiting for a partner's confirmation, by name. */
  readonly waiting?: readonly WaitingConfirmation[];
  /** A drop waiting out its grace period: to `level` on `on` (YYYY-MM-DD) unless `fix` is done. */
  readonly pendingDrop?: { readonly level: WksbmLevel; readonly on: string; readonly fix: readonly Text[] };
}
