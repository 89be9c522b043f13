/**
 * What group features need from storage. Every method runs inside the caller's
 * transaction; authorisation is decided by the domain (effects.ts) with `leaderRole`.
 */
import type { GroupType } from './group-types.js';

/** Where a group is: a desa/kelurahan and, below it, RW/RT numbers or a dusun name. */
export interface AreaUnit {
  /** 0 when not used. */
  readonly rw: number;
  /** 0 when not used. */
  readonly rt: number;
  /** '' when not used. */
  readonly dusun: string;
}

/** A new group as the registration flow collects it. */
export interface NewGroup {
  readonly type: GroupType;
  readonly typeOther: string | null;
  readonly name: string;
  readonly villageCode: string;
  readonly unit: AreaUnit;
  readonly memberCount: number;
  readonly foundedYear: number | null;
  readonly meetingSchedule: string | null;
  /** The group's own ketua and phone (E.164), not the registering chat account's. */
  readonly ketuaName: string;
  readonly ketuaPhone: string | null;
}

export type VerificationState = 'pending' | 'verified' | 'rejected';

/** A group as flows show it. */
export interface GroupView {
  readonly id: string;
  readonly name: string;
  readonly type: GroupType;
  readonly typeOther: string | null;
  readonly villageCode: string;
  readonly villageName: string;
  readonly districtName: string;
  readonly regencyName: string;
  readonly unit: AreaUnit;
  readonly memberCount: number;
  readonly foundedYear: number | null;
  readonly meetingSchedule: string | null;
  readonly active: boolean;
  readonly verification: VerificationState;
  /** The officer's reason while the group is rejected (null otherwise, or when none was given). */
  readonly rejectionReason: string | null;
  /** The group's own ketua and phone (E.164); null only for rows whose leader was erased. */
  readonly ketuaName: string | null;
  readonly ketuaPhone: string | null;
}

/** Fields a leader may change after registration: every field. */
export interface GroupChanges {
  readonly type?: GroupType;
  readonly typeOther?: string | null;
  readonly name?: string;
  /** A new desa; `unit` comes with it. */
  readonly villageCode?: string;
  readonly unit?: AreaUnit;
  readonly memberCount?: number;
  readonly foundedYear?: number | null;
  readonly meetingSchedule?: string | null;
  readonly ketuaName?: string;
  readonly ketuaPhone?: string | null;
  /** Set the group back to "pending" so that an officer verifies it again. */
  readonly reverify?: boolean;
}

/** A person's request to co-lead a group, awaiting the leader's answer. */
export interface CoLeaderRequest {
  readonly groupId: string;
  readonly groupName: string;
  readonly requesterId: string;
  readonly requesterName: string | null;
  /** The phone the requester gave with the request (E.164), for the leaders to recognise or call them. */
  readonly requesterPhone: string | null;
}

/** A group found by its name, with its normalised name and where in the desa it is. */
export interface NamedGroup {
  readonly id: string;
  readonly name: string;
  readonly nameNorm: string;
  readonly unit: AreaUnit;
}

/** What {@link GroupRepository.createUnlessNamed} did. */
export type CreatedUnlessNamed =
  | { readonly kind: 'created'; readonly group: GroupView }
  | { readonly kind: 'duplicate'; readonly existing: { readonly id: string; readonly name: string } };

