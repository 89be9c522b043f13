/**
 * Dashboard sign-in as the domain asks for it (an officer taps "Masuk dasbor" in the chat):
 * a one-time code, valid a few minutes, that the dashboard exchanges for a personal token
 * (POST /api/auth/exchange). The chat never shows a long-lived token: the runner keeps
 * rendered replies for re-delivery, and a used or expired code is worth nothing there.
 * Storage keeps only a hash of each code.
 */

/** A code just issued: show `code` once (typed as shown, or carried by the link). */
export interface IssuedSignInCode {
  /** As shown: "ABCD-EFGH-JKLM". */
  readonly code: string;
  readonly expiresAt: Date;
}

/** Issues dashboard sign-in codes inside the caller's transaction. */
export interface SignInTokens {
  /**
   * A fresh one-time code for the person, valid `ttlMs`; the person's earlier codes stop
   * working, so only the latest one can be exchanged.
   */
  issueSignInCode(personId: string, now: Date, ttlMs: number): Promise<IssuedSignInCode>;
}

/** How long a sign-in code from the chat can be exchanged. */
export const SIGN_IN_CODE_TTL_MS = 10 * 60_000;

/** How long the dashboard token a code is exchanged for stays valid. */
export const DASHBOARD_TOKEN_TTL_MS = 30 * 86_400_000;
