/**
 * Officers (TKSK, PSM, Dinas Sosial staff, pendamping) and the areas they cover, by
 * Kemendagri code prefix: a kabupaten/kota "34.04", a kecamatan "34.04.07" or a desa
 * "34.04.07.2001". An officer covers a desa when one of their prefixes is a prefix of its
 * code at a segment boundary.
 */

export const OFFICER_KINDS = ['tksk', 'psm', 'dinsos', 'pendamping'] as const;
export type OfficerKind = (typeof OFFICER_KINDS)[number];

/** An officer as the domain sees one. */
export interface OfficerView {
  readonly id: string;
  readonly personId: string;
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
  readonly code: string;
  readonly kind: OfficerKind;
  readonly areaPrefixes: readonly string[];
  readonly expiresAt: Date;
}

export type RedeemInviteResult =
  | { readonly kind: 'enrolled'; readonly officer: OfficerView }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'used' };

/** Storage of officers and invites; every call runs inside the caller's transaction. */
export interface OfficerRepository {
  /** The active officer role of a person, or null. */
  byPerson(personId: string): Promise<OfficerView | null>;
  /** Active officers covering a desa (by code prefix at a segment boundary). */
  forVillage(villageCode: string): Promise<OfficerView[]>;
  createInvite(invite: NewInvite, now: Date): Promise<void>;
  /**
   * Makes the person an officer of the invite's kind and areas (adding the areas to an
   * existing officer role of that person). An invite is used once.
   */
  redeemInvite(code: string, personId: string, now: Date): Promise<RedeemInviteResult>;
  setMutedKinds(officerId: string, kinds: readonly string[]): Promise<void>;
  setQuietHours(officerId: string, startMin: number | null, endMin: number | null): Promise<void>;
}

/** True when a code prefix covers a desa code ("34.04" covers "34.04.07.2001", "34.0" does not). */
export function prefixCovers(prefix: string, villageCode: string): boolean {
  return villageCode === prefix || villageCode.startsWith(`${prefix}.`);
}