/** Storage of groups and their leaders. */
export interface GroupRepository {
  /** An enabled (active), not rejected group in the desa whose normalised name equals `nameNorm`, if any. */
  findByName(villageCode: string, nameNorm: string): Promise<{ readonly id: string; readonly name: string } | null>;
  /**
   * The enabled, not rejected groups of the desa whose normalised name is `base` or `base`
   * followed by more words ("… rw 11"), oldest first: the same group may have been
   * registered with or without its RT/RW in its name. With `alike`, also those whose name
   * without the words `alike.ignoring` is `alike.loose` ("pkk dusun glugo" for "pkk glugo").
   */
  findNamedFrom(villageCode: string, base: string, alike?: { readonly loose: string; readonly ignoring: readonly string[] }): Promise<NamedGroup[]>;
  /**
   * Creates the group (and its area row if new) with `leaderId` as its leader, unless
   * {@link findByName} finds a group of that name in the desa: then nothing is written and
   * that group is returned. In one go: a registration's last check.
   */
  createUnlessNamed(group: NewGroup, nameNorm: string, leaderId: string, now: Date): Promise<CreatedUnlessNamed>;
  get(groupId: string): Promise<GroupView | null>;
  /**
   * Active groups the person leads or co-leads (active membership), oldest first; rejected
   * ones included so that the leader sees the verdict.
   */
  listLedBy(personId: string): Promise<GroupView[]>;
  /**
   * Active, not rejected groups of any desa whose normalised name is `nameNorm`, by desa, at
   * most `limit`: "is sidomulyo registered?" may ask about a group, not a desa.
   */
  listNamed(nameNorm: string, limit: number): Promise<GroupView[]>;
  /** Active, not rejected groups of a desa, by name, optionally leaving some out. */
  listInVillage(villageCode: string, excludeIds: readonly string[]): Promise<GroupView[]>;
  /** The person's role if their membership is active (whether or not the group is), or null. */
  leaderRole(groupId: string, personId: string): Promise<'leader' | 'coleader' | null>;
  update(groupId: string, changes: GroupChanges, nameNorm: string | undefined, now: Date): Promise<GroupView>;
  deactivate(groupId: string, now: Date): Promise<void>;
  /** When its leader ended the group, or null while it is active (or missing). */
  deactivatedAt(groupId: string): Promise<Date | null>;
  /**
   * Records a pending co-leader request; false when the person already has a pending or
   * active row, or the group is missing or inactive. A removed row becomes pending again.
   */
  requestCoLeader(groupId: string, personId: string, now: Date): Promise<boolean>;
  /** Accepts (active co-leader) or declines (removed) a pending request. */
  decideCoLeader(groupId: string, requesterId: string, accept: boolean): Promise<boolean>;
  /** People with an active membership (leader or co-leader) of the group: who is told about it. */
  leaderIds(groupId: string): Promise<string[]>;
  /**
   * Records an officer's verdict on a pending group (a rejection with its reason); false
   * when the group is missing or no longer pending (another officer was first).
   */
  setVerification(groupId: string, verdict: Verdict, verifierId: string | null, reason: string | null, now: Date): Promise<boolean>;
  /** Whether the group was changed after its last verdict (false when it has none, or is missing). */
  changedSinceVerdict(groupId: string): Promise<boolean>;
  /** The group's ketua, or null when it has none (any more). */
  ketua(groupId: string): Promise<GroupKetua | null>;
  /**
   * Moves a group registered twice into the one that stays (leaders, activities, relations;
   * what the staying group lacks of ketua, year and meetings) and deletes it; null when
   * either group is missing.
   */
  mergeInto(fromId: string, intoId: string, now: Date): Promise<GroupMergeCounts | null>;
}

/** What a merge moved to the group that stays (things both groups already had are not counted). */
export interface GroupMergeCounts {
  /** People who lead the staying group now and did not before. */
  readonly leaders: number;
  /** Activities the staying group takes part in now and did not before. */
  readonly activities: number;
  /** Ties to other groups moved over. */
  readonly relations: number;
}

/** A group's ketua (contact person) as officers see it: the phone is for the verifying officer. */
export interface GroupKetua {
  readonly name: string | null;
  /** E.164, unmasked: whoever shows it decides whether to mask it. */
  readonly phone: string | null;
}

/** An officer's decision on a pending record. */
export type Verdict = 'verified' | 'rejected';

/** Personal details of a leader, kept on the person. */
export interface PeopleRepository {
  /** Sets the display name; a null phone means "not given" and keeps the phone on record. */
  setContact(personId: string, displayName: string, phoneE164: string | null): Promise<void>;
  /** Remembers the desa of the person's last status check (a Kemendagri village code). */
  setLastVillage(personId: string, villageCode: string): Promise<void>;
  /** The desa of the person's last status check, or null. */
  lastVillage(personId: string): Promise<string | null>;
}
