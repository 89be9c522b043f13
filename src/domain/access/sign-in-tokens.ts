/**
 * Personal sign-in tokens for the dashboard and the admin API, as the domain asks for them
 * (an officer taps "Masuk dasbor" in the chat). Storage keeps only a hash of each token.
 */

/** A token just issued: show `token` once, it cannot be read back. */
export interface IssuedSignIn {
  readonly token: string;
  readonly expiresAt: Date;
}

/** Issues dashboard sign-in tokens inside the caller's transaction. */
export interface SignInTokens {
  /**
   * A fresh dashboard token for the person, valid `ttlMs`; the person's earlier dashboard
   * tokens are revoked, so only the latest one works.
   */
  issueDashboardToken(personId: string, now: Date, ttlMs: number): Promise<IssuedSignIn>;
}
