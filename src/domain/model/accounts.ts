/** What linking a person's channel identities needs from storage. */

/** The outcome of redeeming a link code. */
export type RedeemResult =
  | { readonly kind: 'linked' }
  /** No such code, or already used. */
  | { readonly kind: 'invalid' }
  | { readonly kind: 'expired' }
  /** The code was made by this same person. */
  | { readonly kind: 'self' };

/** Storage of link codes and the merge of two people into one. */
export interface AccountLinks {
  /** Stores a new code for the person; false when the code is taken (try another). */
  createCode(personId: string, code: string, expiresAt: Date, now: Date): Promise<boolean>;
  /**
   * Redeems a code from another identity: every identity of `personId` moves to the code's
   * person, with its groups, activities, consents and role; the emptied person is removed.
   */
  redeem(code: string, personId: string, now: Date): Promise<RedeemResult>;
}
