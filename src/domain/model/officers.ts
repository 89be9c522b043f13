/**
 * Officers (TKSK, PSM, Dinas Sosial staff, pendamping) and the areas they cover, by
 * Kemendagri code prefix: a kabupaten/kota "34.04", a kecamatan "34.04.07" or a desa
 * "34.04.07.2001". An officer covers a desa when one of their prefixes is a prefix of its
 * code at a segment boundary.
 */
import type { AreaRef, WksbmLevel } from './status.js';

/**
 * What a rejection's reason must have, in the chat, the admin API and the dashboard alike: it is
 * told to the group's leaders as what to fix, so it needs `minLetters` letters (of any script;
 * "x", "ok", "1234567" or spaces say nothing to fix) and at most `max` characters in all.
 */
export const REJECTION_REASON = { minLetters: 5, max: 300 } as const;

/** How many letters a text has (of any script; digits, spaces and symbols are none). */
function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** What is wrong with a (tidied) rejection reason, or null when it may be told to the leaders. */
export function rejectionReasonProblem(reason: string): 'fewLetters' | 'tooLong' | null {
  if (letterCount(reason) < REJECTION_REASON.minLetters) return 'fewLetters';
  return reason.length > REJECTION_REASON.max ? 'tooLong' : null;
}

export const OFFICER_KINDS = ['tksk', 'psm', 'dinsos', 'pendamping'] as const;
export type OfficerKind = (typeof OFFICER_KINDS)[number];

/**
 * How far each kind's word carries: Dinas Sosial validates what TKSK map, and TKSK work with
 * the PSM and PKH companions of their kecamatan (DOMAIN.md).
 */
const KIND_RANK: Readonly<Record<OfficerKind, number>> = { dinsos: 3, tksk: 2, psm: 1, pendamping: 1 };

/**
 * Whether an officer of kind `inviter` may invite an officer of kind `invited`: only a kind
 * ranked no higher than their own (a TKSK brings in a PSM, never a Dinas Sosial officer whose
 * verdicts leaders read as the Dinas Sosial's).
 */
export function mayInviteKind(inviter: OfficerKind, invited: OfficerKind): boolean {
  return KIND_RANK[invited] <= KIND_RANK[inviter];
}

/** An officer as the domain sees one. */
export interface OfficerView {
  readonly id: string;
  readonly personId: string;
  /** The officer's own name (their person's), as they gave it in the chat; null until they do. */
  readonly name: string | null;
  readonly kind: OfficerKind;
  readonly areaPrefixes: readonly string[];
  readonly mutedKinds: readonly string[];
  /** Quiet hours in minutes after midnight, Asia/Jakarta; null when none. */
  readonly quietStartMin: number | null;
  readonly quietEndMin: number | null;
  readonly active: boolean;
}

/** An invite an admin made; the officer redeems its code in a chat. */
export interface NewInvite {
  /** The stored form: 8 characters, no separator (see invite-code.ts). */
  readonly code: string;
  readonly kind: OfficerKind;
  readonly areaPrefixes: readonly string[];
  readonly expiresAt: Date;
}

export type RedeemInviteResult =
  /** A new officer role (or a withdrawn one started afresh) with the invite's kind and areas. */
  | { readonly kind: 'enrolled'; readonly officer: OfficerView }
  /** An active officer gained the invite's areas that none of theirs covered (`added`, as the invite lists them). */
  | { readonly kind: 'areasAdded'; readonly officer: OfficerView; readonly added: readonly string[] }
  /** An active officer's areas already cover every area of the invite: nothing changed and the code stays unused. */
  | { readonly kind: 'alreadyCovered'; readonly officer: OfficerView }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'used' };

/** Levels of the Kemendagri tree an officer may cover (a province is too wide). */
export type CoverageLevel = 'regency' | 'district' | 'village';

/** A region code with its name and the names above it, for messages and validation. */
export interface AreaName {
  readonly code: string;
  readonly level: CoverageLevel | 'province';
  readonly name: string;
  /** The kabupaten/kota name for a kecamatan or desa; '' otherwise. */
  readonly regencyName: string;
  /** The kecamatan name for a desa; '' otherwise. */
  readonly districtName: string;
}

/** An officer's decision to set an area's level by hand, shown beside the computed level. */
/** What an officer did to an area's level (see LEVEL_OVERRIDE_CHANGED). */
export type OverrideChange =
  /** `officerName`: the deciding officer's own name, told to the leaders; null when not known. */
  | { readonly kind: 'set'; readonly level: WksbmLevel; readonly reason: string; readonly officerName: string | null }
  /** Withdrawn: the computed (last recorded) level is in force again. */
  | { readonly kind: 'cleared'; readonly computed: WksbmLevel };

export interface LevelOverride {
  readonly level: WksbmLevel;
  readonly reason: string;
  readonly officerId: string;
  /** The officer's own name as their person has it now; null when they gave none (or were erased). */
  readonly officerName: string | null;
  readonly createdAt: Date;
}

/** Storage of officers, invites and level overrides; every call runs inside the caller's transaction. */
export interface OfficerRepository {
  /** The active officer role of a person, or null. */
  byPerson(personId: string): Promise<OfficerView | null>;
  /**
   * Active officers covering a desa (by code prefix at a segment boundary), leaving out those
   * who lead `notLeading` (a group id) when given: they may not verify that group's records.
   */
  forVillage(villageCode: string, notLeading?: string | null): Promise<OfficerView[]>;
  /** Every active officer (for the weekly digest). */
  listActive(): Promise<OfficerView[]>;
  /** Stores an invite; false when the code is taken (draw another). */
  createInvite(invite: NewInvite, now: Date): Promise<boolean>;
  /**
   * Makes the person an officer of the invite's kind and areas, or adds the areas none of
   * theirs covers to the person's active officer role. An invite is used once; one that
   * would add nothing to an active officer is left unused.
   */
  redeemInvite(code: string, personId: string, now: Date): Promise<RedeemInviteResult>;
  setMutedKinds(officerId: string, kinds: readonly string[]): Promise<void>;
  setQuietHours(officerId: string, startMin: number | null, endMin: number | null): Promise<void>;
  /**
   * The officer's alerts held back without a send attempt (quiet hours) are due again at
   * `now`, so that the dispatcher weighs them against the officer's new quiet hours.
   */
  releaseHeld(officerId: string, now: Date): Promise<number>;
  /** Whether the person is an admin (Person.isAdmin). */
  isAdmin(personId: string): Promise<boolean>;
  /** Every admin's person id. */
  adminIds(): Promise<string[]>;
  /** Names of the given region codes that exist, in the order asked; unknown codes are left out. */
  describeAreas(codes: readonly string[]): Promise<AreaName[]>;
  /** The override in force for an area (rw 0 / absent = the whole desa), or null. */
  levelOverride(area: AreaRef): Promise<LevelOverride | null>;
  /** Records an override, withdrawing the one in force for the area, if any. */
  setLevelOverride(area: AreaRef, override: Omit<LevelOverride, 'createdAt' | 'officerName'>, now: Date): Promise<void>;
  /** Withdraws the override in force; false when there was none. */
  clearLevelOverride(area: AreaRef, now: Date): Promise<boolean>;
}

/** True when a code prefix covers a desa code ("34.04" covers "34.04.07.2001", "34.0" does not). */
export function prefixCovers(prefix: string, villageCode: string): boolean {
  return villageCode === prefix || villageCode.startsWith(`${prefix}.`);
}
