/**
 * What the officer jobs (inactive groups, weekly digest, dormancy sweep) and the officer's
 * "pending verification" list read from storage. Areas are given as code prefixes, as
 * officers cover them; storage matches them at segment boundaries.
 */
import type { ActivityCategory, ActivitySummary } from './activities.js';
import type { GroupType } from './group-types.js';
import type { AreaUnit, GroupKetua } from './groups.js';
import type { WksbmLevel } from './status.js';

/** A group with no joint activity for a while. */
export interface InactiveGroup {
  readonly id: string;
  readonly name: string;
  readonly villageCode: string;
  readonly villageName: string;
  readonly districtName: string;
  readonly regencyName: string;
  /** Date of its latest confirmed activity ("YYYY-MM-DD"), or null when it never had one. */
  readonly lastActivityDate: string | null;
  /** Its registration day in Jakarta ("YYYY-MM-DD"). */
  readonly registeredDate: string;
}

/** A change of a desa's level recorded in a week. */
export interface LevelChange {
  readonly villageCode: string;
  readonly villageName: string;
  readonly from: WksbmLevel;
  readonly to: WksbmLevel;
}

/** The numbers of an officer's weekly digest. */
export interface DigestFigures {
  /** Enabled, not rejected groups in the areas. */
  readonly activeGroups: number;
  /** Of which registered in the period. */
  readonly newGroups: number;
  /** Activities logged in the period (not rejected). */
  readonly activities: number;
  readonly pendingGroups: number;
  readonly pendingActivities: number;
  /**
   * Pending records of groups the officer leads (the group, or an activity it reported), left
   * out of the two counts above and said apart, as the pending list says what it left out.
   */
  readonly ownPending: number;
  /** Level changes of whole desa in the period, oldest first (first records are not changes). */
  readonly levelChanges: readonly LevelChange[];
}

/** A pending group's ketua, size and place within the desa. */
export interface PendingGroupDetails {
  readonly ketua: GroupKetua | null;
  readonly memberCount: number;
  readonly unit: AreaUnit;
}

/** Something waiting for an officer's verification. */
export type PendingVerification =
  | {
      readonly type: 'group';
      readonly id: string;
      readonly name: string;
      readonly groupType: GroupType;
      /** The type named by the ketua when `groupType` is `other` ("Karang Werda"), shown as the alert shows it; else null. */
      readonly typeOther?: string | null;
      readonly villageName: string;
      /** Filled by the officer's pending list (not by storage): what the officer checks and whom to call. */
      readonly details?: PendingGroupDetails;
    }
  | {
      readonly type: 'activity';
      readonly id: string;
      readonly date: string;
      readonly category: ActivityCategory;
      readonly description: string;
      readonly villageName: string;
      /**
       * Filled by the officer's pending list (not by storage): who reported it, the partners'
       * answers, whom it served, and its photos (ids), the evidence the alert carried.
       */
      readonly details?: Pick<ActivitySummary, 'reportingGroup' | 'partners' | 'beneficiaries'> & { readonly photoIds?: readonly string[] };
    };

/** An officer's pending list: the first items, how many there are, and how many of the officer's own groups were left out. */
export interface PendingList {
  readonly items: readonly PendingVerification[];
  readonly total: number;
  readonly own: number;
}

/** A group of an officer's area, as the chat lists them: its state, and whether it counts as active. */
export interface AreaGroup {
  readonly id: string;
  readonly name: string;
  readonly villageName: string;
  readonly verification: 'pending' | 'verified' | 'rejected';
  /** Counted active by the status rules: an activity in the window, or registered within the grace days. */
  readonly counted: boolean;
}

/** The first groups of an officer's areas and how many there are (of those asked). */
export interface AreaGroupList {
  readonly items: readonly AreaGroup[];
  readonly total: number;
}

/** Read-only queries of the officer jobs; run inside the caller's transaction. */
export interface AlertReports {
  /**
   * Enabled, not rejected groups registered before `registeredBefore` whose latest confirmed
   * activity is dated before `activeSince` ("YYYY-MM-DD"), or that never had one.
   */
  inactiveGroups(activeSince: string, registeredBefore: Date): Promise<InactiveGroup[]>;
  /**
   * Digest figures of the desa under `prefixes`, for records made in [since, until). The
   * pending counts leave out what groups `ledBy` leads await, counting it in `ownPending`, as
   * {@link pendingVerifications} does with `own`.
   */
  digest(prefixes: readonly string[], since: Date, until: Date, ledBy: string | null): Promise<DigestFigures>;
  /** Desa codes whose latest whole-desa level record is `level`. */
  villagesAtLevel(level: WksbmLevel): Promise<string[]>;
  /**
   * Pending groups and activities under `prefixes`, oldest first, at most `limit`, and how
   * many there are. Those of groups `ledBy` leads (the group itself, or an activity it
   * reported) are left out and only counted in `own`: another officer must verify them.
   */
  pendingVerifications(prefixes: readonly string[], limit: number, ledBy: string | null): Promise<PendingList>;
  /**
   * Enabled groups under `prefixes` by desa and name, at most `limit`, and how many there are.
   * A group counts as active with a confirmed activity dated `activeSince` ("YYYY-MM-DD") or
   * later, or registered on `registeredSince` or later (Jakarta days); `uncountedOnly`: only
   * those that do not (rejected ones left out).
   */
  areaGroups(prefixes: readonly string[], window: { readonly activeSince: string; readonly registeredSince: string; readonly uncountedOnly: boolean }, limit: number): Promise<AreaGroupList>;
}
