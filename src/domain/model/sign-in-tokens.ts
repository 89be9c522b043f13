/**
 * Dashboard sign-in as the domain asks for it (an officer taps "Masuk dasbor" in the chat):
 * a one-time code, valid a few minutes, that the dashboard exchanges for a personal token
 * (POST /api/auth/exchange). The chat never shows a long-lived token: the runner keeps
 * rendered replies for re-delivery, and a used or expired code is worth nothing there.
 * Storage keeps only a hash of each code.
 */
import { t, type Text } from '../../core/text.js';
import { cappedLinesText } from './capped-list.js';
import { dayText } from './message-parts.js';

/** A code just issued: show `code` once (typed as shown, or carried by the link). */
export interface IssuedSignInCode {
  /** As shown: "ABCD-EFGH-JKLM". */
  readonly code: string;
  readonly expiresAt: Date;
}

/** A dashboard token of the person's that still opens it (not revoked, not expired). */
export interface ActiveToken {
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
}

/** Issues dashboard sign-in codes, and reads the tokens in force, inside the caller's transaction. */
export interface SignInTokens {
  /** The person's tokens that still open the dashboard at `now`, oldest first (Data saya lists the same). */
  activeTokens(personId: string, now: Date): Promise<readonly ActiveToken[]>;
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

/**
 * The tokens in force as Data saya lists them ("Token dasbor Anda yang aktif: 2" and a line
 * each: made, last used; past 20 the rest counted); `none` says there are none (Data saya
 * says nothing then, most people never sign in; an officer who asks is told).
 */
export function activeTokensText(tokens: readonly ActiveToken[]): Text {
  if (tokens.length === 0) return t('privacy:data.tokensNone');
  const lines = tokens.map((token) =>
    token.lastUsedAt
      ? t('privacy:data.tokenLine', { created: dayText(token.createdAt), used: dayText(token.lastUsedAt) })
      : t('privacy:data.tokenLineUnused', { created: dayText(token.createdAt) }),
  );
  return t('privacy:data.tokens', { count: tokens.length, list: cappedLinesText(lines) });
}
